package io.wxkit.core.token;

import java.time.Duration;
import java.util.Optional;

/**
 * Where credentials live between refreshes, and the lock that makes a refresh single-flight.
 *
 * <p>The in-memory default serves one JVM; a distributed implementation (Redis) shares both the
 * credential and the lock across JVMs, so that however many nodes find a credential missing,
 * exactly one asks WeChat. Keys are opaque strings chosen by the caller (they already include the
 * appId and the credential kind). Implementations must be safe for concurrent use.
 */
public interface TokenStore {

    /**
     * The stored credential for {@code key}, expired or not; empty if there is none.
     *
     * @param key the credential's key, e.g. {@link AccessTokenManager#storeKey}
     * @return the credential, or empty
     */
    Optional<Credential> get(String key);

    /**
     * Stores {@code credential} under {@code key}, replacing any previous one.
     *
     * @param key the credential's key
     * @param credential the new credential
     */
    void put(String key, Credential credential);

    /**
     * Removes the credential under {@code key} only if its value is still {@code value}, so a late
     * invalidation of an old credential never erases a newer one. Atomic.
     *
     * @param key the credential's key
     * @param value the rejected credential's value
     */
    void invalidate(String key, String value);

    /**
     * Tries to become the single refresher for {@code key}. Returns empty at once if another owner
     * holds the lock. The lock expires by itself after {@code ttl}, so a holder that dies does not
     * block refreshes for longer than that. {@code key} is the credential's own key: a distributed
     * store keeps the lock next to the credential (in Redis Cluster, in its slot).
     *
     * @param key the credential's key
     * @param ttl how long the lock lasts unless released, positive
     * @return the lock to close when done, or empty if another owner holds it
     */
    Optional<RefreshLock> tryLock(String key, Duration ttl);

    /**
     * As {@link #tryLock(String, Duration)}, for another lock of the credential under {@code key},
     * told apart by {@code name} (e.g. {@code force}, the cluster-wide spacing of forced refreshes).
     * The default takes the lock {@code key + ":" + name}; a distributed store overrides it to keep
     * the lock next to the credential.
     *
     * @param key the credential's key
     * @param name which lock of that credential, e.g. {@code force}
     * @param ttl how long the lock lasts unless released, positive
     * @return the lock to close when done, or empty if another owner holds it
     */
    default Optional<RefreshLock> tryLock(String key, String name, Duration ttl) {
        return tryLock(key + ":" + name, ttl);
    }
}
