package io.wxkit.modules.lottery;

import io.wxkit.modules.common.spi.ModuleEvent;
import java.time.Instant;

/**
 * Emitted after a win committed.
 *
 * @param win the win
 */
public record PrizeWon(Win win) implements ModuleEvent {
    @Override
    public String module() {
        return LotteryModule.NAME;
    }

    @Override
    public Instant at() {
        return win.wonAt();
    }
}
