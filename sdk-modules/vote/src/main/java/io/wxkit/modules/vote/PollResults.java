package io.wxkit.modules.vote;

import java.util.List;

/**
 * A poll's totals and ranking.
 *
 * @param pollId  the poll
 * @param ballots the ballots cast
 * @param ranking the options, most votes first (ties in display order)
 */
public record PollResults(long pollId, long ballots, List<OptionResult> ranking) {
    /**
     * Copies the ranking.
     *
     * @param pollId the poll
     * @param ballots the ballots cast
     * @param ranking the options, most votes first (ties in display order)
     */
    public PollResults {
        ranking = List.copyOf(ranking);
    }
}
