package io.wxkit.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * What the examples app's steps share: the signed-in session ({@link WeChatSession}), the starter's module
 * JSON endpoints under {@code /wxkit/modules} (every change as {@code application/json} with the session's CSRF
 * token, as the page's script sends it), and telling a refusal the module's rules explain (a problem detail
 * with one of the expected codes) from an error.
 */
abstract class AppStep implements LoadOperation {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String MODULES = "/wxkit/modules/";
    final WeChatSession session;
    final Ledger ledger;

    AppStep(WeChatSession session, Ledger ledger) {
        this.session = session;
        this.ledger = ledger;
    }

    /**
     * A JSON POST (or PUT) to a module endpoint as the signed-in user. When it gets no answer (a timeout, a dropped
     * connection) the app may still have done it: the ledger counts it as {@code unknown: <operation>}, and the
     * post-run check allows for it.
     */
    CompletableFuture<HttpResponse<String>> call(Exchange x, URI base, VirtualUser user, String method, String path, Object body) {
        return session.csrf(x, base, user).thenCompose(csrf -> {
            ledger.user(user.openid());
            String json = body == null ? "{}" : write(body);
            return x.browse(user, WeChatSession.ROLE, HttpRequest.newBuilder(URI.create(base + MODULES + path))
                    .timeout(Exchange.TIMEOUT).header("Content-Type", "application/json").header("Accept", "application/json")
                    .header("X-CSRF-TOKEN", csrf).method(method, HttpRequest.BodyPublishers.ofString(json)))
                    .whenComplete((r, failure) -> {
                        if (failure != null) {
                            ledger.add("unknown: " + name());
                        }
                    });
        });
    }

    /** A GET of a module endpoint or a page as the signed-in user. */
    CompletableFuture<HttpResponse<String>> read(Exchange x, URI base, VirtualUser user, String pathAndQuery) {
        return session.csrf(x, base, user).thenCompose(csrf -> x.get(user, WeChatSession.ROLE, URI.create(base + pathAndQuery)));
    }

    /**
     * {@code null} when {@code r} is a refusal with one of {@code codes} (recorded in the ledger), else what is
     * wrong. A login page or 401 instead of an answer means the session was lost: it is forgotten, so the user
     * signs in again next time, and counted as an error.
     */
    String refusal(Exchange x, URI base, VirtualUser user, HttpResponse<String> r, Set<String> codes) {
        if (r.statusCode() == 401 || r.statusCode() == 403 && !r.body().contains("\"code\"") || !r.uri().getPath().startsWith("/wxkit/")) {
            WeChatSession.forget(user, WeChatSession.ROLE, base);
            return "session lost: HTTP " + r.statusCode() + " at " + r.uri().getPath();
        }
        String code = code(r);
        if (code != null && codes.contains(code)) {
            ledger.refused(name(), code);
            return null;
        }
        return "HTTP " + r.statusCode() + (code == null ? "" : " " + code);
    }

    static String code(HttpResponse<String> r) {
        try {
            JsonNode n = JSON.readTree(r.body());
            return n.hasNonNull("code") ? n.get("code").asText() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static JsonNode tree(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException("not JSON from " + r.uri().getPath() + ": " + clip(r.body()), e);
        }
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static String clip(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
