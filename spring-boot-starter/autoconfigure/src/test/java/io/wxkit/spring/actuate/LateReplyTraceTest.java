package io.wxkit.spring.actuate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.wxkit.core.crypto.CallbackSignature;
import io.wxkit.core.message.Reply;
import io.wxkit.core.message.Text;
import io.wxkit.emulator.WxEmulator;
import io.wxkit.emulator.account.CallbackMode;
import io.wxkit.mp.WxMp;
import io.wxkit.mp.callback.CallbackBuilder;
import io.wxkit.mp.callback.CallbackHandler;
import io.wxkit.mp.callback.CallbackRequest;
import io.wxkit.mp.callback.Rule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A late reply (the async rule misses the reply budget, the reply goes out as a customer-service message) is a
 * child of the callback request's observation, and the worker thread holds no observation afterwards.
 */
class LateReplyTraceTest {
    private static final String APP_ID = "wxlatetrace01";
    private static final String SECRET = "late-trace-secret";
    private static final String TOKEN = "latetracetoken";

    private static WxEmulator emulator;
    private final ObservationRegistry registry = ObservationRegistry.create();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final ObservedExecutor executor = new ObservedExecutor(Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "late-worker");
        t.setDaemon(true);
        return t;
    }), registry);

    /** An observation as it started: its name, its parent's name, the thread it started on. */
    record Seen(String name, String parent, String thread) {
    }

    {
        registry.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public void onStart(Observation.Context context) {
                io.micrometer.observation.ObservationView parent = context.getParentObservation();
                seen.add(new Seen(context.getName(), parent == null ? null : parent.getContextView().getName(),
                        Thread.currentThread().getName()));
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        });
    }

    @BeforeAll
    static void start() {
        emulator = WxEmulator.start();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @AfterEach
    void stop() {
        executor.close();
    }

    @Test
    void theLateCustomerServiceSendIsAChildOfTheCallbackRequest() {
        emulator.control().account(APP_ID, SECRET, TOKEN, null, "http://127.0.0.1:9/unused", CallbackMode.PLAIN);
        io.wxkit.emulator.account.FakeUser lin = emulator.control().user(APP_ID, "Lin");
        lin.follow(Instant.now(), null, null); // a follower whose message opens WeChat's 48-hour customer-service window
        String openid = lin.openid();
        WxMp mp = WxMp.builder().appId(APP_ID).secret(SECRET).token(TOKEN).baseUrl(emulator.baseUrl())
                .apiCallListener(new ObservedApiCalls(registry)).build();
        CountDownLatch answered = new CountDownLatch(1);
        CallbackBuilder b = mp.callback().replyBudget(Duration.ofMillis(100))
                .rule(Rule.on(Text.class).async().reply(m -> {
                    block(answered); // finishes only after WeChat got its "success": the reply must go out late
                    return Reply.text(m, "your order ships today");
                }));
        new ObservedCallbacks(registry, executor).customize(APP_ID, b);
        CallbackHandler handler = b.build();

        Observation request = Observation.start("http.server.requests", registry); // what Boot's servlet filter opens
        String body;
        try (Observation.Scope scope = request.openScope()) {
            body = handler.handle(text(openid, "where is my order", 1)).body();
        } finally {
            request.stop();
        }
        assertThat(body).isEqualTo("success");
        answered.countDown();

        await().atMost(Duration.ofSeconds(10)).until(() -> emulator.control().inbox(openid).stream()
                .anyMatch(e -> e.kind().equals("kf") && "your order ships today".equals(e.content())));
        await().atMost(Duration.ofSeconds(5)).until(() -> seen.stream().anyMatch(s -> s.name().equals(ObservedApiCalls.CALLS)));
        assertThat(seen).filteredOn(s -> s.name().equals(ObservedApiCalls.CALLS)).singleElement().satisfies(s -> {
            assertThat(s.parent()).as("the customer-service send's parent").isEqualTo("http.server.requests");
            assertThat(s.thread()).isEqualTo("late-worker");
        });
        assertThat(seen).filteredOn(s -> s.name().equals(ObservedCallbacks.NAME)).singleElement()
                .satisfies(s -> assertThat(s.parent()).isEqualTo("http.server.requests"));
        assertThat(registry.getCurrentObservation()).as("the request thread's scope is closed").isNull();

        AtomicReference<Optional<Observation>> onWorker = new AtomicReference<>();
        executor.execute(() -> onWorker.set(Optional.ofNullable(registry.getCurrentObservation())));
        await().atMost(Duration.ofSeconds(5)).until(() -> onWorker.get() != null);
        assertThat(onWorker.get()).as("no observation left on the pooled worker thread").isEmpty();
        handler.close();
        mp.close();
    }

    @Test
    void aTaskSubmittedWithoutAnObservationRunsWithoutOne() {
        AtomicReference<Optional<Observation>> onWorker = new AtomicReference<>();
        executor.execute(() -> onWorker.set(Optional.ofNullable(registry.getCurrentObservation())));
        await().atMost(Duration.ofSeconds(5)).until(() -> onWorker.get() != null);
        assertThat(onWorker.get()).isEmpty();
    }

    private static void block(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the rule");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static CallbackRequest text(String from, String content, long msgId) {
        String ts = Long.toString(Instant.now().getEpochSecond());
        String nonce = "late" + msgId;
        String xml = "<xml><ToUserName><![CDATA[gh_123456789abc]]></ToUserName><FromUserName><![CDATA[" + from
                + "]]></FromUserName><CreateTime>" + ts + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA["
                + content + "]]></Content><MsgId>" + (7_000_000 + msgId) + "</MsgId></xml>";
        return CallbackRequest.of("POST", Map.of("signature", CallbackSignature.sign(TOKEN, ts, nonce),
                "timestamp", ts, "nonce", nonce), xml);
    }
}
