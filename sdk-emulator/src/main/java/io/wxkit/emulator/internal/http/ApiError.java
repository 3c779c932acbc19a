package io.wxkit.emulator.internal.http;

/** An Official Account API error answered as HTTP 200 {@code {"errcode":N,"errmsg":"..."}}, as WeChat does. */
public final class ApiError extends RuntimeException {
    private final int errcode;

    public ApiError(int errcode, String errmsg) {
        super(errmsg, null, false, false);
        this.errcode = errcode;
    }

    public int errcode() {
        return errcode;
    }

    public String errmsg() {
        return getMessage();
    }
}
