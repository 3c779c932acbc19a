package io.wxkit.spring.oauth;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The phone's side of the emulator's authorize page: opens the URL the app redirected to, allows or denies on the
 * consent screen as a person would (by submitting its form), and returns where WeChat sends the browser next.
 */
public final class WeChatBrowser {
    private static final Pattern HIDDEN = Pattern.compile("<input type=hidden name='([a-z_]+)' value='([^']*)'>");
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String emulatorBase;

    public WeChatBrowser(String emulatorBase) {
        this.emulatorBase = emulatorBase;
    }

    /** snsapi_base opened inside WeChat by {@code openid}: no page, straight back to the app. */
    public String silently(String authorizeUrl, String openid) {
        HttpResponse<String> r = get(withoutFragment(authorizeUrl) + "&emulator_openid=" + openid);
        return location(r);
    }

    /** snsapi_userinfo: the consent page for {@code openid}, answered with Allow or Deny. */
    public String consent(String authorizeUrl, String openid, boolean allow) {
        HttpResponse<String> page = get(withoutFragment(authorizeUrl) + "&emulator_openid=" + openid);
        if (page.statusCode() != 200 || !page.body().contains("oauth-allow")) {
            throw new AssertionError("no consent page: " + page.statusCode() + " " + page.body());
        }
        Map<String, String> form = new LinkedHashMap<>();
        Matcher m = HIDDEN.matcher(page.body());
        while (m.find()) {
            form.put(m.group(1), HtmlUtils.htmlUnescape(m.group(2)));
        }
        form.put("openid", openid);
        form.put("decision", allow ? "allow" : "deny");
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest post = HttpRequest.newBuilder(URI.create(emulatorBase + "/connect/oauth2/authorize/confirm"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        return location(send(post));
    }

    public static MultiValueMap<String, String> query(String url) {
        return UriComponentsBuilder.fromUriString(url).build().getQueryParams();
    }

    private HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String location(HttpResponse<String> r) {
        if (r.statusCode() != 302) {
            throw new AssertionError("expected WeChat's redirect, got " + r.statusCode() + " " + r.body());
        }
        return r.headers().firstValue("Location").orElseThrow();
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}
