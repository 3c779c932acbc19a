package io.wxkit.core.dedup;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The in-memory {@link DedupStore} of the callback hot path: two generations of {@link ConcurrentHashMap},
 * the current one taking every write and the older one only read, instead of a cache with a timer per
 * entry. Every entry keeps its own deadline, so a key is seen for exactly its TTL; whole generations are
 * dropped, and only once everything in them has expired.
 *
 * <pre>{@code
 * DedupStore store = GenerationalDedupStore.create();
 * boolean first = store.firstSeen("mp:m:0f3c...", Duration.ofSeconds(360));
 * }</pre>
 *
 * <p>Rotation: when the current generation is as old as the longest TTL the store has been given, it
 * becomes the older one and the previous older one is dropped. An entry written into a generation lives
 * at most one TTL past that generation's end, and the generation is dropped one full TTL later, so no
 * live entry is ever dropped by time. Memory is bounded: a generation that reaches half of
 * {@code maximumSize} rotates early, and under such a flood the oldest keys go first (as a size-bounded
 * cache would drop them).
 *
 * <p>Atomicity: {@link #firstSeen} claims a key with {@code putIfAbsent} in the current generation after
 * checking the older one; if a rotation happened meanwhile it claims again in the new generations, where
 * its own entry is recognised, so of any number of concurrent callers exactly one gets {@code true}.
 * Upkeep is a clock read per call and, once per rotation, one fresh map; there is no background thread.
 */
public final class GenerationalDedupStore implements DedupStore {
    /** Keys a generation has room for before its table first grows (the callback store fills steadily). */
    private static final int INITIAL_CAPACITY = 16_384;

    /**
     * A key's state. {@link #saveReply} updates a live entry in place instead of putting a new one: a
     * {@code put} over an existing key locks its hash bin, and on the callback path that lock and the second
     * table walk cost as much as the claim itself. The deadline is written before the reply and read after
     * it, so whoever sees a saved reply also sees the deadline saved with it.
     */
    private static final class Entry {
        private volatile long expiresAt;
        private volatile String reply;

        Entry(String reply, long expiresAt) {
            this.expiresAt = expiresAt;
            this.reply = reply;
        }

        boolean live(long now) {
            return expiresAt > now;
        }

        void save(String newReply, long newExpiresAt) {
            expiresAt = newExpiresAt;
            reply = newReply;
        }
    }

    private record Generations(ConcurrentHashMap<String, Entry> older, ConcurrentHashMap<String, Entry> current,
            long startedAt) {
    }

    private final Clock clock;
    private final long generationCapacity;
    private final AtomicLong spanMillis = new AtomicLong();
    private volatile Generations generations;

    private GenerationalDedupStore(long maximumSize, Clock clock) {
        if (maximumSize <= 0) {
            throw new IllegalArgumentException("maximumSize must be positive: " + maximumSize);
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.generationCapacity = (maximumSize + 1) / 2;
        this.generations = new Generations(newGeneration(), newGeneration(), clock.millis());
    }

    /**
     * A store holding at most 100,000 keys, on the system clock.
     *
     * @return a new, empty store
     */
    public static GenerationalDedupStore create() {
        return new GenerationalDedupStore(100_000, Clock.systemUTC());
    }

    /**
     * A store holding at most {@code maximumSize} keys, on the system clock.
     *
     * @param maximumSize the largest number of keys kept (two generations of half of it each)
     * @return a new, empty store
     * @throws IllegalArgumentException if {@code maximumSize} is not positive
     */
    public static GenerationalDedupStore create(long maximumSize) {
        return new GenerationalDedupStore(maximumSize, Clock.systemUTC());
    }

    /**
     * A store holding at most {@code maximumSize} keys whose TTLs run on {@code clock} (tests move it).
     *
     * @param maximumSize the largest number of keys kept (two generations of half of it each)
     * @param clock the clock deadlines and rotations are read from
     * @return a new, empty store
     * @throws IllegalArgumentException if {@code maximumSize} is not positive
     * @throws NullPointerException if {@code clock} is null
     */
    public static GenerationalDedupStore create(long maximumSize, Clock clock) {
        return new GenerationalDedupStore(maximumSize, clock);
    }

    @Override
    public boolean firstSeen(String key, Duration ttl) {
        Objects.requireNonNull(key, "key");
        long now = clock.millis();
        Entry mine = new Entry(null, now + widenSpan(ttl));
        while (true) {
            Generations g = generationsAt(now);
            if (!claim(g, key, mine, now)) {
                return false;
            }
            if (generations == g) {
                if (g.current.size() >= generationCapacity) {
                    rotate(g, now);
                }
                return true;
            }
            // a rotation raced the claim: claim again where later callers look (our entry counts as ours there)
        }
    }

    /** Whether {@code mine} is the live entry for {@code key} in {@code g} after this call. */
    private static boolean claim(Generations g, String key, Entry mine, long now) {
        Entry older = g.older.get(key);
        if (older != null && older != mine && older.live(now)) {
            return false;
        }
        while (true) {
            Entry previous = g.current.putIfAbsent(key, mine);
            if (previous == null || previous == mine) {
                return true;
            }
            if (previous.live(now)) {
                return false;
            }
            if (g.current.replace(key, previous, mine)) { // an expired entry not yet rotated out
                return true;
            }
        }
    }

    @Override
    public void saveReply(String key, String reply, Duration ttl) {
        Objects.requireNonNull(key, "key");
        long now = clock.millis();
        long expiresAt = now + widenSpan(ttl);
        Generations g = generationsAt(now);
        Entry claimed = g.current.get(key);
        if (claimed != null && claimed.live(now)) {
            // the usual case, the claim of this delivery: saved in place, TTL included, as a cache's put does.
            // If the key is also in the older generation, that entry is expired (or this same one after a
            // rotation race), and reply() asks the current generation first, so it needs no removal here.
            claimed.save(reply, expiresAt);
            return;
        }
        g.current.put(key, new Entry(reply, expiresAt)); // a null reply marks the key seen, as firstSeen does
        g.older.remove(key); // the saved entry replaces the first one, TTL included, as a cache's put does
    }

    @Override
    public Optional<String> reply(String key) {
        long now = clock.millis();
        Generations g = generations;
        String saved = liveReply(g.current.get(key), now);
        return Optional.ofNullable(saved != null ? saved : liveReply(g.older.get(key), now));
    }

    /** The entry's reply, read before its deadline (see {@link Entry}), or {@code null} if none or expired. */
    private static String liveReply(Entry e, long now) {
        if (e == null) {
            return null;
        }
        String saved = e.reply;
        return saved != null && e.live(now) ? saved : null;
    }

    /** Keys held in both generations, expired ones not yet dropped included (for tests of the bound). */
    long size() {
        Generations g = generations;
        return g.older.mappingCount() + g.current.mappingCount();
    }

    /** The TTL in milliseconds; the rotation span grows to the longest TTL seen and never shrinks. */
    private long widenSpan(Duration ttl) {
        long ttlMillis = ttl.toMillis();
        if (ttlMillis <= 0) {
            throw new IllegalArgumentException("ttl must be positive: " + ttl);
        }
        long span = spanMillis.get();
        while (ttlMillis > span && !spanMillis.compareAndSet(span, ttlMillis)) {
            span = spanMillis.get();
        }
        return ttlMillis;
    }

    private Generations generationsAt(long now) {
        Generations g = generations;
        if (now - g.startedAt >= spanMillis.get()) {
            rotate(g, now);
            g = generations;
        }
        return g;
    }

    /** Makes the current generation the older one (dropping the previous older one), unless another thread did. */
    private synchronized void rotate(Generations seen, long now) {
        if (generations == seen) {
            generations = new Generations(seen.current, newGeneration(), now);
        }
    }

    private ConcurrentHashMap<String, Entry> newGeneration() {
        return new ConcurrentHashMap<>((int) Math.min(generationCapacity, INITIAL_CAPACITY));
    }

    /** Says what the store holds in numbers only; keys are delivery identities and stay out of logs. */
    @Override
    public String toString() {
        return "GenerationalDedupStore[keys=" + size() + ", capacity=" + 2 * generationCapacity + "]";
    }
}
