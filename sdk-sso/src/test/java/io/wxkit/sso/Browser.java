package io.wxkit.sso;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake user's browser: keeps cookies per site, follows redirects itself (so tests see every hop) and can
 * answer the emulator's OAuth consent page by picking a user and pressing Allow or Deny.
 */
final class Browser {
    private static final Pattern HIDDEN = Pattern.compile("<input type=hidden name='([a-z_]+)' value='([^']*)'>");
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /** Cookies per origin (host:port): enough for these tests, which set no Domain. */
    private final Map<String, Map<String, String>> cookies = new java.util.concurrent.ConcurrentHashMap<>();
    /** Every URL visited, in order. */
    final List<String> visited = new ArrayList<>();

    /** Opens {@code url} and follows redirects until a page answers. */
    HttpResponse<String> open(String url) {
        return follow(send(HttpRequest.newBuilder(URI.create(url)).GET().build()));
    }

    /** Submits a form ({@code application/x-www-form-urlencoded}) and follows redirects. */
    HttpResponse<String> submit(String url, Map<String, String> form) {
        return follow(send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(SsoFixture.form(form))).build()));
    }

    /** Whether {@code page} is the emulator's OAuth consent page. */
    static boolean isConsentPage(HttpResponse<String> page) {
        return page.uri().getPath().equals("/connect/oauth2/authorize") && page.body().contains("id=oauth-allow");
    }

    /** On the consent page: picks {@code openid} and presses Allow ({@code allow}) or Deny. */
    HttpResponse<String> consent(HttpResponse<String> page, String openid, boolean allow) {
        if (!isConsentPage(page)) {
            throw new AssertionError("not on the consent page: " + page.uri() + "\n" + page.body());
        }
        if (!page.body().contains("value='" + openid + "'")) {
            throw new AssertionError("the consent page does not list " + openid);
        }
        Map<String, String> form = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(page.body());
        while (m.find()) {
            form.put(m.group(1), unescape(m.group(2)));
        }
        form.put("openid", openid);
        form.put("decision", allow ? "allow" : "deny");
        return submit(page.uri().resolve("/connect/oauth2/authorize/confirm").toString(), form);
    }

    private HttpResponse<String> follow(HttpResponse<String> r) {
        for (int hops = 0; r.statusCode() / 100 == 3; hops++) {
            if (hops > 10) {
                throw new AssertionError("redirect loop: " + visited);
            }
            String location = r.headers().firstValue("Location").orElseThrow().replace("#wechat_redirect", "");
            r = send(HttpRequest.newBuilder(r.uri().resolve(location)).GET().build());
        }
        return r;
    }

    private HttpResponse<String> send(HttpRequest original) {
        String origin = original.uri().getAuthority();
        Map<String, String> jar = cookies.computeIfAbsent(origin, o -> new LinkedHashMap<>());
        HttpRequest.Builder b = HttpRequest.newBuilder(original, (k, v) -> true);
        if (!jar.isEmpty()) {
            b.header("Cookie", String.join("; ", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .toList()));
        }
        HttpRequest request = b.build();
        visited.add(request.method() + " " + request.uri());
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            for (String set : r.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (set.contains("Max-Age=0")) {
                    jar.remove(pair.substring(0, eq));
                } else {
                    jar.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
            return r;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
