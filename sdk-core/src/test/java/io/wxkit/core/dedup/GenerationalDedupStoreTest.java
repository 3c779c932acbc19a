package io.wxkit.core.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class GenerationalDedupStoreTest {
    private static final Duration TTL = Duration.ofSeconds(30);

    /** A clock the test moves by hand, in milliseconds. */
    static final class TestClock extends Clock {
        private final AtomicLong millis = new AtomicLong(1_700_000_000_000L);

        void advance(Duration d) {
            millis.addAndGet(d.toMillis());
        }

        @Override
        public long millis() {
            return millis.get();
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final TestClock clock = new TestClock();
    private final GenerationalDedupStore store = GenerationalDedupStore.create(100_000, clock);

    // ---- the DedupStore contract (the same cases as sdk-redis' DedupStoreContract) ----

    @Test
    void onlyTheFirstDeliveryIsFirstSeen() {
        assertThat(store.firstSeen("a", TTL)).isTrue();
        assertThat(store.firstSeen("a", TTL)).isFalse();
        assertThat(store.firstSeen("b", TTL)).isTrue();
    }

    @Test
    void aRetryGetsTheReplySavedByTheFirstDelivery() {
        store.firstSeen("k", TTL);
        assertThat(store.reply("k")).isEmpty();
        store.saveReply("k", "<xml><Content><![CDATA[hi]]></Content></xml>", TTL);
        assertThat(store.reply("k")).contains("<xml><Content><![CDATA[hi]]></Content></xml>");
        assertThat(store.firstSeen("k", TTL)).as("a saved reply still marks the key as seen").isFalse();
    }

    @Test
    void anEmptyReplyIsKeptAsEmptyAndUnknownKeysHaveNone() {
        store.firstSeen("k", TTL);
        store.saveReply("k", "", TTL);
        assertThat(store.reply("k")).contains("");
        assertThat(store.reply("other")).isEmpty();
    }

    @Test
    void sixtyFourRacingDeliveriesAreFirstSeenExactlyOnce() throws Exception {
        assertThat(race(64, () -> store.firstSeen("same", TTL))).containsOnlyOnce(true).hasSize(64);
    }

    @Test
    void refusesNonPositiveSizesAndTtls() {
        assertThatThrownBy(() -> GenerationalDedupStore.create(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.firstSeen("k", Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- expiry and rotation, on the injected clock ----

    @Test
    void aKeyIsSeenForExactlyItsTtl() {
        assertThat(store.firstSeen("k", TTL)).isTrue();
        clock.advance(TTL.minusMillis(1));
        assertThat(store.firstSeen("k", TTL)).as("1 ms before the TTL ends").isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(store.firstSeen("k", TTL)).as("when the TTL has ended").isTrue();
    }

    @Test
    void weChatsThreeRetriesWithinFifteenSecondsAreDropped() {
        Duration ttl = Duration.ofSeconds(360); // the handler's default: 5 min window + 60 s
        assertThat(store.firstSeen("mp:m:1", ttl)).isTrue();
        store.saveReply("mp:m:1", "reply", ttl);
        for (int retry = 0; retry < 3; retry++) {
            clock.advance(Duration.ofSeconds(5));
            assertThat(store.firstSeen("mp:m:1", ttl)).isFalse();
            assertThat(store.reply("mp:m:1")).contains("reply");
        }
    }

    @Test
    void aKeyOutlivesTheRotationOfItsGeneration() {
        store.firstSeen("early", TTL);
        clock.advance(Duration.ofSeconds(29));
        store.firstSeen("late", TTL); // same generation, 1 s before it rotates
        store.saveReply("late", "r", TTL);
        clock.advance(Duration.ofSeconds(2)); // the generation is now the older one
        store.firstSeen("trigger", TTL);
        assertThat(store.firstSeen("late", TTL)).as("28 s into its 30 s, read from the older generation").isFalse();
        assertThat(store.reply("late")).contains("r");
        assertThat(store.firstSeen("early", TTL)).as("its 30 s are over").isTrue();
        clock.advance(Duration.ofSeconds(27)); // 'late' has 1 s left; its generation is not dropped yet
        assertThat(store.firstSeen("late", TTL)).isFalse();
    }

    @Test
    void aGenerationIsDroppedOnlyOnceEveryKeyInItExpired() {
        for (int i = 0; i < 100; i++) {
            store.firstSeen("k" + i, TTL);
            clock.advance(Duration.ofMillis(250));
        }
        clock.advance(TTL.multipliedBy(3));
        store.firstSeen("x", TTL); // rotates
        clock.advance(TTL);
        store.firstSeen("y", TTL); // rotates again: the first 100 keys are gone
        assertThat(store.size()).isLessThanOrEqualTo(2);
    }

    @Test
    void aLongerTtlWidensTheRotationSpan() {
        store.firstSeen("short", TTL);
        Duration longer = Duration.ofMinutes(10);
        store.firstSeen("long", longer);
        for (int i = 0; i < 19; i++) { // 9.5 min of traffic in 30 s steps: rotations at most every 10 min now
            clock.advance(TTL);
            store.firstSeen("filler" + i, TTL);
        }
        assertThat(store.firstSeen("long", longer)).isFalse();
    }

    @Test
    void agreesWithAModelOfPerKeyDeadlinesUnderRandomTraffic() {
        Random random = new Random(14);
        Map<String, Long> deadlines = new HashMap<>();
        for (int step = 0; step < 50_000; step++) {
            clock.advance(Duration.ofMillis(random.nextInt(400)));
            String key = "k" + random.nextInt(300);
            Duration ttl = Duration.ofSeconds(15 + random.nextInt(30));
            long now = clock.millis();
            Long deadline = deadlines.get(key);
            boolean expected = deadline == null || deadline <= now;
            if (random.nextInt(4) == 0) {
                store.saveReply(key, "r", ttl);
                deadlines.put(key, now + ttl.toMillis());
                continue;
            }
            assertThat(store.firstSeen(key, ttl)).as("step %d key %s", step, key).isEqualTo(expected);
            if (expected) {
                deadlines.put(key, now + ttl.toMillis());
            }
        }
    }

    @Test
    void memoryIsBoundedByMaximumSizeUnderAFlood() {
        GenerationalDedupStore small = GenerationalDedupStore.create(1_000, clock);
        for (int i = 0; i < 100_000; i++) {
            small.firstSeen("flood" + i, TTL);
        }
        assertThat(small.size()).isLessThanOrEqualTo(1_000);
        assertThat(small.firstSeen("flood99999", TTL)).as("the newest keys are kept").isFalse();
    }

    @Test
    void racingDeliveriesAreFirstSeenExactlyOnceWhileGenerationsRotate() throws Exception {
        // 8 keys of room: a generation rotates every 4 keys by size, and every other round by time (the clock
        // jumps 6 s of a 10 s TTL while the claims run), so rotations race the claims all the time
        GenerationalDedupStore rotating = GenerationalDedupStore.create(8, clock);
        Duration ttl = Duration.ofSeconds(10);
        int rounds = 2_000;
        int claimers = 8;
        AtomicInteger[] firsts = new AtomicInteger[rounds];
        for (int i = 0; i < rounds; i++) {
            firsts[i] = new AtomicInteger();
        }
        CyclicBarrier roundStart = new CyclicBarrier(claimers + 1);
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int t = 0; t < claimers; t++) {
            tasks.add(() -> {
                for (int i = 0; i < rounds; i++) {
                    roundStart.await(10, TimeUnit.SECONDS);
                    if (rotating.firstSeen("r" + i, ttl)) {
                        firsts[i].incrementAndGet();
                    }
                }
                return true;
            });
        }
        tasks.add(() -> {
            for (int i = 0; i < rounds; i++) {
                roundStart.await(10, TimeUnit.SECONDS);
                if (i % 2 == 0) {
                    clock.advance(Duration.ofSeconds(6));
                }
            }
            return true;
        });
        runTogether(tasks);
        for (int i = 0; i < rounds; i++) {
            assertThat(firsts[i].get()).as("round %d", i).isEqualTo(1);
        }
    }

    @Test
    void aSavedReplyRestartsTheTtlOfTheClaim() {
        assertThat(store.firstSeen("k", TTL)).isTrue();
        clock.advance(TTL.minusMillis(1));
        store.saveReply("k", "r", TTL); // saved in place over the live claim
        clock.advance(Duration.ofMillis(2));
        assertThat(store.firstSeen("k", TTL)).as("the claim's TTL is over, the saved one is not").isFalse();
        assertThat(store.reply("k")).contains("r");
        clock.advance(TTL.minusMillis(3)); // saved at TTL - 1 ms, now 1 ms before the saved TTL ends
        assertThat(store.reply("k")).as("1 ms before the saved TTL ends").contains("r");
        clock.advance(Duration.ofMillis(1));
        assertThat(store.reply("k")).as("when the saved TTL has ended").isEmpty();
        assertThat(store.firstSeen("k", TTL)).isTrue();
    }

    @Test
    void aReplySavedAfterTheClaimExpiredIsKeptForItsOwnTtl() {
        store.firstSeen("k", TTL);
        clock.advance(TTL.plusSeconds(1));
        store.saveReply("k", "late", TTL);
        assertThat(store.firstSeen("k", TTL)).isFalse();
        assertThat(store.reply("k")).contains("late");
    }

    @Test
    void racingClaimsSavesAndReadsSeeOnlyTheWinnersReply() throws Exception {
        // 8 threads claim each key together; the one that wins saves its own reply while the others keep
        // reading: a reader sees no reply or the winner's, never another, and after the round every thread
        // sees the winner's. A 64-key store rotates every 32 keys, so saves also race rotations.
        GenerationalDedupStore racing = GenerationalDedupStore.create(64, clock);
        int rounds = 3_000;
        int threads = 8;
        AtomicInteger[] winners = new AtomicInteger[rounds];
        for (int i = 0; i < rounds; i++) {
            winners[i] = new AtomicInteger(-1);
        }
        CyclicBarrier roundStart = new CyclicBarrier(threads);
        CyclicBarrier roundEnd = new CyclicBarrier(threads);
        List<Callable<String>> tasks = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int me = t;
            tasks.add(() -> {
                for (int i = 0; i < rounds; i++) {
                    String key = "mp:m:" + i;
                    roundStart.await(10, TimeUnit.SECONDS);
                    if (racing.firstSeen(key, TTL)) {
                        if (!winners[i].compareAndSet(-1, me)) {
                            return "round " + i + ": a second first delivery";
                        }
                        racing.saveReply(key, "reply " + i + " by " + me, TTL);
                    } else {
                        for (int read = 0; read < 20; read++) {
                            String seen = racing.reply(key).orElse(null);
                            int winner = winners[i].get();
                            if (seen != null && !seen.equals("reply " + i + " by " + winner)) {
                                return "round " + i + ": read '" + seen + "', winner " + winner;
                            }
                        }
                    }
                    roundEnd.await(10, TimeUnit.SECONDS);
                    String after = racing.reply(key).orElse(null);
                    if (!("reply " + i + " by " + winners[i].get()).equals(after)) {
                        return "round " + i + ": after the round '" + after + "'";
                    }
                }
                return "ok";
            });
        }
        assertThat(runTogether(tasks)).containsOnly("ok");
    }

    private static <T> List<T> race(int threads, Callable<T> task) throws Exception {
        List<Callable<T>> tasks = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            tasks.add(task);
        }
        return runTogether(tasks);
    }

    private static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
