package io.wxkit.core.ticket;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.util.Optional;

/**
 * The in-memory {@link TicketStore} for a single JVM.
 *
 * <pre>{@code
 * TicketStore tickets = CaffeineTicketStore.create();
 * tickets.put(ticket, "openid=o6_bmjrPTlm6", Duration.ofMinutes(1));
 * }</pre>
 */
public final class CaffeineTicketStore implements TicketStore {
    private record Entry(String payload, long ttlNanos) {}

    private final Cache<String, Entry> tickets = Caffeine.newBuilder()
            .maximumSize(1_000_000)
            .expireAfter(Expiry.<String, Entry>writing((k, e) -> Duration.ofNanos(e.ttlNanos())))
            .build();

    private CaffeineTicketStore() {}

    /**
     * A store for this JVM, holding at most 1,000,000 tickets; for several JVMs use a distributed one (sdk-redis).
     *
     * @return a new, empty store, thread-safe
     */
    public static CaffeineTicketStore create() {
        return new CaffeineTicketStore();
    }

    @Override
    public void put(String ticket, String payload, Duration ttl) {
        tickets.put(ticket, new Entry(payload, ttl.toNanos()));
    }

    @Override
    public Optional<String> take(String ticket) {
        // ConcurrentMap.remove is atomic: two racing takers cannot both get the payload
        Entry e = tickets.asMap().remove(ticket);
        return e == null ? Optional.empty() : Optional.of(e.payload());
    }
}
