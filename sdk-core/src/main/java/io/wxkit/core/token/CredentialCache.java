package io.wxkit.core.token;

import io.wxkit.core.crypto.ConstantTime;
import io.wxkit.core.http.WxApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A cache of one short-lived WeChat credential (an {@code access_token}, a {@code jsapi_ticket})
 * in a {@link TokenStore}, refreshed single-flight and ahead of expiry.
 *
 * <pre>{@code
 * CredentialCache tickets = CredentialCache.builder("wxkit:jsapi_ticket:" + appId, force -> fetchTicket()).build();
 * String ticket = tickets.get();
 * }</pre>
 *
 * <p>Guarantees:
 * <ul>
 *   <li><b>Single flight.</b> However many threads find the credential missing or expired, one of
 *       them calls the fetcher; the others wait for that call and receive the same credential or the
 *       same exception. With a distributed store the fetch is also single across JVMs: the fetching
 *       JVM holds {@link TokenStore#tryLock}, the others poll the store until a fresh credential
 *       appears. Every wait is bounded by {@code waitTimeout}.</li>
 *   <li><b>Refresh ahead.</b> Within {@code refreshAhead} of expiry the first caller starts one
 *       refresh on the {@code executor} and, like every other caller, gets the still-valid credential
 *       at once. A failed background refresh is logged at WARN and tried again (at most every 10 s)
 *       while the old credential lasts; after that, callers block and see the failure.</li>
 *   <li><b>No refresh storm.</b> {@link #invalidate} deletes the credential only if it is still the
 *       stale one, and asks for a forced refresh at most once per {@code forcedRefreshInterval}
 *       across everyone sharing the store.</li>
 * </ul>
 * Thread-safe. The default executor is {@link ForkJoinPool#commonPool()}, as in Caffeine's
 * {@code refreshAfterWrite}: wxkit starts no thread of its own; pass {@code Runnable::run} to have
 * the first caller inside the margin refresh inline instead.
 */
public final class CredentialCache {
    private static final Logger LOG = LoggerFactory.getLogger(CredentialCache.class);
    private static final Duration AHEAD_RETRY = Duration.ofSeconds(10);

    /** Fetches a new credential from WeChat (or from a central token service). */
    @FunctionalInterface
    public interface Fetcher {
        /**
         * Fetches a new credential.
         *
         * @param forceRefresh whether a credential WeChat rejected is being replaced (stable_token's
         *     {@code force_refresh}); already rate-limited by the cache
         * @throws RuntimeException (usually {@link WxApiException}) if none can be fetched
         */
        Credential fetch(boolean forceRefresh);
    }

    private final String key;
    private final Fetcher fetcher;
    private final TokenStore store;
    private final Clock clock;
    private final Duration refreshAhead;
    private final Duration waitTimeout;
    private final Duration lockTtl;
    private final Duration forcedRefreshInterval;
    private final Duration pollInterval;
    private final Executor executor;
    private final AtomicReference<CompletableFuture<Credential>> inFlight = new AtomicReference<>();
    private final AtomicBoolean forceNext = new AtomicBoolean();
    private volatile Instant lastAhead = Instant.MIN;

    private CredentialCache(Builder b) {
        this.key = b.key;
        this.fetcher = b.fetcher;
        this.store = b.store;
        this.clock = b.clock;
        this.refreshAhead = b.refreshAhead;
        this.waitTimeout = b.waitTimeout;
        this.lockTtl = b.lockTtl;
        this.forcedRefreshInterval = b.forcedRefreshInterval;
        this.pollInterval = b.pollInterval;
        this.executor = b.executor;
    }

    /**
     * A builder for the credential stored under {@code key} (include appId and kind, e.g.
     * {@code wxkit:token:wx123}), fetched by {@code fetcher}.
     */
    public static Builder builder(String key, Fetcher fetcher) {
        return new Builder(key, fetcher);
    }

    /**
     * The current credential's value, fetching one if it is missing or expired.
     *
     * <p>Returns at once while the stored credential is valid (starting a background refresh when it
     * is within the refresh-ahead margin). Otherwise blocks until the single fetch in progress here
     * or in another JVM sharing the store completes, for at most {@code waitTimeout} when another
     * caller fetches; the caller that fetches is bounded by the fetcher's own timeouts.
     *
     * @throws WxApiException the fetch failure (the same instance for every waiting caller), or a
     *     transport-failure exception when the wait timed out or was interrupted
     * @throws RuntimeException whatever else the fetcher threw
     */
    public String get() {
        Instant now = clock.instant();
        Credential current = store.get(key).orElse(null);
        if (current != null && current.isValidAt(now)) {
            if (!now.plus(refreshAhead).isBefore(current.expiresAt())) {
                refreshAhead(current, now);
            }
            return current.value();
        }
        return awaitFresh(current).value();
    }

    /**
     * Reports that WeChat rejected {@code staleValue}: it is deleted if it is still the stored one (a
     * newer credential is left alone), and the next fetch is forced unless a forced fetch already
     * happened within {@code forcedRefreshInterval}. Never blocks on WeChat.
     */
    public void invalidate(String staleValue) {
        Objects.requireNonNull(staleValue, "staleValue");
        Credential current = store.get(key).orElse(null);
        if (current == null || !sameValue(current.value(), staleValue)) {
            return;
        }
        // the lock is never released: it expires by itself, which makes it a cluster-wide rate limit
        if (store.tryLock(key + ":force", forcedRefreshInterval).isPresent()) {
            forceNext.set(true);
        }
        store.invalidate(key, staleValue);
    }

    private Credential awaitFresh(Credential stale) {
        long deadline = System.nanoTime() + waitTimeout.toNanos();
        while (true) {
            CompletableFuture<Credential> mine = new CompletableFuture<>();
            CompletableFuture<Credential> running = inFlight.compareAndExchange(null, mine);
            Credential result;
            if (running != null) {
                result = join(running, deadline);
            } else {
                try {
                    mine.complete(fetchSingleFlight(stale, deadline));
                } catch (RuntimeException e) {
                    mine.completeExceptionally(e);
                } finally {
                    inFlight.compareAndSet(mine, null);
                }
                result = join(mine, deadline);
            }
            if (result.isValidAt(clock.instant())) {
                return result;
            }
            if (running == null) {
                throw WxApiException.unusable("the credential just fetched is already expired (at "
                        + result.expiresAt() + ")", "credential " + key);
            }
            if (System.nanoTime() - deadline > 0) { // joined a refresh-ahead that kept the old one
                throw timeout();
            }
        }
    }

    /** Under the in-JVM single flight: returns a fresh credential, from the store or fetched. */
    private Credential fetchSingleFlight(Credential stale, long deadline) {
        while (true) {
            Optional<Credential> fresh = freshIn(stale);
            if (fresh.isPresent()) {
                return fresh.get();
            }
            Optional<RefreshLock> lock = store.tryLock(key + ":lock", lockTtl);
            if (lock.isPresent()) {
                try (RefreshLock held = lock.get()) {
                    return fetchUnderLock(stale);
                }
            }
            if (System.nanoTime() - deadline > 0) {
                throw timeout();
            }
            LockSupport.parkNanos(pollInterval.toNanos()); // another JVM is fetching: poll the store
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw WxApiException.unusable("interrupted while waiting for " + key, "credential " + key);
            }
        }
    }

    private Credential fetchUnderLock(Credential stale) {
        Optional<Credential> fresh = freshIn(stale); // someone may have finished just before we locked
        if (fresh.isPresent()) {
            return fresh.get();
        }
        boolean force = forceNext.getAndSet(false);
        Credential fetched;
        try {
            fetched = Objects.requireNonNull(fetcher.fetch(force), "fetcher returned null");
        } catch (RuntimeException e) {
            if (force) {
                forceNext.set(true); // the forced refresh did not happen; keep asking for it
            }
            throw e;
        }
        store.put(key, fetched);
        return fetched;
    }

    private Optional<Credential> freshIn(Credential stale) {
        Instant now = clock.instant();
        return store.get(key).filter(c -> c.isValidAt(now) && (stale == null
                || c.expiresAt().isAfter(stale.expiresAt()) || !sameValue(c.value(), stale.value())));
    }

    private void refreshAhead(Credential current, Instant now) {
        CompletableFuture<Credential> mine = new CompletableFuture<>();
        if (!inFlight.compareAndSet(null, mine)) {
            return; // a refresh is already running
        }
        if (now.isBefore(lastAhead.plus(AHEAD_RETRY))) {
            inFlight.compareAndSet(mine, null);
            mine.complete(current);
            return;
        }
        lastAhead = now;
        try {
            executor.execute(() -> runAhead(mine, current));
        } catch (RejectedExecutionException e) {
            inFlight.compareAndSet(mine, null);
            mine.complete(current);
            LOG.warn("refresh-ahead of {} not started: executor rejected it", key);
        }
    }

    private void runAhead(CompletableFuture<Credential> mine, Credential current) {
        try {
            Optional<Credential> fresh = freshIn(current);
            if (fresh.isPresent()) {
                mine.complete(fresh.get());
                return;
            }
            Optional<RefreshLock> lock = store.tryLock(key + ":lock", lockTtl);
            if (lock.isEmpty()) {
                mine.complete(current); // another JVM is refreshing it
                return;
            }
            try (RefreshLock held = lock.get()) {
                mine.complete(fetchUnderLock(current));
            }
        } catch (RuntimeException e) {
            LOG.warn("refresh-ahead of {} failed; the current one stays in use until {}: {}", key,
                    current.expiresAt(), e.getMessage());
            mine.completeExceptionally(e);
        } finally {
            inFlight.compareAndSet(mine, null);
        }
    }

    private Credential join(CompletableFuture<Credential> future, long deadline) {
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw timeout();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw WxApiException.unusable("interrupted while waiting for " + key, "credential " + key);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private WxApiException timeout() {
        return WxApiException.unusable("no fresh credential within waitTimeout=" + waitTimeout
                + " (another caller or JVM is fetching it)", "credential " + key);
    }

    private static boolean sameValue(String a, String b) {
        return ConstantTime.equals(a, b);
    }

    @Override
    public String toString() {
        return "CredentialCache[" + key + "]";
    }

    /** Options of a {@link CredentialCache}; every one but key and fetcher has a default. Not thread-safe. */
    public static final class Builder {
        private final String key;
        private final Fetcher fetcher;
        private TokenStore store;
        private Clock clock = Clock.systemUTC();
        private Duration refreshAhead = Duration.ofMinutes(3);
        private Duration waitTimeout = Duration.ofSeconds(30);
        private Duration lockTtl = Duration.ofSeconds(60);
        private Duration forcedRefreshInterval = Duration.ofSeconds(30);
        private Duration pollInterval = Duration.ofMillis(50);
        private Executor executor = ForkJoinPool.commonPool();

        private Builder(String key, Fetcher fetcher) {
            this.key = Objects.requireNonNull(key, "key");
            this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        }

        /** Where the credential and the refresh lock live (default: a new {@link CaffeineTokenStore}). */
        public Builder store(TokenStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /** The clock expiry is judged by (default: system UTC). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How long before expiry a background refresh starts (default 3 min; 0 disables). */
        public Builder refreshAhead(Duration margin) {
            this.refreshAhead = nonNegative(margin, "refreshAhead");
            return this;
        }

        /** The longest a caller waits for a fetch made by another caller or JVM (default 30 s). */
        public Builder waitTimeout(Duration timeout) {
            this.waitTimeout = positive(timeout, "waitTimeout");
            return this;
        }

        /** How long a fetching JVM's lock lasts if it dies (default 60 s; longer than a fetch). */
        public Builder lockTtl(Duration ttl) {
            this.lockTtl = positive(ttl, "lockTtl");
            return this;
        }

        /** The least time between two forced refreshes (default 30 s, stable_token's own limit). */
        public Builder forcedRefreshInterval(Duration interval) {
            this.forcedRefreshInterval = positive(interval, "forcedRefreshInterval");
            return this;
        }

        /** How often a JVM waiting for another JVM's fetch looks at the store (default 50 ms). */
        public Builder pollInterval(Duration interval) {
            this.pollInterval = positive(interval, "pollInterval");
            return this;
        }

        /** Where background refreshes run (default {@link ForkJoinPool#commonPool()}). */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /** Validates the options and builds the cache. */
        public CredentialCache build() {
            if (store == null) {
                store = CaffeineTokenStore.create(clock);
            }
            return new CredentialCache(this);
        }

        private static Duration positive(Duration d, String name) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
            return d;
        }

        private static Duration nonNegative(Duration d, String name) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative: " + d);
            }
            return d;
        }
    }
}
