package io.wxkit.emulator.internal.http;

/** A request body that is not what the endpoint accepts (not JSON, not XML, not multipart). */
public final class MalformedBodyException extends RuntimeException {
    public MalformedBodyException(String message) {
        super(message, null, false, false);
    }
}
