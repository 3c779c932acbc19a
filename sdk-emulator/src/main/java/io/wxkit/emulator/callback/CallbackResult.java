package io.wxkit.emulator.callback;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What happened when the emulator delivered a message or event to an app's callback URL.
 *
 * @param reply the app's decoded passive reply ({@code {"msgType","content",...}}), or null for none
 *              ({@code success}/empty) or on error
 * @param error why the answer was unusable (bad signature, not XML, HTTP status, timeout), or null
 */
public record CallbackResult(Map<String, Object> reply, String error) {

    /**
     * Copies {@code reply}, keeping its order.
     *
     * @param reply the app's decoded passive reply, or null; copied, read-only
     * @param error why the answer was unusable, or null
     */
    public CallbackResult {
        reply = reply == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reply));
    }

    /**
     * A decoded reply.
     *
     * @param reply the reply's fields, or {@code null} when the app answered nothing
     * @return the result
     */
    public static CallbackResult of(Map<String, Object> reply) {
        return new CallbackResult(reply, null);
    }

    /**
     * A callback the app answered badly (bad signature, not XML, too slow).
     *
     * @param error what went wrong, for the tester
     * @return the result
     */
    public static CallbackResult failed(String error) {
        return new CallbackResult(null, error);
    }

    /**
     * True when the app answered acceptably (with or without a reply).
     *
     * @return true if {@link #error()} is null
     */
    public boolean ok() {
        return error == null;
    }
}
