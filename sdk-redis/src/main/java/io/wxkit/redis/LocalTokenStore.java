package io.wxkit.redis;

import io.wxkit.core.token.Credential;
import io.wxkit.core.token.RefreshLock;
import io.wxkit.core.token.TokenStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * This JVM's stand-in for {@link RedisTokenStore} while Redis is unreachable: credentials and
 * refresh locks in memory, locks expiring on the injected clock like their Redis counterparts.
 */
final class LocalTokenStore implements TokenStore {
    private final class LocalLock implements RefreshLock {
        private final String key;
        private final long expiresAtMillis;

        LocalLock(String key, long expiresAtMillis) {
            this.key = key;
            this.expiresAtMillis = expiresAtMillis;
        }

        @Override
        public void close() {
            locks.remove(key, this); // only if still ours
        }
    }

    private final Clock clock;
    private final ConcurrentMap<String, Credential> credentials = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LocalLock> locks = new ConcurrentHashMap<>();

    LocalTokenStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<Credential> get(String key) {
        return Optional.ofNullable(credentials.get(key));
    }

    @Override
    public void put(String key, Credential credential) {
        credentials.put(key, credential);
    }

    @Override
    public void invalidate(String key, String value) {
        credentials.computeIfPresent(key, (k, c) -> c.value().equals(value) ? null : c);
    }

    @Override
    public Optional<RefreshLock> tryLock(String key, Duration ttl) {
        long now = clock.millis();
        LocalLock mine = new LocalLock(key, now + ttl.toMillis());
        LocalLock holder = locks.compute(key, (k, held) -> held == null || held.expiresAtMillis <= now ? mine : held);
        return holder == mine ? Optional.of(mine) : Optional.empty();
    }
}
