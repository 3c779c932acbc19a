package io.wxkit.spring.actuate;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.wxkit.core.http.ApiCall;
import io.wxkit.core.http.ApiCallListener;
import java.util.Set;

/**
 * Every WeChat API call as an observation {@code wxkit.api.calls} (endpoint, errcode, outcome; latency from its
 * start to its outcome, retries included). Token endpoints also count as {@code wxkit.token.fetches}, and the
 * errcodes by which WeChat rejects a token raise the event {@code token.rejected}. No scope is opened, so nothing
 * sits in a ThreadLocal after the call.
 */
final class ObservedApiCalls implements ApiCallListener {
    static final String CALLS = "wxkit.api.calls";
    static final String TOKEN_FETCHES = "wxkit.token.fetches";
    static final Observation.Event TOKEN_REJECTED = Observation.Event.of("token.rejected", "WeChat rejected the access token");
    private static final Set<Integer> TOKEN_INVALID = Set.of(40001, 40014, 42001);

    private final ObservationRegistry registry;

    ObservedApiCalls(ObservationRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Completion started(String endpoint) {
        boolean tokenFetch = endpoint.endsWith("/cgi-bin/stable_token") || endpoint.endsWith("/cgi-bin/token");
        Observation observation = Observation.createNotStarted(tokenFetch ? TOKEN_FETCHES : CALLS, registry)
                .lowCardinalityKeyValue("endpoint", endpoint).start();
        return call -> finish(observation, call);
    }

    private static void finish(Observation observation, ApiCall call) {
        observation.lowCardinalityKeyValue(KeyValue.of("errcode", Integer.toString(call.errcode())));
        observation.lowCardinalityKeyValue(KeyValue.of("outcome", call.succeeded() ? "success"
                : call.transportFailure() ? "unreachable" : "error"));
        if (TOKEN_INVALID.contains(call.errcode())) {
            observation.event(TOKEN_REJECTED);
        }
        observation.stop();
    }
}
