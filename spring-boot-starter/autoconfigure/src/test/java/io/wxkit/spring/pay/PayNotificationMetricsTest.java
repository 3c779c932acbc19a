package io.wxkit.spring.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.wxkit.spring.actuate.WxObservationAutoConfiguration;
import io.wxkit.spring.store.WxStoreAutoConfiguration;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/** {@code wxkit.pay.notifications}: verified ones once (redeliveries dropped), refused ones by reason. */
class PayNotificationMetricsTest {
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ObservationRegistry observations = ObservationRegistry.create();

    {
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    }

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WxStoreAutoConfiguration.class, WxPayAutoConfiguration.class,
                    WxObservationAutoConfiguration.class))
            .withUserConfiguration(Mvc.class).withBean(ObservationRegistry.class, () -> observations)
            .withPropertyValues("wxkit.store=memory").withPropertyValues(PaySide.properties());

    private static void expect(MockMvc mvc, RequestBuilder rb, int code) {
        try {
            mvc.perform(rb).andExpect(status().is(code));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private double count(String result, String tagName, String tagValue) {
        var timer = meters.find("wxkit.pay.notifications").tag("result", result).tag(tagName, tagValue).timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    void verifiedAndRefusedNotificationsAreCountedByTypeAndReason() {
        runner.run(ctx -> {
            assertThat(ctx).hasNotFailed();
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(ctx).build();
            String paid = PaySide.payment("EV-M1", "ORDER-M1", "SUCCESS");
            expect(mvc, PaySide.post("/pay/paid", paid, true), 200);
            expect(mvc, PaySide.post("/pay/paid", paid, true), 200); // WeChat Pay's redelivery, deduplicated
            expect(mvc, PaySide.post("/pay/paid", PaySide.payment("EV-M2", "ORDER-M2", "SUCCESS"), false), 401);
            expect(mvc, PaySide.post("/pay/paid", PaySide.payment("EV-M3", "ORDER-M3", "SUCCESS"), true,
                    Instant.now().minus(Duration.ofMinutes(10))), 401); // a replay outside the timestamp window
            expect(mvc, PaySide.post("/pay/paid", "{\"x\":\"" + "y".repeat(9000) + "\"}", true), 413);

            assertThat(count("verified", "type", "payment")).isEqualTo(1);
            assertThat(count("refused", "reason", "SIGNATURE_INVALID")).isEqualTo(1);
            assertThat(count("refused", "reason", "TIMESTAMP_EXPIRED")).isEqualTo(1);
            assertThat(count("refused", "reason", "BODY_TOO_LARGE")).isEqualTo(1);
            assertThat(meters.find("wxkit.pay.notifications").tag("result", "refused").timers())
                    .allSatisfy(t -> assertThat(t.getId().getTag("type")).isEqualTo("unknown"));
            assertThat(observations.getCurrentObservation()).isNull();
        });
    }

    @Test
    void aFailingRefusalListenerDoesNotChangeTheAnswer() {
        runner.withBean("brokenRefusals", PayNotificationRefusals.class, () -> reason -> {
            throw new IllegalStateException("metrics down");
        }).run(ctx -> expect(MockMvcBuilders.webAppContextSetup(ctx).build(),
                PaySide.post("/pay/paid", PaySide.payment("EV-M9", "ORDER-M9", "SUCCESS"), false), 401));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebMvc
    static class Mvc {
    }
}
