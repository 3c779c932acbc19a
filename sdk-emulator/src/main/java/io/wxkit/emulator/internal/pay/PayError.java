package io.wxkit.emulator.internal.pay;

/** A WeChat Pay APIv3 error: HTTP status plus {@code {"code","message"}}. */
final class PayError extends RuntimeException {
    private final int status;
    private final String code;

    PayError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static PayError param(String message) {
        return new PayError(400, "PARAM_ERROR", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
