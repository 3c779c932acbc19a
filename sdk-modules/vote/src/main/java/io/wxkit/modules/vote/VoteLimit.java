package io.wxkit.modules.vote;

import io.wxkit.modules.common.ModuleException;

/**
 * How often one openid may vote in a poll: {@linkplain #once() once}, or {@linkplain #perDay(int) N times a
 * day} (the day in the context's zone). Each allowed vote is a slot with a unique key in the database —
 * {@code once}, or {@code d20261202#1} .. {@code #N} — so no race can record more.
 *
 * <pre>{@code
 * VoteLimit limit = VoteLimit.perDay(3);
 * }</pre>
 *
 * @param perDay {@code 0} for once per poll, else the votes per day
 */
public record VoteLimit(int perDay) {
    static final int MAX_PER_DAY = 100;

    /**
     * Validates.
     *
     * @param perDay {@code 0} for once per poll, else the votes per day
     * @throws ModuleException {@code INVALID_POLL} if {@code perDay} is outside 0..100
     */
    public VoteLimit {
        if (perDay < 0 || perDay > MAX_PER_DAY) {
            throw new ModuleException(VoteError.INVALID_POLL, "votes per day must be 1-" + MAX_PER_DAY);
        }
    }

    /**
     * One vote per openid for the whole poll.
     *
     * @return the limit with {@code perDay} 0
     */
    public static VoteLimit once() {
        return new VoteLimit(0);
    }

    /**
     * {@code n} votes per openid per day.
     *
     * @param n 1..100
     * @return the limit
     * @throws ModuleException {@code INVALID_POLL} if {@code n} is outside 1..100
     */
    public static VoteLimit perDay(int n) {
        if (n == 0) {
            throw new ModuleException(VoteError.INVALID_POLL, "votes per day must be 1-" + MAX_PER_DAY);
        }
        return new VoteLimit(n);
    }

    /**
     * Whether this is the once-per-poll limit.
     *
     * @return true if {@code perDay} is 0
     */
    public boolean isOnce() {
        return perDay == 0;
    }
}
