package io.wxkit.modules.vote;

/** Who may see a poll's totals before it closes. Staff always may. */
public enum ResultsVisibility {
    /** Everyone, at any time. */
    ALWAYS,
    /** Those who voted, and everyone once the poll closed. */
    AFTER_VOTING,
    /** Everyone, but only once the poll closed. */
    AFTER_CLOSE
}
