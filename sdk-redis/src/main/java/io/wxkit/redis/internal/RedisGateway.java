package io.wxkit.redis.internal;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisScriptingCommands;
import io.lettuce.core.api.sync.RedisStringCommands;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The few Redis commands wxkit's stores need, over one lazily opened Lettuce connection to a
 * standalone server, a Sentinel-managed master or a Cluster.
 *
 * <p>Standalone/Sentinel ({@code RedisCommands}) and Cluster ({@code RedisAdvancedClusterCommands})
 * connections share Lettuce's {@link RedisStringCommands} and {@link RedisScriptingCommands}
 * interfaces; every command here is single-key, so Cluster routes it to the key's slot.
 *
 * <p>The connection is opened on first use, not at construction, so an application starts while
 * Redis is down. Every command waits at most {@code commandTimeout}. After Redis failed to answer
 * (connection refused or lost, command timed out; not an error reply), it is left alone for
 * {@code pauseAfterFailure} (measured on the injected clock): meanwhile every call fails at once
 * with the last failure as cause, instead of each one waiting for the timeout again. Once
 * connected, Lettuce reconnects by itself.
 *
 * <p>Failures surface as Lettuce's unchecked {@link RedisException} (connection refused, command
 * timeout, server error); callers decide what a failure means for them. Thread-safe.
 */
public final class RedisGateway implements AutoCloseable {
    private record Session(
            StatefulConnection<String, String> connection,
            RedisStringCommands<String, String> strings,
            RedisScriptingCommands<String, String> scripting) {}

    /** This thread gave up waiting for another thread's connection attempt (which may well succeed). */
    private static final class StillConnecting extends RedisConnectionException {
        private static final long serialVersionUID = 1L;

        StillConnecting() {
            super("another thread is still connecting to Redis");
        }
    }

    private final Supplier<Session> connector;
    private final Runnable shutdown;
    private final Duration commandTimeout;
    private final Duration pauseAfterFailure;
    private final Clock clock;
    private final ReentrantLock connecting = new ReentrantLock();
    private volatile Session session;
    private volatile long pausedUntilMillis = Long.MIN_VALUE;
    private volatile RedisException lastFailure;
    private volatile boolean closed;

    private RedisGateway(Supplier<Session> connector, Runnable shutdown, Duration commandTimeout,
            Duration pauseAfterFailure, Clock clock) {
        this.connector = connector;
        this.shutdown = shutdown;
        this.commandTimeout = commandTimeout;
        this.pauseAfterFailure = pauseAfterFailure;
        this.clock = clock;
    }

    /**
     * A gateway opening its connection from {@code client} (standalone or Sentinel); the client stays the caller's.
     *
     * @param client the client to connect with; never shut down by the gateway
     * @param commandTimeout the longest a command may wait before the gateway counts Redis as unavailable
     * @param pauseAfterFailure how long calls fail fast after a failure before Redis is tried again
     * @param clock the clock of that pause
     * @return the gateway; it connects on first use
     */
    public static RedisGateway of(RedisClient client, Duration commandTimeout, Duration pauseAfterFailure, Clock clock) {
        Objects.requireNonNull(client, "client");
        Supplier<Session> connector = () -> {
            StatefulRedisConnection<String, String> c = client.connect();
            return new Session(c, c.sync(), c.sync());
        };
        return new RedisGateway(connector, () -> { }, commandTimeout, pauseAfterFailure, clock);
    }

    /**
     * A gateway opening its connection from a Cluster {@code client}; the client stays the caller's.
     *
     * @param client the cluster client to connect with; never shut down by the gateway
     * @param commandTimeout the longest a command may wait before the gateway counts Redis as unavailable
     * @param pauseAfterFailure how long calls fail fast after a failure before Redis is tried again
     * @param clock the clock of that pause
     * @return the gateway; it connects on first use
     */
    public static RedisGateway of(RedisClusterClient client, Duration commandTimeout, Duration pauseAfterFailure,
            Clock clock) {
        Objects.requireNonNull(client, "client");
        Supplier<Session> connector = () -> {
            StatefulRedisClusterConnection<String, String> c = client.connect();
            return new Session(c, c.sync(), c.sync());
        };
        return new RedisGateway(connector, () -> { }, commandTimeout, pauseAfterFailure, clock);
    }

    /**
     * A gateway owning a client it builds for {@code uri} (standalone or Sentinel): commands are
     * rejected at once while disconnected, and connecting waits at most {@code commandTimeout}.
     *
     * @param uri where Redis is; the gateway owns the client it builds and shuts it down on close
     * @param commandTimeout the longest a command may wait before the gateway counts Redis as unavailable
     * @param pauseAfterFailure how long calls fail fast after a failure before Redis is tried again
     * @param clock the clock of that pause
     * @return the gateway; it connects on first use
     */
    public static RedisGateway of(RedisURI uri, Duration commandTimeout, Duration pauseAfterFailure, Clock clock) {
        Objects.requireNonNull(uri, "uri");
        RedisClient client = RedisClient.create(uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(commandTimeout).build())
                .build());
        Supplier<Session> connector = () -> {
            StatefulRedisConnection<String, String> c = client.connect();
            return new Session(c, c.sync(), c.sync());
        };
        return new RedisGateway(connector, client::shutdown, commandTimeout, pauseAfterFailure, clock);
    }

    /**
     * {@code GET key}; {@code null} if absent.
     *
     * @param key the full key
     * @return the value, or {@code null}
     */
    public String get(String key) {
        return run(s -> s.strings().get(key));
    }

    /**
     * {@code SET key value PX ttl}.
     *
     * @param key the full key
     * @param value the value
     * @param ttl how long the key lives
     */
    public void set(String key, String value, Duration ttl) {
        run(s -> s.strings().set(key, value, SetArgs.Builder.px(ttl.toMillis())));
    }

    /**
     * {@code SET key value NX PX ttl}: whether this call created the key.
     *
     * @param key the full key
     * @param value the value
     * @param ttl how long the key lives
     * @return {@code true} if the key was created, {@code false} if it existed
     */
    public boolean setIfAbsent(String key, String value, Duration ttl) {
        return run(s -> "OK".equals(s.strings().set(key, value, SetArgs.Builder.nx().px(ttl.toMillis()))));
    }

    /**
     * Runs {@code script} over the one key {@code key} ({@code EVALSHA}, then {@code EVAL} on {@code NOSCRIPT}).
     *
     * @param <T> the result type that {@code type} yields
     * @param script the script
     * @param type how Redis's answer is decoded
     * @param key the one key the script touches (one slot on a cluster)
     * @param args the script's ARGV
     * @return the script's answer
     */
    public <T> T eval(LuaScript script, ScriptOutputType type, String key, String... args) {
        String[] keys = {key};
        return run(s -> {
            try {
                return s.scripting().<T>evalsha(script.sha1(), type, keys, args);
            } catch (RedisNoScriptException e) {
                return s.scripting().<T>eval(script.source(), type, keys, args);
            }
        });
    }

    private <T> T run(Function<Session, T> command) {
        if (clock.millis() < pausedUntilMillis) {
            throw new RedisConnectionException("Redis failed to answer moments ago; not asked again for "
                    + pauseAfterFailure.toMillis() + " ms", lastFailure);
        }
        try {
            return command.apply(session());
        } catch (RedisCommandExecutionException | StillConnecting e) {
            throw e; // Redis answered (with an error), or is being connected to: no reason to pause
        } catch (RedisException e) {
            lastFailure = e;
            pausedUntilMillis = clock.millis() + pauseAfterFailure.toMillis();
            throw e;
        }
    }

    /** Closes the connection, and the client too if this gateway built it. Idempotent. */
    @Override
    public void close() {
        closed = true;
        connecting.lock();
        try {
            Session s = session;
            session = null;
            if (s != null) {
                s.connection().close();
            }
        } finally {
            connecting.unlock();
        }
        shutdown.run();
    }

    private Session session() {
        Session s = session;
        return s != null ? s : connect();
    }

    private Session connect() {
        try {
            if (!connecting.tryLock(commandTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new StillConnecting();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RedisConnectionException("interrupted while waiting for the Redis connection", e);
        }
        try {
            return connectLocked();
        } finally {
            connecting.unlock();
        }
    }

    private Session connectLocked() {
        if (closed) {
            throw new RedisConnectionException("this wxkit Redis store is closed");
        }
        if (session == null) {
            Session s = connector.get();
            s.connection().setTimeout(commandTimeout);
            session = s;
        }
        return session;
    }
}
