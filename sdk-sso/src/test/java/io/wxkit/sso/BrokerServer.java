package io.wxkit.sso;

import com.sun.net.httpserver.HttpExchange;
import io.wxkit.sso.broker.BrokerHttp;
import io.wxkit.sso.broker.BrokerRequest;
import io.wxkit.sso.broker.BrokerResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The broker's framework-free {@link BrokerHttp} served under {@code /sso} on a real port — what the Spring
 * starter does, in twenty lines, so the end-to-end test runs real browser redirects and real
 * server-to-server calls.
 */
final class BrokerServer implements AutoCloseable {
    private final LocalHttp http = new LocalHttp();
    private final AtomicReference<BrokerHttp> broker = new AtomicReference<>();

    BrokerServer() {
        http.server.createContext("/sso/", this::serve);
    }

    /** The broker's public base URL (known before the broker is built, which needs it). */
    String publicBaseUrl() {
        return http.baseUrl() + "/sso";
    }

    void serve(BrokerHttp b) {
        broker.set(b);
    }

    private void serve(HttpExchange ex) throws IOException {
        Map<String, String> headers = new HashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k, v.get(0)));
        Map<String, String> cookies = new HashMap<>();
        for (String line : ex.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (String c : line.split(";\\s*")) {
                int eq = c.indexOf('=');
                if (eq > 0) {
                    cookies.put(c.substring(0, eq), c.substring(eq + 1));
                }
            }
        }
        String path = ex.getRequestURI().getRawPath().substring("/sso".length());
        BrokerRequest request = BrokerRequest.of(ex.getRequestMethod(), path,
                LocalHttp.parse(ex.getRequestURI().getRawQuery()), headers, cookies, LocalHttp.body(ex),
                ex.getRemoteAddress().getAddress().getHostAddress());
        BrokerResponse r = broker.get().handle(request);
        r.headers().forEach((k, v) -> v.forEach(value -> ex.getResponseHeaders().add(k, value)));
        LocalHttp.send(ex, r.status(), null, r.body() == null ? "" : r.body());
    }

    @Override
    public void close() {
        http.close();
    }
}
