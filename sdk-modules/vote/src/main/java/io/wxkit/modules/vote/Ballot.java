package io.wxkit.modules.vote;

import java.time.Instant;
import java.util.List;

/**
 * One recorded vote.
 *
 * @param id        the ballot id
 * @param pollId    the poll
 * @param openid    who voted
 * @param slot      the slot it took ({@code once}, or {@code d<yyyyMMdd>#<n>})
 * @param optionIds the options chosen, ascending
 * @param castAt    when
 */
public record Ballot(long id, long pollId, String openid, String slot, List<Long> optionIds, Instant castAt) {
    /**
     * Copies the options.
     *
     * @param id the ballot id
     * @param pollId the poll
     * @param openid who voted
     * @param slot the slot it took ({@code once}, or {@code d<yyyyMMdd>#<n>})
     * @param optionIds the options chosen, ascending
     * @param castAt when
     */
    public Ballot {
        optionIds = List.copyOf(optionIds);
    }
}
