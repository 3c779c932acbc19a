package io.wxkit.emulator.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emulator's dispatcher: matches method and path to a handler, lets the fault gate act first, and turns
 * errors into the answer WeChat (or the control API) gives. Thread-safe; routes are added before start.
 */
public final class Router implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Router.class);
    private static final int MAX_BODY = 32 * 1024 * 1024;

    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final Json json;
    private final SecureRandom random;
    private final Gate gate;

    public Router(Json json, SecureRandom random, Gate gate) {
        this.json = json;
        this.random = random;
        this.gate = gate;
    }

    /** Adds a GET route. */
    public Router get(String pattern, Handler handler) {
        routes.add(Route.of("GET", pattern, handler));
        return this;
    }

    /** Adds a POST route. */
    public Router post(String pattern, Handler handler) {
        routes.add(Route.of("POST", pattern, handler));
        return this;
    }

    /** Adds a route for GET and POST (WeChat accepts both on several endpoints). */
    public Router any(String pattern, Handler handler) {
        return get(pattern, handler).post(pattern, handler);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = readBody(exchange.getRequestBody());
            String host = exchange.getRequestHeaders().getFirst("Host");
            java.security.cert.X509Certificate peer = peer(exchange);
            String base = (exchange instanceof HttpsExchange ? "https://" : "http://")
                    + (host == null ? "127.0.0.1:" + exchange.getLocalAddress().getPort() : host);
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI(),
                    exchange.getRequestHeaders(), body, Map.of(), json, base, peer);
            Answer answer = dispatch(request);
            if (answer.dropped()) {
                return; // closing the exchange before any header is sent drops the connection
            }
            write(exchange, answer);
        }
    }

    private static java.security.cert.X509Certificate peer(HttpExchange exchange) {
        if (exchange instanceof HttpsExchange https) {
            try {
                java.security.cert.Certificate[] chain = https.getSSLSession().getPeerCertificates();
                return chain.length > 0 && chain[0] instanceof java.security.cert.X509Certificate x ? x : null;
            } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
                return null;
            }
        }
        return null;
    }

    /** Answers one request without HTTP (used by the server and by in-process calls). */
    public Answer dispatch(Request request) {
        try {
            Answer gated = gate.before(request);
            if (gated != null) {
                return gated;
            }
            return route(request);
        } catch (ApiError e) {
            return apiError(e.errcode(), e.errmsg());
        } catch (ControlError e) {
            return controlError(e.status(), e.getMessage());
        } catch (MalformedBodyException e) {
            return isControl(request) ? controlError(400, e.getMessage()) : apiError(47001, "data format error");
        } catch (RuntimeException e) {
            LOG.warn("emulator handler failed on {} {}", request.method(), request.path(), e);
            return isControl(request) ? controlError(500, "internal error: " + e.getClass().getSimpleName())
                    : apiError(-1, "system error");
        }
    }

    private Answer route(Request request) {
        boolean pathKnown = false;
        for (Route r : routes) {
            Map<String, String> params = r.match(request.path());
            if (params == null) {
                continue;
            }
            pathKnown = true;
            if (r.method().equals(request.method())) {
                return r.handler().handle(request.withPathParams(params));
            }
        }
        if (pathKnown) {
            return isControl(request) ? controlError(405, "method not allowed") : Answer.text(405, "method not allowed");
        }
        return isControl(request) ? controlError(404, "no such endpoint: " + request.path())
                : Answer.text(404, "not found");
    }

    private static boolean isControl(Request request) {
        return request.path().startsWith("/emulator");
    }

    /** WeChat's error body: errcode, and errmsg ending in {@code rid: ...} as the real API does. */
    public Answer apiError(int errcode, String errmsg) {
        byte[] rid = new byte[6];
        random.nextBytes(rid);
        ObjectNode body = json.object().put("errcode", errcode)
                .put("errmsg", errmsg + " rid: " + HexFormat.of().formatHex(rid));
        return Answer.json(body);
    }

    private Answer controlError(int status, String message) {
        return Answer.json(status, json.object().put("error", message));
    }

    private void write(HttpExchange exchange, Answer answer) throws IOException {
        byte[] body = answer.json() != null ? json.write(answer.json()) : answer.body();
        if (answer.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        }
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        boolean noBody = body.length == 0;
        exchange.sendResponseHeaders(answer.status(), noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            throw new IOException("request body over " + MAX_BODY + " bytes");
        }
        return bytes;
    }
}
