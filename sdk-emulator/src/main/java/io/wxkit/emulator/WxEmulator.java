package io.wxkit.emulator;

import io.wxkit.emulator.internal.http.EmulatorServer;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An offline WeChat: serves the Official Account and WeChat Pay endpoints the SDK calls, plus the control API
 * that drives fake users, on one local HTTP port.
 *
 * <pre>{@code
 * try (WxEmulator wx = WxEmulator.start()) {
 *     String baseUrl = wx.baseUrl(); // WxMp.builder().baseUrl(baseUrl) / WxPay.builder().baseUrl(wx.payBaseUrl())
 * }
 * }</pre>
 *
 * <p>Thread-safe. It binds to 127.0.0.1 only; its state lives in memory until {@link #close()} or
 * {@code POST /emulator/reset}.
 */
public final class WxEmulator implements AutoCloseable {
    private static final List<Duration> WECHAT_PAY_RETRIES = io.wxkit.emulator.internal.pay.PayModule.WECHAT_PAY_RETRIES;
    private final EmulatorServer server;
    private final ExecutorService executor;
    private final ScheduledExecutorService scheduler;
    private final Wiring wiring;
    private final EmulatorControl control;

    private WxEmulator(Builder options) {
        this.executor = Executors.newCachedThreadPool(new DaemonThreads("wx-emulator-"));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(new DaemonThreads("wx-emulator-retry-"));
        this.wiring = new Wiring(options, executor, scheduler);
        try {
            this.server = serve(wiring, options.port);
        } catch (RuntimeException e) {
            wiring.pay.close(); // its TLS port is already bound
            scheduler.shutdownNow();
            executor.shutdownNow();
            throw e;
        }
        this.control = new EmulatorControl(wiring);
    }

    private static EmulatorServer serve(Wiring wiring, int port) {
        EmulatorServer http = EmulatorServer.plain(wiring.router, port, "wx-emulator-http");
        try {
            http.start();
            return http;
        } catch (RuntimeException e) {
            http.close();
            throw e;
        }
    }

    /**
     * Starts an emulator on a free port.
     *
     * @return the running emulator; close it when done
     * @throws UncheckedIOException when no port can be bound
     */
    public static WxEmulator start() {
        return builder().start();
    }

    /**
     * Starts an emulator on {@code port} (0 picks a free one).
     *
     * @param port the port on 127.0.0.1, 0 to 65535
     * @return the running emulator; close it when done
     * @throws UncheckedIOException when the port is taken
     * @throws IllegalArgumentException if {@code port} is out of range
     */
    public static WxEmulator start(int port) {
        return builder().port(port).start();
    }

    /**
     * Options for a test that needs a fixed clock, random source or port.
     *
     * @return a builder: free port, system clock, a new {@link SecureRandom}, 5 s callback timeout, WeChat Pay's
     *     retry schedule
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The base URL for Official Account calls, e.g. {@code http://127.0.0.1:9900}.
     *
     * @return {@code http://127.0.0.1:<port>}, without a trailing slash
     */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /**
     * The base URL for WeChat Pay calls (the same server; kept separate so callers never assume that).
     *
     * @return {@code http://127.0.0.1:<port>}, today the same as {@link #baseUrl()}
     */
    public String payBaseUrl() {
        return baseUrl();
    }

    /**
     * The base URL of the mutual-TLS port for WeChat Pay v2 red packets ({@code https://127.0.0.1:<port>}); the
     * client must present a registered merchant's API certificate and trust
     * {@code control().platform().tlsCertificatePem()}.
     *
     * @return {@code https://127.0.0.1:<tls port>}
     */
    public String payTlsBaseUrl() {
        return "https://127.0.0.1:" + wiring.pay.tlsPort();
    }

    /**
     * The bound port.
     *
     * @return the port on 127.0.0.1
     */
    public int port() {
        return server.port();
    }

    /**
     * The Java twin of the control API (accounts, fake users, inbox, faults, reset).
     *
     * @return the control, shared by all callers
     */
    public EmulatorControl control() {
        return control;
    }

    /** Stops the server and its threads. Idempotent. */
    @Override
    public void close() {
        server.close();
        wiring.pay.close();
        scheduler.shutdownNow();
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "WxEmulator[" + baseUrl() + "]";
    }

    /** Options of an emulator. Not thread-safe; use once. */
    public static final class Builder {
        int port;
        Clock clock = Clock.systemUTC();
        SecureRandom random = new SecureRandom();
        Duration callbackTimeout = Duration.ofSeconds(5);
        List<Duration> notifyRetries = WECHAT_PAY_RETRIES;

        private Builder() {
        }

        /**
         * The port to bind (0, the default, picks a free one).
         *
         * @param port 0 to 65535
         * @return this builder
         * @throws IllegalArgumentException if {@code port} is out of range
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The clock behind token expiry, timestamps and notification times.
         *
         * @param clock the clock; a fixed or movable one makes expiry testable
         * @return this builder
         * @throws NullPointerException if {@code clock} is null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The random source behind tokens, openids, nonces and keys.
         *
         * @param random the random source; a seeded one makes ids reproducible
         * @return this builder
         * @throws NullPointerException if {@code random} is null
         */
        public Builder random(SecureRandom random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * How long a callback URL may take to answer (WeChat: 5 s); shorter makes timeout tests quick.
         *
         * @param timeout positive
         * @return this builder
         * @throws IllegalArgumentException if {@code timeout} is zero or negative
         * @throws NullPointerException if {@code timeout} is null
         */
        public Builder callbackTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("callbackTimeout must be positive");
            }
            this.callbackTimeout = timeout;
            return this;
        }

        /**
         * The delays between WeChat Pay notification retries after a failed delivery (default WeChat's schedule:
         * 15 s, 15 s, 30 s, 3 min, 10 min, 20 min, 30 min, 30 min, 30 min, 60 min, 3 h, 3 h, 3 h, 6 h, 6 h);
         * tests pass a short one such as {@code List.of(Duration.ofMillis(50))}.
         *
         * @param delays the delays, copied; empty for no retry
         * @return this builder
         * @throws NullPointerException if {@code delays} or one of them is null
         */
        public Builder notifyRetries(List<Duration> delays) {
            this.notifyRetries = List.copyOf(delays);
            return this;
        }

        /**
         * Starts the emulator.
         *
         * @return the running emulator; close it when done
         * @throws UncheckedIOException when the port cannot be bound
         */
        public WxEmulator start() {
            return new WxEmulator(this);
        }
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();
        private final String prefix;

        DaemonThreads(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, prefix + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
