package io.wxkit.benchmarks.load;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.wxkit.core.message.Click;
import io.wxkit.core.message.Reply;
import io.wxkit.core.message.Subscribe;
import io.wxkit.core.message.Text;
import io.wxkit.mp.WxMp;
import io.wxkit.mp.callback.CallbackHandler;
import io.wxkit.mp.callback.CallbackRequest;
import io.wxkit.mp.callback.CallbackResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small app to drive when the examples app is not at hand (and for the driver's tests): sdk-mp's real
 * {@link CallbackHandler} (safe mode, its dedup and routing, encrypted replies) behind the JDK's HTTP server
 * on 127.0.0.1, counting what it routed. The account's token and encodingAesKey are random per instance
 * unless given. {@code work} makes each request hold one of {@code threads} workers that long (the
 * simulated cost of a slow app, for tests of the knee search); zero for real measurements.
 */
final class LocalCallbackApp implements AutoCloseable {
    static final String APP_ID = "wxb11529c136998cb6";
    static final String ORIGINAL_ID = "gh_loadtest00001";
    static final String PATH = "/wx/callback";
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    final AtomicLong texts = new AtomicLong();
    final AtomicLong clicks = new AtomicLong();
    final AtomicLong subscribes = new AtomicLong();
    final AtomicLong answered = new AtomicLong();
    private final WxMp mp;
    private final HttpServer server;
    private final ExecutorService workers;

    final String token;
    final String encodingAesKey;

    LocalCallbackApp(int threads, Duration work) throws IOException {
        this(threads, work, random(32), random(43));
    }

    LocalCallbackApp(int threads, Duration work, String token, String encodingAesKey) throws IOException {
        this.token = token;
        this.encodingAesKey = encodingAesKey;
        // the secret is never used (no call goes to WeChat), but WxMp requires one: random, never printed
        mp = WxMp.builder().appId(APP_ID).secret(random(32)).token(token).encodingAesKey(encodingAesKey).build();
        CallbackHandler handler = mp.callback()
                .on(Text.class, m -> {
                    texts.incrementAndGet();
                    return Reply.text(m, "you said " + m.content());
                })
                .onEvent(Click.class, "NEWS", e -> {
                    clicks.incrementAndGet();
                    return Reply.text(e, "today's news");
                })
                .onEvent(Subscribe.class, e -> {
                    subscribes.incrementAndGet();
                    return Reply.text(e, "welcome");
                })
                .build();
        workers = Executors.newFixedThreadPool(threads);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        server.setExecutor(workers);
        server.createContext(PATH, exchange -> serve(exchange, handler, work));
        server.start();
    }

    /** The account as the driver must know it to sign and encrypt for this app. */
    CallbackOperation.Account account() {
        return new CallbackOperation.Account(APP_ID, ORIGINAL_ID, token, encodingAesKey, PATH);
    }

    private static String random(int length) {
        java.security.SecureRandom r = new java.security.SecureRandom();
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(ALNUM.charAt(r.nextInt(ALNUM.length())));
        }
        return b.toString();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange, CallbackHandler handler, Duration work) throws IOException {
        try (exchange) {
            if (!work.isZero()) {
                // the simulated cost of a slow app: holds this worker, as a slow database call would
                Thread.sleep(work.toMillis());
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            CallbackResponse r = handler.handle(CallbackRequest.of(exchange.getRequestMethod(),
                    query(exchange.getRequestURI().getRawQuery()), body));
            byte[] bytes = r.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", r.contentType());
            exchange.sendResponseHeaders(r.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
            if (r.status() == 200) {
                answered.incrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return q;
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        mp.close();
    }
}
