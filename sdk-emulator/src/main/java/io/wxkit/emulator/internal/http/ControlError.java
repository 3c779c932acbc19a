package io.wxkit.emulator.internal.http;

/** A control-API error answered as {@code {"error":"..."}} with an HTTP status (400, 404, 409). */
public final class ControlError extends RuntimeException {
    private final int status;

    public ControlError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
