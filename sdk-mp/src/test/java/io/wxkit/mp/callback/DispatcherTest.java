package io.wxkit.mp.callback;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.core.dedup.CaffeineDedupStore;
import io.wxkit.core.dedup.DedupStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DispatcherTest {
    private final TestClock clock = TestClock.at(1_700_000_000L);
    private final DedupStore store = CaffeineDedupStore.create();
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private final List<String> late = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private Dispatcher dispatcher(Duration budget) {
        return new Dispatcher(store, Duration.ofSeconds(30), budget, clock, executor);
    }

    private Delivery<String> delivery(String key, boolean async, Supplier<String> work) {
        return new Delivery<>(key, clock.instant(), async, work, r -> "<xml>" + r + "</xml>", late::add, errors::add);
    }

    @Test
    void syncWorkIsAnsweredPassivelyOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        String body = dispatcher(Duration.ofSeconds(4)).dispatch(delivery("k", false,
                () -> Thread.currentThread() == caller ? "same-thread" : "hopped"));
        assertThat(body).isEqualTo("<xml>same-thread</xml>");
    }

    @Test
    void noReplyIsAnsweredWithSuccess() {
        assertThat(dispatcher(Duration.ofSeconds(4)).dispatch(delivery("k", false, () -> null))).isEqualTo("success");
    }

    @Test
    void sameDeliveryThreeTimesConcurrentlyRunsOnceAndEveryCopyGetsTheFirstReply() throws Exception {
        Dispatcher d = dispatcher(Duration.ofSeconds(10));
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Supplier<String> work = () -> {
            runs.incrementAndGet();
            started.countDown();
            await(release);
            return "reply";
        };
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(executor.submit(() -> d.dispatch(delivery("msg:1", false, work))));
        }
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        release.countDown();
        for (Future<String> a : answers) {
            assertThat(a.get(5, TimeUnit.SECONDS)).isEqualTo("<xml>reply</xml>");
        }
        assertThat(runs).hasValue(1);
    }

    @Test
    void aRetryAfterTheFirstFinishedGetsTheSavedReply() {
        Dispatcher d = dispatcher(Duration.ofSeconds(4));
        AtomicInteger runs = new AtomicInteger();
        d.dispatch(delivery("msg:2", false, () -> "r" + runs.incrementAndGet()));
        assertThat(d.dispatch(delivery("msg:2", false, () -> "r" + runs.incrementAndGet()))).isEqualTo("<xml>r1</xml>");
        assertThat(runs).hasValue(1);
    }

    @Test
    void aRetryWhileAnotherNodeStillWorksGetsSuccess() {
        store.firstSeen("msg:3", Duration.ofSeconds(30));
        AtomicInteger runs = new AtomicInteger();
        String body = dispatcher(Duration.ofSeconds(4)).dispatch(delivery("msg:3", false, () -> "r" + runs.incrementAndGet()));
        assertThat(body).isEqualTo("success");
        assertThat(runs).hasValue(0);
    }

    @Test
    void aFailingDedupStoreIsReportedAndTheDeliveryIsStillAnswered() {
        IllegalStateException down = new IllegalStateException("redis down");
        DedupStore broken = new DedupStore() {
            @Override
            public boolean firstSeen(String key, Duration ttl) {
                throw down;
            }

            @Override
            public void saveReply(String key, String reply, Duration ttl) {
                throw down;
            }

            @Override
            public java.util.Optional<String> reply(String key) {
                throw down;
            }
        };
        Dispatcher d = new Dispatcher(broken, Duration.ofSeconds(30), Duration.ofSeconds(4), clock, executor);
        assertThat(d.dispatch(delivery("k", false, () -> "still answered"))).isEqualTo("<xml>still answered</xml>");
        assertThat(errors).containsExactly(down, down);
    }

    @Test
    void asyncWorkWithinTheBudgetIsAnsweredPassively() {
        String body = dispatcher(Duration.ofSeconds(10)).dispatch(delivery("k", true, () -> "fast"));
        assertThat(body).isEqualTo("<xml>fast</xml>");
        assertThat(late).isEmpty();
    }

    @Test
    void asyncWorkStillRunningAtTheBudgetAnswersSuccessThenSendsItsReplyLate() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> sent = new CompletableFuture<>();
        Delivery<String> slow = new Delivery<>("msg:4", clock.instant(), true,
                () -> { await(release); return "slow"; }, r -> "<xml>" + r + "</xml>", sent::complete, errors::add);
        Dispatcher d = dispatcher(Duration.ofMillis(100));

        assertThat(d.dispatch(slow)).isEqualTo("success");
        assertThat(sent).isNotDone();
        release.countDown();
        assertThat(sent.get(5, TimeUnit.SECONDS)).isEqualTo("slow");
        assertThat(d.dispatch(delivery("msg:4", true, () -> "again"))).isEqualTo("success");
    }

    @Test
    void syncWorkThatOverrunsTheBudgetAnswersSuccessAndSendsItsReplyLate() throws Exception {
        CompletableFuture<String> sent = new CompletableFuture<>();
        Delivery<String> overrun = new Delivery<>("msg:5", clock.instant(), false,
                () -> { clock.advance(Duration.ofSeconds(5)); return "slow"; }, r -> "<xml>" + r + "</xml>", sent::complete, errors::add);
        assertThat(dispatcher(Duration.ofMillis(4500)).dispatch(overrun)).isEqualTo("success");
        assertThat(sent.get(5, TimeUnit.SECONDS)).isEqualTo("slow");
    }

    @Test
    void failingWorkAnswersSuccessAndIsReported() {
        RuntimeException boom = new IllegalStateException("boom");
        String body = dispatcher(Duration.ofSeconds(4)).dispatch(delivery("k", false, () -> { throw boom; }));
        assertThat(body).isEqualTo("success");
        assertThat(errors).containsExactly(boom);
    }

    @Test
    void failingAsyncWorkAnswersSuccessAndIsReported() {
        RuntimeException boom = new IllegalStateException("boom");
        String body = dispatcher(Duration.ofSeconds(4)).dispatch(delivery("k", true, () -> { throw boom; }));
        assertThat(body).isEqualTo("success");
        assertThat(errors).containsExactly(boom);
    }

    @Test
    void aRejectingExecutorAnswersSuccessAndIsReported() {
        executor.shutdown();
        String body = dispatcher(Duration.ofSeconds(4)).dispatch(delivery("k", true, () -> "never"));
        assertThat(body).isEqualTo("success");
        assertThat(errors).hasSize(1);
    }

    @Test
    void aThousandConcurrentDistinctDeliveriesAreEachAnsweredOnce() throws Exception {
        Dispatcher d = dispatcher(Duration.ofSeconds(30));
        Set<String> handled = ConcurrentHashMap.newKeySet();
        AtomicInteger duplicates = new AtomicInteger();
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String key = "msg:" + i;
            answers.add(executor.submit(() -> d.dispatch(delivery(key, false, () -> {
                if (!handled.add(key)) {
                    duplicates.incrementAndGet();
                }
                return key;
            }))));
        }
        for (int i = 0; i < 1000; i++) {
            assertThat(answers.get(i).get(10, TimeUnit.SECONDS)).isEqualTo("<xml>msg:" + i + "</xml>");
        }
        assertThat(handled).hasSize(1000);
        assertThat(duplicates).hasValue(0);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
