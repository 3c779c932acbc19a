package io.wxkit.core.internal.token;

import io.wxkit.core.token.TokenStore;
import io.wxkit.core.token.AccessTokenManager;
import io.wxkit.core.token.Credential;
import io.wxkit.core.token.RefreshLock;
import io.wxkit.core.token.CaffeineTokenStore;
import io.wxkit.core.internal.crypto.ConstantTime;
import io.wxkit.core.http.WxApiException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A cache of one short-lived WeChat credential (an {@code access_token}, a {@code jsapi_ticket})
 * in a {@link TokenStore}, refreshed single-flight and ahead of expiry.
 *
 * <pre>{@code
 * CredentialCache tickets = CredentialCache.builder(appId + ":jsapi_ticket", force -> fetchTicket()).build();
 * String ticket = tickets.get();
 * }</pre>
 *
 * <p>Guarantees:
 * <ul>
 *   <li><b>Cheap when fresh.</b> The credential last served is kept in one volatile field with its
 *       refresh instant in epoch milliseconds; while it is fresh, {@link #get()} is that read and one
 *       {@code long} comparison against {@link Clock#millis()}: no store lookup, no allocation.</li>
 *   <li><b>Single flight.</b> However many threads find the credential missing, expired or
 *       rejected, one of them calls the fetcher; the others wait for that call and receive the same
 *       credential or the same exception. With a distributed store the fetch is also single across
 *       JVMs: the fetching JVM holds {@link TokenStore#tryLock}, the others poll the store every
 *       {@code pollInterval} until a fresh credential appears. Every wait is bounded by
 *       {@code waitTimeout}.</li>
 *   <li><b>Refresh ahead.</b> Within {@code refreshAhead} of expiry the first caller starts one
 *       refresh on the {@code executor} and, like every other caller, gets the still-valid credential
 *       at once. A failed background refresh is logged at WARN and tried again (at most every 10 s)
 *       while the old credential lasts; after that, callers block and see the failure.</li>
 *   <li><b>No invalidation storm.</b> {@link #invalidate} compares values: a JVM whose credential
 *       was already replaced (by another JVM) just uses the new one. A rejected credential is
 *       replaced by one fetch across everyone sharing the store, a non-forced one first; it is
 *       forced only if WeChat hands back the very value it rejected, and then within WeChat's
 *       limits (30 s spacing, 20 a day, shared through the store).</li>
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
         * @param forceRefresh whether WeChat must issue a new credential even though its current one
         *     is still valid on its side (stable_token's {@code force_refresh}); asked for only after
         *     a non-forced fetch returned the value WeChat had rejected, and already rate-limited
         * @throws RuntimeException (usually {@link WxApiException}) if none can be fetched
         */
        Credential fetch(boolean forceRefresh);
    }

    /** The credential last served here; {@code refreshAtMillis} is its expiry less the refresh margin. */
    private record Served(String value, long refreshAtMillis) {}

    private final String key;
    private final Fetcher fetcher;
    private final TokenStore store;
    private final Clock clock;
    private final Duration refreshAhead;
    private final Duration waitTimeout;
    private final Duration lockTtl;
    private final Duration pollInterval;
    private final Executor executor;
    private final ForcedRefreshBudget forced;
    private final AtomicReference<CompletableFuture<Credential>> inFlight = new AtomicReference<>();
    private final AtomicReference<Served> served = new AtomicReference<>();
    private volatile String rejected;
    private volatile Instant lastAhead = Instant.MIN;

    private CredentialCache(Builder b) {
        this.key = b.key;
        this.fetcher = b.fetcher;
        this.store = b.store;
        this.clock = b.clock;
        this.refreshAhead = b.refreshAhead;
        this.waitTimeout = b.waitTimeout;
        this.lockTtl = b.lockTtl;
        this.pollInterval = b.pollInterval;
        this.executor = b.executor;
        this.forced = new ForcedRefreshBudget(b.store, b.key, b.forcedRefreshInterval, b.forcedRefreshesPerDay);
    }

    /**
     * A builder for the credential stored under {@code key} (the appId and the kind, e.g.
     * {@code wx123:jsapi_ticket}; the store adds its own prefix), fetched by {@code fetcher}.
     */
    public static Builder builder(String key, Fetcher fetcher) {
        return new Builder(key, fetcher);
    }

    /**
     * The current credential's value, fetching one if it is missing, expired or rejected.
     *
     * <p>Returns at once while the credential is valid (starting a background refresh when it is
     * within the refresh-ahead margin). Otherwise blocks until the single fetch in progress here
     * or in another JVM sharing the store completes, for at most {@code waitTimeout} when another
     * caller fetches; the caller that fetches is bounded by the fetcher's own timeouts.
     *
     * @throws WxApiException the fetch failure (the same instance for every waiting caller), or a
     *     transport-failure exception when the wait timed out or was interrupted
     * @throws RuntimeException whatever else the fetcher threw
     */
    public String get() {
        Served s = served.get();
        if (s != null && clock.millis() < s.refreshAtMillis) {
            return s.value; // the hot path: one volatile read, one long comparison
        }
        return lookUp();
    }

    private String lookUp() {
        Instant now = clock.instant();
        Credential current = store.get(key).orElse(null);
        if (current != null && usable(current, now)) {
            serve(current);
            if (!now.plus(refreshAhead).isBefore(current.expiresAt())) {
                refreshAhead(current, now);
            }
            return current.value();
        }
        return serve(awaitFresh(current)).value();
    }

    /**
     * Reports that WeChat rejected {@code staleValue}. If it is the value served here or stored, it
     * is never served again: it is deleted from the store if still there (a newer credential is left
     * alone) and the next {@link #get()} obtains another, from the store if another JVM already
     * replaced it, otherwise by one fetch. A value that was already replaced is ignored. Never
     * blocks on WeChat.
     */
    public void invalidate(String staleValue) {
        Objects.requireNonNull(staleValue, "staleValue");
        Served s = served.get();
        if (s != null && sameValue(s.value, staleValue)) {
            rejected = staleValue; // before un-serving it: serve() checks it after serving
            served.compareAndSet(s, null);
            store.invalidate(key, staleValue);
            return;
        }
        Credential current = store.get(key).orElse(null);
        if (current != null && sameValue(current.value(), staleValue)) {
            rejected = staleValue;
            store.invalidate(key, staleValue);
        }
    }

    /** Makes {@code credential} the one the hot path serves, unless it was rejected meanwhile. */
    private Credential serve(Credential credential) {
        Served s = new Served(credential.value(), credential.expiresAt().minus(refreshAhead).toEpochMilli());
        served.set(s);
        String bad = rejected; // read after the write: a concurrent invalidate() is seen by one of us
        if (bad != null && sameValue(credential.value(), bad)) {
            served.compareAndSet(s, null);
        }
        return credential;
    }

    private boolean usable(Credential c, Instant now) {
        String bad = rejected;
        return c.isValidAt(now) && (bad == null || !sameValue(c.value(), bad));
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
            if (usable(result, clock.instant())) {
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
            Optional<RefreshLock> lock = store.tryLock(key, lockTtl);
            if (lock.isPresent()) {
                RefreshLock held = lock.get();
                try (held) { // held only to be released: the body never needs the lock itself
                    return fetchUnderLock(stale);
                }
            }
            if (System.nanoTime() - deadline > 0) {
                throw timeout();
            }
            LockSupport.parkNanos(pollInterval.toNanos()); // another JVM is fetching: poll the store
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw Waits.interrupted(key);
            }
        }
    }

    private Credential fetchUnderLock(Credential stale) {
        Optional<Credential> fresh = freshIn(stale); // someone may have finished just before we locked
        if (fresh.isPresent()) {
            return fresh.get();
        }
        Credential fetched = fetch(false);
        String bad = rejected;
        if (bad != null && sameValue(fetched.value(), bad)) {
            // WeChat still hands out the value it rejected: only a forced refresh replaces it
            if (!forced.tryTake(clock.instant())) {
                throw WxApiException.unusable("WeChat handed back the rejected credential and a forced refresh is"
                        + " not allowed now (" + forced.limits() + ")", "credential " + key);
            }
            fetched = fetch(true);
            if (sameValue(fetched.value(), bad)) {
                throw WxApiException.unusable("a forced refresh returned the rejected credential again",
                        "credential " + key);
            }
        }
        store.put(key, fetched);
        return fetched;
    }

    private Credential fetch(boolean force) {
        return Objects.requireNonNull(fetcher.fetch(force), "fetcher returned null");
    }

    private Optional<Credential> freshIn(Credential stale) {
        Instant now = clock.instant();
        return store.get(key).filter(c -> usable(c, now) && (stale == null
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
                mine.complete(serve(fresh.get()));
                return;
            }
            Optional<RefreshLock> lock = store.tryLock(key, lockTtl);
            if (lock.isEmpty()) {
                mine.complete(current); // another JVM is refreshing it
                return;
            }
            RefreshLock held = lock.get();
            try (held) { // held only to be released: the body never needs the lock itself
                mine.complete(serve(fetchUnderLock(current)));
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
        return Waits.join(future, deadline, this::timeout, key);
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
        private int forcedRefreshesPerDay = 20;
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

        /**
         * How long a fetching JVM's lock lasts if it dies (default 60 s). It must exceed the longest
         * a fetch under the lock can take (up to two fetcher calls, each with its retries), or a second
         * JVM fetches while the first still waits; {@code AccessTokenManager} derives it from its
         * {@code ApiClient}'s timeouts.
         */
        public Builder lockTtl(Duration ttl) {
            this.lockTtl = positive(ttl, "lockTtl");
            return this;
        }

        /** The least time between two forced refreshes (default 30 s, stable_token's own limit). */
        public Builder forcedRefreshInterval(Duration interval) {
            this.forcedRefreshInterval = positive(interval, "forcedRefreshInterval");
            return this;
        }

        /**
         * How many forced refreshes all users of the store may make per day, China Standard Time
         * (default 20, stable_token's own limit; 0 never forces).
         */
        public Builder forcedRefreshesPerDay(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("forcedRefreshesPerDay must not be negative: " + count);
            }
            this.forcedRefreshesPerDay = count;
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
