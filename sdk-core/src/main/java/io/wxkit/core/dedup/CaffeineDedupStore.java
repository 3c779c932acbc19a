package io.wxkit.core.dedup;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.util.Optional;

/**
 * The in-memory {@link DedupStore}: one JVM, entries expire individually after their TTL.
 *
 * <pre>{@code
 * DedupStore store = CaffeineDedupStore.create();
 * boolean first = store.firstSeen("msg:23456", Duration.ofSeconds(30));
 * }</pre>
 */
public final class CaffeineDedupStore implements DedupStore {
    private record Entry(String reply, long ttlNanos) {}

    private final Cache<String, Entry> seen;

    private CaffeineDedupStore(long maximumSize) {
        this.seen = Caffeine.newBuilder()
                // a callback store fills steadily: start big enough not to rehash under load, and do
                // Caffeine's upkeep on the writing thread instead of waking the common pool per write
                .initialCapacity((int) Math.min(maximumSize, 16_384))
                .executor(Runnable::run)
                .maximumSize(maximumSize)
                .expireAfter(Expiry.<String, Entry>writing((k, e) -> Duration.ofNanos(e.ttlNanos())))
                .build();
    }

    /**
     * A store holding at most 100,000 keys; when it is full, Caffeine's size policy chooses which keys to drop.
     *
     * @return a new, empty store
     */
    public static CaffeineDedupStore create() {
        return new CaffeineDedupStore(100_000);
    }

    /**
     * A store holding at most {@code maximumSize} keys.
     *
     * @param maximumSize the largest number of keys kept; beyond it Caffeine evicts (by its size policy, not
     *     strictly oldest first)
     * @return a new, empty store
     * @throws IllegalArgumentException if {@code maximumSize} is not positive
     */
    public static CaffeineDedupStore create(long maximumSize) {
        if (maximumSize <= 0) {
            throw new IllegalArgumentException("maximumSize must be positive: " + maximumSize);
        }
        return new CaffeineDedupStore(maximumSize);
    }

    @Override
    public boolean firstSeen(String key, Duration ttl) {
        return seen.asMap().putIfAbsent(key, new Entry(null, ttl.toNanos())) == null;
    }

    @Override
    public void saveReply(String key, String reply, Duration ttl) {
        seen.put(key, new Entry(reply, ttl.toNanos()));
    }

    @Override
    public Optional<String> reply(String key) {
        Entry e = seen.getIfPresent(key);
        return e == null ? Optional.empty() : Optional.ofNullable(e.reply());
    }
}
