package io.wxkit.compat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The merchant's notify_url: records each notification and answers 204 (accepted). */
final class NotifyServer implements AutoCloseable {
    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

    /** One notification: its headers (case-insensitive lookup) and body. */
    record Received(Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name);
        }
    }

    private NotifyServer(HttpServer server) {
        this.server = server;
        server.createContext("/notify", exchange -> {
            try (exchange) {
                Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                exchange.getRequestHeaders().forEach((k, v) -> h.put(k, v.get(0)));
                received.add(new Received(h,
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                exchange.sendResponseHeaders(204, -1);
            }
        });
        server.start();
    }

    static NotifyServer start() {
        try {
            return new NotifyServer(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/notify";
    }

    /** The next notification, waiting up to 20 s. */
    Received next() {
        try {
            Received r = received.poll(20, TimeUnit.SECONDS);
            if (r == null) {
                throw new AssertionError("no notification within 20 s");
            }
            return r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
