package io.wxkit.spring.actuate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.wxkit.core.crypto.CallbackSignature;
import io.wxkit.core.dedup.DedupStore;
import io.wxkit.core.http.ApiCallListener;
import io.wxkit.core.http.WxApiException;
import io.wxkit.core.message.Reply;
import io.wxkit.core.message.Text;
import io.wxkit.emulator.WxEmulator;
import io.wxkit.emulator.account.CallbackMode;
import io.wxkit.emulator.fault.Fault;
import io.wxkit.emulator.fault.FaultKind;
import io.wxkit.mp.WxMp;
import io.wxkit.mp.callback.CallbackBuilder;
import io.wxkit.mp.callback.CallbackHandler;
import io.wxkit.mp.callback.CallbackRequest;
import io.wxkit.spring.mp.WxCallbackCustomizer;
import io.wxkit.spring.mp.WxMpAutoConfiguration;
import io.wxkit.spring.pay.PaymentSucceededEvent;
import io.wxkit.spring.store.WxStoreAutoConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class WxObservationAutoConfigurationTest {
    private static final String APP_ID = "wxmetrics0001";
    private static final String SECRET = "metrics-secret";
    private static WxEmulator emulator;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ObservationRegistry observations = ObservationRegistry.create();

    {
        observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WxStoreAutoConfiguration.class, WxMpAutoConfiguration.class,
                    WxObservationAutoConfiguration.class))
            .withPropertyValues("wxkit.store=memory", "wxkit.mp.app-id=" + APP_ID, "wxkit.mp.secret=" + SECRET);

    @BeforeAll
    static void start() {
        emulator = WxEmulator.start();
        emulator.control().account(APP_ID, SECRET, "metricstoken", null, "http://127.0.0.1:9/unused", CallbackMode.PLAIN);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void backsOffWithoutAnObservationRegistry() {
        runner.run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(ApiCallListener.class)
                .doesNotHaveBean("wxObservedCallbacks"));
        runner.withBean(ObservationRegistry.class, () -> observations)
                .withClassLoader(new FilteredClassLoader(ObservationRegistry.class))
                .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(ApiCallListener.class));
    }

    @Test
    void doesNotReplaceAUserProvidedListener() {
        ApiCallListener mine = endpoint -> call -> { };
        runner.withBean(ObservationRegistry.class, () -> observations).withBean(ApiCallListener.class, () -> mine)
                .run(ctx -> assertThat(ctx.getBean(ApiCallListener.class)).isSameAs(mine));
    }

    @Test
    void apiCallsTokenFetchesAndRejectionsBecomeTimersTaggedByEndpointAndErrcode() {
        runner.withBean(ObservationRegistry.class, () -> observations)
                .withPropertyValues("wxkit.mp.base-url=" + emulator.baseUrl()).run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    WxMp mp = ctx.getBean(WxMp.class);
                    String openid = emulator.control().user(APP_ID, "Mei").openid();
                    mp.users().get(openid);
                    assertThatThrownBy(() -> mp.users().get("o-unknown-openid")).isInstanceOf(WxApiException.class);
                    emulator.control().inject(Fault.of("/cgi-bin/user/info", FaultKind.INVALIDATE_TOKEN, 1));
                    mp.users().get(openid); // 40001, the token is refreshed and the call retried once

                    Timer fetches = meters.find(ObservedApiCalls.TOKEN_FETCHES).tag("errcode", "0").timer();
                    assertThat(fetches).isNotNull();
                    assertThat(fetches.count()).isEqualTo(2); // the first token and the one after the rejection
                    assertThat(meters.find(ObservedApiCalls.CALLS).tag("errcode", "0").tag("outcome", "success")
                            .timer().count()).isEqualTo(2);
                    assertThat(meters.find(ObservedApiCalls.CALLS).tag("errcode", "40003").timer().count()).isEqualTo(1);
                    assertThat(meters.find(ObservedApiCalls.CALLS).tag("errcode", "0").timer().totalTime(
                            java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
                    assertThat(meters.find(ObservedApiCalls.CALLS).tag("errcode", "40001").timer().count())
                            .as("the rejected attempt").isEqualTo(1);
                    assertThat(names(meters)).anyMatch(n -> n.endsWith("token.rejected"));
                    assertThat(meters.getMeters()).allSatisfy(m -> assertThat(m.getId().toString())
                            .doesNotContain(SECRET).doesNotContain("access_token="));
                    assertThat(observations.getCurrentObservation()).as("no observation left on the thread").isNull();
                });
    }

    @Test
    void callbackHandlingIsTimedPerAccountAndMessageType() {
        ObservedCallbacks customizer = new ObservedCallbacks(observations);
        WxMp mp = WxMp.builder().appId(APP_ID).secret(SECRET).token("metricstoken").build();
        CallbackBuilder b = mp.callback().on(Text.class, t -> Reply.text(t, "hi"));
        customizer.customize(APP_ID, b);
        CallbackHandler handler = b.build();
        CallbackRequest delivery = plain("hello", 1);
        assertThat(handler.handle(delivery).status()).isEqualTo(200);
        assertThat(handler.handle(delivery).status()).isEqualTo(200); // WeChat's redelivery: deduplicated

        Timer t = meters.find(ObservedCallbacks.NAME).tag("appid", APP_ID).tag("msg.type", "text")
                .tag("outcome", "reply").timer();
        assertThat(t).isNotNull();
        assertThat(t.count()).as("the duplicate never reaches the rules").isEqualTo(1);
        assertThat(observations.getCurrentObservation()).isNull();
        mp.close();
    }

    @Test
    void dedupHitsAreCountedOnTheStarterStoresAndPayNotificationsWhenVerified() {
        runner.withBean(ObservationRegistry.class, () -> observations).run(ctx -> {
            assertThat(ctx).hasNotFailed().hasBean("wxObservedCallbacks");
            assertThat(ctx.getBean("wxObservedCallbacks")).isInstanceOf(WxCallbackCustomizer.class);
            DedupStore store = ctx.getBean(DedupStore.class);
            assertThat(store).isInstanceOf(ObservedDedupStore.class);
            assertThat(store.firstSeen("k1", Duration.ofMinutes(1))).isTrue();
            assertThat(store.firstSeen("k1", Duration.ofMinutes(1))).isFalse();
            assertThat(store.failClosed().firstSeen("k1", Duration.ofMinutes(1))).isFalse();
            assertThat(meters.find(ObservedDedupStore.NAME).tag("result", "duplicate").tag("use", "callbacks").timer()
                    .count()).isEqualTo(1);
            assertThat(meters.find(ObservedDedupStore.NAME).tag("result", "duplicate").tag("use", "pay").timer()
                    .count()).isEqualTo(1);

            ctx.publishEvent(new PaymentSucceededEvent(null, null));
            ctx.publishEvent("an unrelated event");
            assertThat(meters.find(ObservedPayNotifications.NAME).tag("type", "payment").tag("result", "verified")
                    .timer().count()).isEqualTo(1);
            assertThat(meters.find(ObservedPayNotifications.NAME).timers()).hasSize(1);
        });
    }

    private static java.util.List<String> names(MeterRegistry registry) {
        return registry.getMeters().stream().map(Meter::getId).map(Meter.Id::getName).toList();
    }

    private static CallbackRequest plain(String content, long msgId) {
        String ts = Long.toString(Instant.now().getEpochSecond());
        String nonce = "n" + msgId;
        String xml = "<xml><ToUserName><![CDATA[gh_123456789abc]]></ToUserName><FromUserName><![CDATA[oUser1]]>"
                + "</FromUserName><CreateTime>" + ts + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA["
                + content + "]]></Content><MsgId>" + (5_000_000 + msgId) + "</MsgId></xml>";
        return CallbackRequest.of("POST", Map.of("signature", CallbackSignature.sign("metricstoken", ts, nonce),
                "timestamp", ts, "nonce", nonce), xml);
    }
}
