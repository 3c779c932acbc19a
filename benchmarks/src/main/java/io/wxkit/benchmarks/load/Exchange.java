package io.wxkit.benchmarks.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

/**
 * What an operation sends its requests through: the run's HTTP client (one request in flight per user, answers
 * handled on the run's callback pool) and a browser's habits on top of it — the user's cookies per origin and
 * role, redirects followed by hand (the JDK client would drop the cookies), the emulator's authorize page
 * answered as a phone does. Also records steps that are measured apart from the operation (the WeChat login).
 */
public final class Exchange {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_REDIRECTS = 10;
    private final HttpClient client;
    private final Executor callbacks;
    private final Recorder recorder;

    /** Where steps measured on their own (the login) go. */
    @FunctionalInterface
    public interface Recorder {
        void record(String step, long nanos, String error);
    }

    Exchange(HttpClient client, Executor callbacks, Recorder recorder) {
        this.client = client;
        this.callbacks = callbacks;
        this.recorder = recorder;
    }

    /** Sends as is: no cookies, no redirects. */
    public CompletableFuture<HttpResponse<String>> send(HttpRequest request) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApplyAsync(r -> r, callbacks);
    }

    /** A JSON request to the WeChat side (the emulator's control API): no cookies. */
    public CompletableFuture<HttpResponse<String>> json(String method, URI uri, String body) {
        return send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /**
     * A request as the user's browser sends it in {@code role}: their cookies for the origin, {@code Set-Cookie}
     * kept, 3xx followed with GET (also across origins: the app, the emulator's authorize page, back). On the
     * emulator's authorize page the user is picked with {@code emulator_openid}, which is what the phone does
     * inside WeChat (snsapi_base is silent there).
     */
    public CompletableFuture<HttpResponse<String>> browse(VirtualUser user, String role, HttpRequest.Builder request) {
        return hop(user, role, request, 0, u -> false).thenApply(Hop::response);
    }

    /**
     * Like {@link #browse}, but stops before following a redirect to a URI {@code stop} accepts and answers that
     * URI (to read what travels in it, e.g. an SSO ticket); fails when the redirects end elsewhere.
     */
    public CompletableFuture<URI> browseUntil(VirtualUser user, String role, URI start, Predicate<URI> stop) {
        return hop(user, role, HttpRequest.newBuilder(start).timeout(TIMEOUT).GET(), 0, stop).thenApply(h -> {
            if (h.stoppedAt() == null) {
                throw new IllegalStateException("the redirects from " + start.getPath() + " ended at " + h.response().uri().getPath()
                        + " (HTTP " + h.response().statusCode() + ")");
            }
            return h.stoppedAt();
        });
    }

    private record Hop(HttpResponse<String> response, URI stoppedAt) {
    }

    /** A browser GET of {@code uri}. */
    public CompletableFuture<HttpResponse<String>> get(VirtualUser user, String role, URI uri) {
        return browse(user, role, HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET());
    }

    private CompletableFuture<Hop> hop(VirtualUser user, String role, HttpRequest.Builder builder, int hops, Predicate<URI> stop) {
        HttpRequest request = builder.build();
        String cookie = user.cookies().header(role, request.uri());
        HttpRequest.Builder withCookies = builder.copy();
        if (cookie != null) {
            withCookies.setHeader("Cookie", cookie);
        }
        return send(withCookies.build()).thenComposeAsync(response -> {
            user.cookies().store(role, response);
            int status = response.statusCode();
            String location = response.headers().firstValue("location").orElse(null);
            if (status < 300 || status > 399 || location == null) {
                return CompletableFuture.completedFuture(new Hop(response, null));
            }
            if (hops >= MAX_REDIRECTS) {
                throw new IllegalStateException("more than " + MAX_REDIRECTS + " redirects from " + request.uri());
            }
            URI next = request.uri().resolve(stripFragment(location));
            if (next.getPath() != null && next.getPath().endsWith("/connect/oauth2/authorize") && user.openid() != null) {
                next = URI.create(next + "&emulator_openid=" + user.openid());
            }
            if (stop.test(next)) {
                return CompletableFuture.completedFuture(new Hop(response, next));
            }
            return hop(user, role, HttpRequest.newBuilder(next).timeout(TIMEOUT).GET(), hops + 1, stop);
        }, callbacks);
    }

    private static String stripFragment(String location) {
        int hash = location.indexOf('#');
        return hash < 0 ? location : location.substring(0, hash);
    }

    /**
     * A one-time setup step (a sign-in) that ran inside {@code user}'s operation: measured in its own row, and
     * taken out of the operation's latency, so the first call of each user is not counted with its login.
     */
    void setup(VirtualUser user, String step, long nanos, String error) {
        record(step, nanos, error);
        user.addSetup(nanos);
    }

    /** A step measured in its own row only. */
    void record(String step, long nanos, String error) {
        recorder.record(step, nanos, error);
    }
}
