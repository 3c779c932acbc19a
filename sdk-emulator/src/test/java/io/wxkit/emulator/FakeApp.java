package io.wxkit.emulator;

import com.sun.net.httpserver.HttpServer;
import io.wxkit.emulator.internal.http.Request;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** A stand-in for a developer's callback server: records each POST and answers with a configurable function. */
public final class FakeApp implements AutoCloseable {
    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private volatile Function<Received, Response> answer = r -> new Response(200, "success");

    public record Received(String path, Map<String, String> query, String body, Map<String, String> headers) {
    }

    public record Response(int status, String body) {
    }

    public FakeApp() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", ex -> {
            try (ex) {
                String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                ex.getRequestHeaders().forEach((k, v) -> headers.put(k, v.get(0)));
                Received r = new Received(ex.getRequestURI().getPath(),
                        Request.parseForm(ex.getRequestURI().getRawQuery()), body, headers);
                received.add(r);
                Response resp = answer.apply(r);
                byte[] out = resp.body().getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(resp.status(), out.length == 0 ? -1 : out.length);
                if (out.length > 0) {
                    try (OutputStream os = ex.getResponseBody()) {
                        os.write(out);
                    }
                }
            }
        });
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void answer(Function<Received, Response> fn) {
        this.answer = fn;
    }

    /** The next received request (waits up to 10 s). */
    public Received next() {
        try {
            Received r = received.poll(10, TimeUnit.SECONDS);
            if (r == null) {
                throw new AssertionError("the app received nothing within 10 s");
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
