package io.wxkit.emulator.internal.http;

/** One endpoint of the emulator: turns a request into an answer. Implementations are thread-safe. */
@FunctionalInterface
public interface Handler {
    /**
     * Answers one request.
     *
     * @throws ApiError for an Official Account error ({@code errcode}/{@code errmsg})
     * @throws ControlError for a control-API error
     */
    Answer handle(Request request);
}
