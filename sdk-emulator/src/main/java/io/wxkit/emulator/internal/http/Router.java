package io.wxkit.emulator.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emulator's dispatcher: matches method and path to a handler, lets the fault gate act first, and turns
 * errors into the answer WeChat (or the control API) gives. {@link EmulatorServer} carries HTTP to it.
 * Thread-safe; routes are added before start.
 */
public final class Router {
    private static final Logger LOG = LoggerFactory.getLogger(Router.class);

    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final Json json;
    private final SecureRandom random;
    private final Gate gate;
    private final RidLog rids = new RidLog();

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

    /** Answers one request without HTTP (used by the server and by in-process calls). */
    public Answer dispatch(Request request) {
        long started = System.nanoTime();
        try {
            Answer gated = gate.before(request);
            if (gated != null) {
                return gated;
            }
            return route(request);
        } catch (ApiError e) {
            return failed(request, started, e.errcode(), e.errmsg());
        } catch (ControlError e) {
            return controlError(e.status(), e.getMessage());
        } catch (MalformedBodyException e) {
            return isControl(request) ? controlError(400, e.getMessage())
                    : failed(request, started, 47001, "data format error");
        } catch (RuntimeException e) {
            LOG.warn("emulator handler failed on {} {}", request.method(), request.path(), e);
            return isControl(request) ? controlError(500, "internal error: " + e.getClass().getSimpleName())
                    : failed(request, started, -1, "system error");
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

    static boolean isControl(Request request) {
        return request.path().startsWith("/emulator");
    }

    /** WeChat's error body: errcode, and errmsg ending in {@code rid: ...} as the real API does. */
    public Answer apiError(int errcode, String errmsg) {
        return Answer.json(json.object().put("errcode", errcode).put("errmsg", errmsg + " rid: " + newRid()));
    }

    /** WeChat's error body for a failed call, kept under its rid for {@code openapi/rid/get}. */
    private Answer failed(Request request, long startedNanos, int errcode, String errmsg) {
        String rid = newRid();
        ObjectNode body = json.object().put("errcode", errcode).put("errmsg", errmsg + " rid: " + rid);
        String query = request.pathAndQuery().contains("?")
                ? request.pathAndQuery().substring(request.pathAndQuery().indexOf('?') + 1) : "";
        rids.record(rid, new RidLog.Entry(System.currentTimeMillis() / 1000,
                (System.nanoTime() - startedNanos) / 1_000_000, query, request.bodyString(), body.toString(),
                request.query("access_token")));
        return Answer.json(body);
    }

    private String newRid() {
        byte[] rid = new byte[6];
        random.nextBytes(rid);
        return HexFormat.of().formatHex(rid);
    }

    /** The failed calls' rids. */
    public RidLog rids() {
        return rids;
    }

    private Answer controlError(int status, String message) {
        return Answer.json(status, json.object().put("error", message));
    }

    /** The JSON codec requests are parsed with and answers serialised with. */
    Json codec() {
        return json;
    }

    /** The answer's body bytes: its JSON tree serialised, or its raw bytes. */
    byte[] bytes(Answer answer) {
        return answer.json() != null ? json.write(answer.json()) : answer.body();
    }
}
