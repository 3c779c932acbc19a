package io.wxkit.emulator.fault;

import java.util.Locale;

/** What an injected fault does to a matching request. */
public enum FaultKind {
    /** Waits {@code ms} milliseconds, then answers normally. */
    LATENCY,
    /** Answers WeChat's "system busy" ({@code errcode -1}; Pay: 500 {@code SYSTEM_ERROR}). */
    BUSY,
    /** Answers HTTP 503 with no WeChat body. */
    HTTP5XX,
    /** Closes the connection without any answer. */
    DROP,
    /** Invalidates every access token of the calling account, then answers normally (so the call sees 40001). */
    INVALIDATE_TOKEN;

    /**
     * The wire name used by the control API ({@code latency|busy|http5xx|drop|invalidate-token}).
     *
     * @return the lower-case, hyphenated name
     */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses a wire name.
     *
     * @param wire {@code latency}, {@code busy}, {@code http5xx}, {@code drop} or {@code invalidate-token}
     * @return the kind
     * @throws IllegalArgumentException for an unknown kind
     */
    public static FaultKind fromWire(String wire) {
        for (FaultKind k : values()) {
            if (k.wireName().equals(wire)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown fault kind: " + wire
                + " (latency|busy|http5xx|drop|invalidate-token)");
    }
}
