package io.wxkit.pay.observe;

/**
 * Observes the APIv3 calls a {@link io.wxkit.pay.WxPay} makes: told when each starts, and its {@link Completion} told how it
 * ended. For metrics and tracing (the Spring starter feeds Micrometer's Observation API with it); it sees no
 * request or response body, no signature, no key.
 *
 * <pre>{@code
 * WxPay.builder()...listener(endpoint -> { long t0 = System.nanoTime(); return call -> record(call, t0); })
 * }</pre>
 *
 * <p>Both run on the calling thread, once per call (retries of 5xx and transport failures included in its latency;
 * the platform-certificate download is a call of its own). They must be quick and thread-safe. An exception either
 * throws is logged and does not change the call's outcome.
 */
@FunctionalInterface
public interface PayCallListener {

    /**
     * A call starts.
     *
     * @param endpoint the method and path without the query, e.g. {@code POST /v3/pay/transactions/jsapi}; paths
     *     that carry the merchant's own numbers ({@code out-trade-no/T123}) carry them here too
     * @return who hears its end, or {@code null} for nobody
     */
    Completion started(String endpoint);

    /** Hears how one call ended. */
    @FunctionalInterface
    interface Completion {
        /**
         * The call finished, successfully or not; called once, on the calling thread, before the call
         * returns or throws.
         *
         * @param call the outcome, e.g. {@code metrics.timer(call.endpoint()).record(call.latency())}
         */
        void finished(PayCallResult call);
    }
}
