package io.wxkit.modules.vote;

/**
 * A consistency report of one poll: the counters the results show next to the rows they count. In a
 * healthy database each pair is equal; staff can run it after an incident to prove the totals.
 *
 * @param ballotCounter the poll row's ballot counter
 * @param ballotRows    the ballot rows
 * @param voteCounters  the sum of the option rows' vote counters
 * @param choiceRows    the choice rows
 */
public record TallyCheck(long ballotCounter, long ballotRows, long voteCounters, long choiceRows) {
    /**
     * Whether every counter equals the rows it counts.
     *
     * @return true if {@code ballotCounter == ballotRows} and {@code voteCounters == choiceRows}
     */
    public boolean consistent() {
        return ballotCounter == ballotRows && voteCounters == choiceRows;
    }
}
