package io.wxkit.mp.analytics;

/** The granularity of upstream-message statistics: WeChat has one endpoint per period. */
public enum Period {
    /** Per hour of one day ({@code ...hour}). */
    HOUR,
    /** Per day ({@code getupstreammsg}, {@code getupstreammsgdist}). */
    DAY,
    /** Per week ({@code ...week}). */
    WEEK,
    /** Per month ({@code ...month}). */
    MONTH
}
