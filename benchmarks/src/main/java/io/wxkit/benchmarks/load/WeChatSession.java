package io.wxkit.benchmarks.load;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The login step of the examples mix: a user signs in to an app instance once, the way a phone does, and then
 * loops. The first page that needs the user sends the browser to the service account's web authorization (the
 * emulator's {@code /connect/oauth2/authorize}, silent for {@code snsapi_base} inside WeChat), which comes back to
 * the app's OAuth callback with a code; the app exchanges it and puts the openid into the session. The CSRF
 * token of that session is read from a page with a form (the app's JSON endpoints keep Spring Security's CSRF
 * check). Measured as its own row ({@value #STEP}); sessions are per instance (the app keeps them in memory),
 * so in two-instance mode a user signs in at each instance the first time it goes there.
 */
final class WeChatSession {
    static final String STEP = "session: WeChat OAuth login";
    static final String ROLE = "wechat";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    /** A page behind the WeChat login that always has a form (the new-thread form of the first board). */
    private final String formPage;

    WeChatSession(String formPage) {
        this.formPage = formPage;
    }

    /** The CSRF token of the user's session at {@code base}, signing in first when there is none. */
    CompletableFuture<String> csrf(Exchange x, URI base, VirtualUser user) {
        String known = user.session(ROLE, base);
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        long start = System.nanoTime();
        return x.get(user, ROLE, URI.create(base + formPage)).thenApply(page -> {
            String token = token(page, base);
            x.setup(user, STEP, System.nanoTime() - start, token == null ? problem(page) : null);
            if (token == null) {
                throw new IllegalStateException("login at " + base + " failed: " + problem(page));
            }
            user.session(ROLE, base, token);
            return token;
        });
    }

    /** Forgets the session at {@code base} (the app answered as if it were gone): the next call signs in again. */
    static void forget(VirtualUser user, String role, URI base) {
        user.session(role, base, null);
        user.cookies().clear(role, base);
    }

    static String token(HttpResponse<String> page, URI base) {
        if (page.statusCode() != 200 || !page.uri().toString().startsWith(base.toString())) {
            return null;
        }
        Matcher m = CSRF.matcher(page.body());
        return m.find() ? m.group(1) : null;
    }

    private static String problem(HttpResponse<String> page) {
        return "HTTP " + page.statusCode() + " at " + page.uri().getPath() + (page.statusCode() == 200 ? " without a CSRF token" : "");
    }
}
