package io.wxkit.core.token;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The in-memory {@link TokenStore} for a single JVM: access tokens and tickets live in a bounded
 * Caffeine cache, refresh locks in a map with a time-to-live.
 *
 * <pre>{@code
 * TokenStore store = CaffeineTokenStore.create();
 * AccessTokenManager tokens = AccessTokenManager.builder().appId(appId).secret(secret).tokenStore(store).build();
 * }</pre>
 *
 * <p>Thread-safe; {@link #invalidate} and {@link #tryLock} are atomic. Several applications (or
 * JVMs) sharing one appId need a distributed store instead (sdk-redis), or each would fetch its own
 * token.
 */
public final class CaffeineTokenStore implements TokenStore {
    private record Held(long owner, Instant until) {}

    private final Cache<String, Credential> credentials = Caffeine.newBuilder().maximumSize(100_000).build();
    private final ConcurrentMap<String, Held> locks = new ConcurrentHashMap<>();
    private final AtomicLong owners = new AtomicLong();
    private final Clock clock;

    private CaffeineTokenStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A store whose lock time-to-live runs on the system clock.
     *
     * @return a new, empty store
     */
    public static CaffeineTokenStore create() {
        return new CaffeineTokenStore(Clock.systemUTC());
    }

    /**
     * A store whose lock time-to-live runs on {@code clock} (tests).
     *
     * @param clock the clock lock expiry is read from
     * @return a new, empty store
     * @throws NullPointerException if {@code clock} is null
     */
    public static CaffeineTokenStore create(Clock clock) {
        return new CaffeineTokenStore(clock);
    }

    @Override
    public Optional<Credential> get(String key) {
        return Optional.ofNullable(credentials.getIfPresent(key));
    }

    @Override
    public void put(String key, Credential credential) {
        credentials.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(credential, "credential"));
    }

    @Override
    public void invalidate(String key, String value) {
        credentials.asMap().computeIfPresent(key, (k, c) -> c.value().equals(value) ? null : c);
    }

    @Override
    public Optional<RefreshLock> tryLock(String key, Duration ttl) {
        long owner = owners.incrementAndGet();
        Instant now = clock.instant();
        Held mine = new Held(owner, now.plus(ttl));
        Held result = locks.compute(key, (k, held) -> held == null || !now.isBefore(held.until()) ? mine : held);
        if (result.owner() != owner) {
            return Optional.empty();
        }
        return Optional.of(() -> locks.remove(key, mine));
    }

    @Override
    public String toString() {
        return "CaffeineTokenStore[" + credentials.estimatedSize() + " credentials]";
    }
}
