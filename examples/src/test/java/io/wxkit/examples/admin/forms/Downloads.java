package io.wxkit.examples.admin.forms;

import io.wxkit.examples.browser.Browser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.openqa.selenium.Cookie;

/** Fetches a console download with the browser's session (headless Chromium saves downloads where a test cannot look). */
public final class Downloads {
    private Downloads() {
    }

    /** The response to {@code url}, sent with the browser's session cookie. */
    public static HttpResponse<InputStream> get(Browser browser, String url) {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + session.getValue()).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
