package io.wxkit.spring.actuate;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.wxkit.pay.observe.PayCallListener;
import io.wxkit.pay.observe.PayCallResult;
import java.util.Map;

/**
 * Every WeChat Pay APIv3 call as an observation {@code wxkit.pay.calls} (endpoint, HTTP status, WeChat Pay's
 * code, outcome; latency from its start to its outcome, retries included), sdk-pay's {@link PayCallListener}
 * hook. The merchant's own numbers in a path ({@code out-trade-no/T123}) become placeholders so the endpoint
 * stays a low-cardinality tag. No scope is opened, so nothing sits in a ThreadLocal after the call.
 */
final class ObservedPayCalls implements PayCallListener {
    static final String NAME = "wxkit.pay.calls";
    /** A path segment that names what the next segment is (WeChat Pay's documented path parameters). */
    private static final Map<String, String> KEYED = Map.of("id", "{transaction_id}", "out-trade-no", "{out_trade_no}",
            "refunds", "{refund_no}", "out-bill-no", "{out_bill_no}", "transfer-bill-no", "{transfer_bill_no}");

    private final ObservationRegistry registry;

    ObservedPayCalls(ObservationRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Completion started(String endpoint) {
        Observation observation = Observation.createNotStarted(NAME, registry)
                .lowCardinalityKeyValue("endpoint", template(endpoint)).start();
        return call -> finish(observation, call);
    }

    private static void finish(Observation observation, PayCallResult call) {
        observation.lowCardinalityKeyValue("status", Integer.toString(call.httpStatus()));
        observation.lowCardinalityKeyValue("code", call.succeeded() ? "none" : call.code());
        observation.lowCardinalityKeyValue("outcome", call.succeeded() ? "success"
                : call.transportFailure() ? "unreachable" : "error");
        observation.stop();
    }

    /** {@code GET /v3/pay/transactions/out-trade-no/T123} → {@code GET /v3/pay/transactions/out-trade-no/{out_trade_no}}. */
    static String template(String endpoint) {
        String[] parts = endpoint.split("/", -1);
        for (int i = 1; i < parts.length - 1; i++) {
            String placeholder = KEYED.get(parts[i]);
            if (placeholder != null) {
                parts[++i] = placeholder;
            }
        }
        return String.join("/", parts);
    }
}
