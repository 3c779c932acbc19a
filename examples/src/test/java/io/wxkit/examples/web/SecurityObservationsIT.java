package io.wxkit.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.wxkit.examples.AppSuite;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A request through the security chain is observed once as a whole, not once per security filter (the per-filter
 * observations were a measured share of the app's CPU under load; docs/performance.md).
 */
class SecurityObservationsIT extends AppSuite {

    @Autowired
    ObservationRegistry observations;

    @Test
    void theRequestIsObservedButNotEachSecurityFilter() throws Exception {
        Set<String> started = ConcurrentHashMap.newKeySet();
        observations.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public void onStart(Observation.Context context) {
                started.add(context.getName());
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        });
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(appUrl() + "/admin/login")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(started).contains("http.server.requests").doesNotContain("spring.security.filterchains");
    }
}
