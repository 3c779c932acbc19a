package io.wxkit.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.wxkit.mp.callback.CallbackHandler;
import io.wxkit.mp.callback.CallbackRequest;
import io.wxkit.mp.callback.CallbackResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The app's callback URL (服务器地址) served by the JDK's HTTP server: the smallest host for a
 * framework-free {@link CallbackHandler}. Real apps use the servlet adapter or the Spring starter.
 */
final class CallbackServer implements AutoCloseable {
    /** WeChat's pushes are a few KB; anything much larger is not WeChat. */
    private static final int MAX_BODY_BYTES = 256 * 1024;

    private final HttpServer server;

    private CallbackServer(HttpServer server) {
        this.server = server;
    }

    static CallbackServer start(CallbackHandler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/wx/callback", exchange -> serve(handler, exchange));
        server.start();
        return new CallbackServer(server);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/wx/callback";
    }

    private static void serve(CallbackHandler handler, HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = readBody(exchange.getRequestBody());
            if (body == null) {
                exchange.sendResponseHeaders(413, -1);
                return;
            }
            CallbackResponse response = handler.handle(CallbackRequest.of(exchange.getRequestMethod(),
                    query(exchange.getRequestURI().getRawQuery()), new String(body, StandardCharsets.UTF_8)));
            byte[] out = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
            exchange.sendResponseHeaders(response.status(), out.length == 0 ? -1 : out.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(out);
            }
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            query.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return query;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
