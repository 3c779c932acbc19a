package io.wxkit.core.internal.token;

import io.wxkit.core.token.Credential;
import io.wxkit.core.token.TokenStore;
import io.wxkit.core.token.RefreshLock;
import io.wxkit.core.token.CaffeineTokenStore;
import io.wxkit.core.token.MutableClock;
import io.wxkit.core.token.ObservedStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.http.WxApiException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {
    static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    static final String KEY = "wxAPPID:jsapi_ticket";

    final MutableClock clock = new MutableClock(T0);
    final CaffeineTokenStore store = CaffeineTokenStore.create(clock);
    final ExecutorService pool = Executors.newFixedThreadPool(16);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    CredentialCache.Builder cache(CredentialCache.Fetcher fetcher) {
        return CredentialCache.builder(KEY, fetcher).store(store).clock(clock).executor(Runnable::run);
    }

    @Test
    void waitersReceiveTheSameExceptionAsTheFetcher() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger fetches = new AtomicInteger();
        WxApiException refused = WxApiException.of(40164, "invalid ip 1.2.3.4", "GET /cgi-bin/ticket/getticket");
        CredentialCache tickets = cache(force -> {
            fetches.incrementAndGet();
            await(release);
            throw refused;
        }).build();
        CyclicBarrier start = new CyclicBarrier(8);
        List<Thread> callers = new CopyOnWriteArrayList<>();
        List<Future<Throwable>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> {
                callers.add(Thread.currentThread());
                start.await();
                try {
                    tickets.get();
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        awaitAllParkedWithTimeout(callers, 8); // the fetcher on the latch, the rest on the single flight
        release.countDown();
        for (Future<Throwable> f : results) {
            assertThat(f.get(5, TimeUnit.SECONDS)).isSameAs(refused);
        }
        assertThat(fetches).hasValue(1);
    }

    @Test
    void waitingForAnotherCallersFetchIsBoundedWithAClearError() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch fetching = new CountDownLatch(1);
        CredentialCache tickets = cache(force -> {
            fetching.countDown();
            await(release);
            return new Credential("T", clock.instant().plusSeconds(7200));
        }).waitTimeout(Duration.ofMillis(200)).build();
        Future<String> leader = pool.submit(tickets::get);
        assertThat(fetching.await(5, TimeUnit.SECONDS)).isTrue();

        long start = System.nanoTime();
        assertThatThrownBy(tickets::get).isInstanceOfSatisfying(WxApiException.class, e -> {
            assertThat(e.isTransportFailure()).isTrue();
            assertThat(e.getMessage()).contains("no fresh credential within waitTimeout=PT0.2S").contains(KEY);
        });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        release.countDown();
        assertThat(leader.get(5, TimeUnit.SECONDS)).isEqualTo("T");
    }

    @Test
    void anotherJvmsFetchIsAwaitedByPollingTheStore() throws Exception {
        Optional<RefreshLock> otherJvm = store.tryLock(KEY, Duration.ofSeconds(60));
        assertThat(otherJvm).isPresent();
        AtomicInteger fetches = new AtomicInteger();
        ObservedStore observed = new ObservedStore(store, 3);
        CredentialCache tickets = cache(force -> {
            fetches.incrementAndGet();
            return new Credential("MINE", clock.instant().plusSeconds(7200));
        }).store(observed).pollInterval(Duration.ofMillis(5)).build();

        Future<String> waiting = pool.submit(tickets::get);
        assertThat(observed.lockAttempts.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(waiting).isNotDone();
        store.put(KEY, new Credential("FROM-OTHER-JVM", T0.plusSeconds(7200)));

        assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo("FROM-OTHER-JVM");
        assertThat(fetches).hasValue(0);
    }

    @Test
    void aDeadJvmsLockExpiresAndTheWaiterFetchesItself() throws Exception {
        assertThat(store.tryLock(KEY, Duration.ofSeconds(60))).isPresent(); // never released
        ObservedStore observed = new ObservedStore(store, 3);
        CredentialCache tickets = cache(force -> new Credential("MINE", clock.instant().plusSeconds(7200)))
                .store(observed).pollInterval(Duration.ofMillis(5)).build();

        Future<String> waiting = pool.submit(tickets::get);
        assertThat(observed.lockAttempts.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(waiting).isNotDone();
        clock.advance(Duration.ofSeconds(61));

        assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo("MINE");
    }

    @Test
    void invalidatingAnOldValueLeavesTheNewerOneAlone() {
        AtomicInteger fetches = new AtomicInteger();
        CredentialCache tickets = cache(force -> new Credential("T" + fetches.incrementAndGet(),
                clock.instant().plusSeconds(7200))).build();
        assertThat(tickets.get()).isEqualTo("T1");
        tickets.invalidate("T1");
        assertThat(tickets.get()).isEqualTo("T2");

        tickets.invalidate("T1");

        assertThat(tickets.get()).isEqualTo("T2");
        assertThat(fetches).hasValue(2);
    }

    /** stable_token's behaviour: the same value until a forced call, which issues a new one. */
    final class StableWeChat implements CredentialCache.Fetcher {
        final List<Boolean> forced = new CopyOnWriteArrayList<>();
        int issued = 1;

        @Override
        public synchronized Credential fetch(boolean force) {
            forced.add(force);
            if (force) {
                issued++;
            }
            return new Credential("T" + issued, clock.instant().plusSeconds(7200));
        }
    }

    @Test
    void forcedRefreshesAreSpacedAcrossCachesSharingTheStore() {
        StableWeChat wechat = new StableWeChat();
        CredentialCache jvmA = cache(wechat).build();
        CredentialCache jvmB = cache(wechat).build();

        assertThat(jvmA.get()).isEqualTo("T1");
        jvmA.invalidate("T1");
        assertThat(jvmA.get()).isEqualTo("T2");
        assertThat(jvmB.get()).as("B finds A's new value in the store").isEqualTo("T2");
        jvmB.invalidate("T2");
        assertThatThrownBy(jvmB::get).isInstanceOf(WxApiException.class).hasMessageContaining("at most one forced"
                + " refresh per 30 s and 20 a day");
        clock.advance(Duration.ofSeconds(30));
        assertThat(jvmB.get()).isEqualTo("T3");
        jvmA.invalidate("T2"); // A's late report of the value B already replaced: no fetch
        assertThat(jvmA.get()).isEqualTo("T3");

        assertThat(wechat.forced).containsExactly(false, false, true, false, false, true);
    }

    @Test
    void forcedRefreshesStopAtTheDailyCountUntilWeChatsNextDay() {
        StableWeChat wechat = new StableWeChat();
        CredentialCache tickets = cache(wechat).forcedRefreshesPerDay(2).build();
        clock.set(Instant.parse("2026-11-26T14:00:00Z")); // 22:00 in Beijing
        tickets.get();
        for (int i = 0; i < 2; i++) {
            tickets.invalidate(tickets.get());
            clock.advance(Duration.ofSeconds(31));
            tickets.get();
        }
        tickets.invalidate(tickets.get());
        clock.advance(Duration.ofSeconds(31));
        assertThatThrownBy(tickets::get).isInstanceOf(WxApiException.class).hasMessageContaining("2 a day");
        clock.set(Instant.parse("2026-11-26T16:00:01Z")); // 00:00:01 the next day in Beijing

        assertThat(tickets.get()).isEqualTo("T4");
        assertThat(wechat.forced.stream().filter(f -> f).count()).isEqualTo(3);
    }

    @Test
    void aValueRejectedAfterAnotherJvmReplacedItCausesNoFetch() {
        AtomicInteger fetches = new AtomicInteger();
        CredentialCache jvmA = cache(force -> new Credential("T" + fetches.incrementAndGet(),
                clock.instant().plusSeconds(7200))).build();
        CredentialCache jvmB = cache(force -> {
            throw new AssertionError("B must not fetch");
        }).build();
        assertThat(jvmA.get()).isEqualTo("T1");
        assertThat(jvmB.get()).isEqualTo("T1");
        jvmA.invalidate("T1");
        assertThat(jvmA.get()).isEqualTo("T2");

        jvmB.invalidate("T1"); // B's callers see 40001 for T1 a moment later

        assertThat(jvmB.get()).isEqualTo("T2");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void aFreshValueIsServedWithoutLookingAtTheStore() {
        AtomicInteger reads = new AtomicInteger();
        TokenStore counting = new ObservedStore(store, 0) {
            @Override
            public Optional<Credential> get(String key) {
                reads.incrementAndGet();
                return super.get(key);
            }
        };
        CredentialCache tickets = cache(force -> new Credential("T", clock.instant().plusSeconds(7200)))
                .store(counting).build();
        assertThat(tickets.get()).isEqualTo("T");
        int afterFirst = reads.get();

        for (int i = 0; i < 1000; i++) {
            assertThat(tickets.get()).isEqualTo("T");
        }

        assertThat(reads).hasValue(afterFirst);
    }

    @Test
    void expiredCredentialIsReplacedAndTheLifetimeIsTheFetchedOne() {
        AtomicInteger n = new AtomicInteger();
        CredentialCache tickets = cache(force -> new Credential("T" + n.incrementAndGet(),
                clock.instant().plusSeconds(100))).refreshAhead(Duration.ZERO).build();
        assertThat(tickets.get()).isEqualTo("T1");
        clock.advance(Duration.ofSeconds(99));
        assertThat(tickets.get()).isEqualTo("T1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(tickets.get()).isEqualTo("T2");
    }

    @Test
    void aFetchedCredentialThatIsAlreadyExpiredIsAnError() {
        CredentialCache tickets = cache(force -> new Credential("OLD", clock.instant().minusSeconds(1))).build();
        assertThatThrownBy(tickets::get).isInstanceOf(WxApiException.class).hasMessageContaining("already expired");
    }

    @Test
    void refreshAheadRunsOnTheExecutorWhileCallersKeepTheCurrentValue() throws Exception {
        store.put(KEY, new Credential("CURRENT", T0.plusSeconds(60))); // inside the 3 min margin
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger fetches = new AtomicInteger();
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            CredentialCache tickets = CredentialCache.builder(KEY, force -> {
                fetches.incrementAndGet();
                await(release);
                return new Credential("NEXT", clock.instant().plusSeconds(7200));
            }).store(store).clock(clock).executor(background).build();

            for (int i = 0; i < 100; i++) {
                assertThat(tickets.get()).isEqualTo("CURRENT");
            }
            release.countDown();
            background.submit(() -> { }).get(5, TimeUnit.SECONDS);
            assertThat(tickets.get()).isEqualTo("NEXT");
            assertThat(fetches).hasValue(1);
        } finally {
            release.countDown();
            background.shutdownNow();
        }
    }

    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test latch never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Spins until {@code count} threads registered and all are parked with a timeout (latch/future waits). */
    static void awaitAllParkedWithTimeout(List<Thread> threads, int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (threads.size() < count || !threads.stream().allMatch(t -> t.getState() == Thread.State.TIMED_WAITING)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("callers never parked: " + threads.stream().map(Thread::getState).toList());
            }
            Thread.onSpinWait();
        }
    }
}
