package io.wxkit.modules.vote;

import io.wxkit.modules.common.spi.ModuleEvent;
import java.time.Instant;

/**
 * Emitted after a ballot committed.
 *
 * @param ballot the ballot
 */
public record VoteCast(Ballot ballot) implements ModuleEvent {
    @Override
    public String module() {
        return VoteModule.NAME;
    }

    @Override
    public Instant at() {
        return ballot.castAt();
    }
}
