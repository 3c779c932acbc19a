package io.wxkit.modules.vote;

/**
 * One option's total in the ranking.
 *
 * @param optionId the option
 * @param text     its text
 * @param votes    the ballots that chose it
 * @param rank     1 for the most votes; equal totals share a rank (1, 2, 2, 4)
 */
public record OptionResult(long optionId, String text, long votes, int rank) {
}
