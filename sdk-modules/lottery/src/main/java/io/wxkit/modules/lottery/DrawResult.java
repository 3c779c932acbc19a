package io.wxkit.modules.lottery;

import java.util.Optional;

/**
 * What a user's draw gave: the log row and, if it won, the win and the prize.
 *
 * @param draw  the draw log row
 * @param win   the win, if any
 * @param prize the prize won, if any
 */
public record DrawResult(Draw draw, Optional<Win> win, Optional<Prize> prize) {
    /**
     * Whether it won.
     *
     * @return {@code true} if {@link #win()} is present
     */
    public boolean won() {
        return win.isPresent();
    }
}
