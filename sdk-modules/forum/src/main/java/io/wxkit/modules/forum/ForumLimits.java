package io.wxkit.modules.forum;

import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.ModuleException;

/**
 * Content length limits, in characters (UTF-16 code units, as the database columns count them).
 *
 * <pre>{@code
 * ForumLimits limits = ForumLimits.defaults();   // titles 100, threads 10,000, replies 5,000
 * }</pre>
 *
 * @param title  longest thread title, 1..100
 * @param thread longest thread body, 1..10,000
 * @param reply  longest reply body, 1..5,000
 */
public record ForumLimits(int title, int thread, int reply) {
    /** The column sizes: limits can be tighter, never wider. */
    static final int MAX_TITLE = 100;
    static final int MAX_THREAD = 10_000;
    static final int MAX_REPLY = 5_000;
    /** Longest moderation or ban reason. */
    static final int MAX_REASON = 200;

    /**
     * Validates the limits.
     *
     * @param title longest thread title, 1..100
     * @param thread longest thread body, 1..10,000
     * @param reply longest reply body, 1..5,000
     * @throws ModuleException {@code INVALID_INPUT} if a limit is not positive or exceeds its column
     */
    public ForumLimits {
        require("title", title, MAX_TITLE);
        require("thread", thread, MAX_THREAD);
        require("reply", reply, MAX_REPLY);
    }

    /**
     * The widest limits the schema holds.
     *
     * @return titles 100, thread bodies 10,000 and replies 5,000 characters
     */
    public static ForumLimits defaults() {
        return new ForumLimits(MAX_TITLE, MAX_THREAD, MAX_REPLY);
    }

    private static void require(String field, int value, int max) {
        if (value < 1 || value > max) {
            throw new ModuleException(CommonError.INVALID_INPUT, field + " limit must be 1-" + max + ", got " + value);
        }
    }

    /**
     * Checks that {@code text} has 1..{@code max} characters after trimming, none of them control
     * characters other than line breaks and tabs, and returns it trimmed.
     */
    static String text(String field, String text, int max) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.length() > max) {
            throw new ModuleException(ForumError.CONTENT_TOO_LONG, field + " must have 1-" + max + " characters, got "
                    + trimmed.length());
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new ModuleException(CommonError.INVALID_INPUT, field + " contains control character U+"
                        + String.format("%04X", (int) c));
            }
        }
        return trimmed;
    }
}
