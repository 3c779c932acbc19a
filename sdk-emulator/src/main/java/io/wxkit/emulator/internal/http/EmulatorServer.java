package io.wxkit.emulator.internal.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP/1.1 server under the emulator's routes, on a loopback port: Jetty's core handler API (no servlets).
 *
 * <p>Jetty writes a response header name exactly as the route spelled it ({@code Wechatpay-Timestamp},
 * {@code Request-ID}); the JDK {@code HttpServer} re-cases every name, which clients that look headers up
 * case-sensitively (Tencent's {@code wechatpay-java}) reject. The port is bound on construction, so
 * {@link #port()} is known before {@link #start()}; a mutual-TLS server starts once its key exists.
 * Thread-safe.
 */
public final class EmulatorServer implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EmulatorServer.class);
    private static final int MAX_THREADS = 64;
    private static final int MIN_THREADS = 2;
    private static final int IDLE_MS = 30_000;

    private final Server server;
    private final ServerConnector connector;
    private final SslContextFactory.Server tls;
    private boolean closed;

    private EmulatorServer(Router router, int port, SslContextFactory.Server tls, String threadName) {
        QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS, IDLE_MS);
        threads.setName(threadName);
        threads.setDaemon(true); // a test that forgets close() must not keep its JVM alive
        this.server = new Server(threads);
        this.tls = tls;
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        config.setSendXPoweredBy(false);
        HttpConnectionFactory http = new HttpConnectionFactory(config);
        if (tls != null) {
            SecureRequestCustomizer secure = new SecureRequestCustomizer();
            secure.setSniHostCheck(false); // clients reach 127.0.0.1 by address, so no SNI name to match
            config.addCustomizer(secure);
            this.connector = new ServerConnector(server, 1, 1,
                    new SslConnectionFactory(tls, http.getProtocol()), http);
        } else {
            this.connector = new ServerConnector(server, 1, 1, http);
        }
        connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new JettyAdapter(router));
        try {
            connector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the emulator to port " + port, e);
        }
    }

    /**
     * Binds a plain HTTP server on {@code port} (0 picks a free one) without starting it.
     *
     * @throws UncheckedIOException when the port cannot be bound
     */
    public static EmulatorServer plain(Router router, int port, String threadName) {
        return new EmulatorServer(router, port, null, threadName);
    }

    /**
     * Binds a mutual-TLS server on a free port; {@link #start(SSLContext)} gives it its key and trust. Every
     * connection must present a client certificate the context's trust manager accepts.
     *
     * @throws UncheckedIOException when no port can be bound
     */
    public static EmulatorServer mutualTls(Router router, String threadName) {
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setNeedClientAuth(true);
        return new EmulatorServer(router, 0, tls, threadName);
    }

    /** The bound port. */
    public int port() {
        return connector.getLocalPort();
    }

    /**
     * Starts serving plain HTTP.
     *
     * @throws IllegalStateException when this is the mutual-TLS server or Jetty cannot start
     */
    public void start() {
        if (tls != null) {
            throw new IllegalStateException("a mutual-TLS server starts with its SSLContext");
        }
        startServer();
    }

    /**
     * Starts serving TLS with {@code context}'s key and client-certificate trust; does nothing after
     * {@link #close()} (the emulator closed before its key was ready).
     *
     * @throws IllegalStateException when this is the plain server or Jetty cannot start
     */
    public synchronized void start(SSLContext context) {
        if (tls == null) {
            throw new IllegalStateException("the plain server has no TLS");
        }
        if (closed) {
            return;
        }
        tls.setSslContext(context);
        startServer();
    }

    private synchronized void startServer() {
        try {
            server.start();
        } catch (Exception e) { // Jetty's lifecycle declares Exception
            throw new IllegalStateException("cannot start the emulator's HTTP server", e);
        }
    }

    /** Stops serving and releases the port (also when it never started). Idempotent. */
    @Override
    public synchronized void close() {
        closed = true;
        try {
            server.stop();
        } catch (Exception e) { // Jetty's lifecycle declares Exception; closing must still release the port
            LOG.warn("the emulator's HTTP server did not stop cleanly", e);
        } finally {
            connector.close();
        }
    }
}
