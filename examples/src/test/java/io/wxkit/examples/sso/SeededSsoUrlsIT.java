package io.wxkit.examples.sso;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.examples.AppSuite;
import io.wxkit.sso.SsoBroker;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo business systems' registrations follow the app to another port: a database seeded by an earlier start
 * on port 1 (simulated by moving the registration there) is moved back to this start's URLs by the seed's
 * {@code everyStart}, and SSO into the library works again.
 */
class SeededSsoUrlsIT extends AppSuite {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    SsoBroker sso;
    @Autowired
    SsoDemoSeed seed;

    @Test
    void aDatabaseSeededOnAnotherPortIsMovedToThisStartsUrls() throws Exception {
        String callback = appUrl() + "/biz/library/callback";
        try {
            sso.clients().updateUrls("library", List.of("http://127.0.0.1:1/biz/library/callback"),
                    "http://127.0.0.1:1/biz/library/sso/verify", "earlier-start");
            assertThat(authorize(callback).statusCode()).as("refused while the registration names port 1")
                    .isNotEqualTo(302);

            seed.everyStart();

            assertThat(sso.clients().require("library").redirectUris()).containsExactly(callback);
            assertThat(sso.clients().require("library").verifyUrl()).isEqualTo(appUrl() + "/biz/library/sso/verify");
            HttpResponse<String> r = authorize(callback);
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElseThrow()).startsWith(emulatorUrl());
        } finally {
            seed.everyStart(); // the suites share this app: leave the registration as the seed made it
        }
    }

    private HttpResponse<String> authorize(String redirectUri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(appUrl() + "/sso/authorize?client_id=library&redirect_uri="
                + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8) + "&state=x")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
