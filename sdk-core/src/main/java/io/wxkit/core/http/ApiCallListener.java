package io.wxkit.core.http;

/**
 * Observes the calls an {@link ApiClient} makes: told when each starts, and its {@link Completion} told how it
 * ended (endpoint, WeChat's errcode, HTTP status, latency including retries). For metrics and tracing (the Spring
 * starter feeds Micrometer's Observation API with it); it sees no request or response body, no token, no secret.
 *
 * <pre>{@code
 * ApiClient.builder().listener(endpoint -> { long t0 = System.nanoTime(); return call -> record(call, t0); });
 * }</pre>
 *
 * <p>Both run on the calling thread, once per {@code call(..)}/{@code download(..)} and access token: when WeChat
 * rejects the token (40001/40014/42001) and the call is repeated with a fresh one, the rejected attempt is reported
 * with its errcode and the repeat as a call of its own. The latency includes retries ({@code -1}, transport) but not
 * the fetch of the token, which the token endpoint's own call reports. They must be quick and thread-safe. An
 * exception either throws is logged and does not change the call's outcome.
 */
@FunctionalInterface
public interface ApiCallListener {

    /**
     * A call to {@code endpoint} (e.g. {@code POST /cgi-bin/menu/create}) starts; returns who hears its end.
     *
     * @param endpoint method and path, never the query string
     * @return the completion told how this call ended; not null
     */
    Completion started(String endpoint);

    /** Hears how one call ended. */
    @FunctionalInterface
    interface Completion {
        /**
         * The call finished, successfully or not.
         *
         * @param call the outcome
         */
        void finished(ApiCall call);
    }
}
