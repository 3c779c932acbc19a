package io.wxkit.sso.binding;

import java.util.List;

/**
 * The outcome of a CSV bulk import: good rows are bound, bad rows are reported and skipped.
 *
 * @param imported how many bindings were written
 * @param rejected the refused rows, in file order
 */
public record ImportReport(int imported, List<RejectedRow> rejected) {
    /**
     * Copies the list.
     *
     * @param imported how many bindings were written
     * @param rejected the refused rows, in file order
     */
    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    /**
     * A refused CSV row.
     *
     * @param line the 1-based line number
     * @param reason why (escaped, truncated)
     */
    public record RejectedRow(int line, String reason) {}
}
