package io.wxkit.examples.wechat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxkit.examples.demo.DemoUsers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first instance's emulator, as a second instance sees it through the emulator's control API: the demo
 * people's openids ({@code GET /emulator/users}) and the WeChat Pay platform public key
 * ({@code GET /emulator/pay/platform-public-key}). Neither is secret; the credentials are not asked for (the API
 * does not show them): {@link DemoCredentials} derives them from the shared data directory.
 *
 * <p>The second instance may be started together with the first, so {@link #await} polls until the emulator
 * answers for every account and, when this instance wants the demo data, with every demo person in each (the first
 * instance creates them right after starting it). Both instances must agree on {@code examples.demo-data}: a
 * second instance without demo data waits only for the accounts.
 */
final class JoinedEmulator {
    private static final Logger log = LoggerFactory.getLogger(JoinedEmulator.class);
    private static final Duration POLL = Duration.ofMillis(250);

    private final String baseUrl;
    private final Map<String, Map<String, String>> openidsByAppId;
    private final String platformPublicKeyId;
    private final String platformPublicKeyPem;
    private final Map<String, String> accounts;

    private JoinedEmulator(String baseUrl, Map<String, String> accounts, Map<String, Map<String, String>> openids,
                           String platformPublicKeyId, String platformPublicKeyPem) {
        this.baseUrl = baseUrl;
        this.accounts = accounts;
        this.openidsByAppId = openids;
        this.platformPublicKeyId = platformPublicKeyId;
        this.platformPublicKeyPem = platformPublicKeyPem;
    }

    /**
     * Waits until the emulator at {@code url} answers for each of {@code accounts} and, if {@code demoUsers}, knows
     * every demo person in each.
     *
     * @throws IllegalStateException when it does not within {@code timeout}, with what was missing
     */
    static JoinedEmulator await(String url, Map<String, String> accounts, boolean demoUsers, Duration timeout) {
        String base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        Client client = new Client(base);
        Instant deadline = Instant.now().plus(timeout);
        log.info("joining the WeChat emulator at {} (waiting up to {} s for the first instance's {})",
                base, timeout.toSeconds(), demoUsers ? "accounts and demo users" : "accounts");
        String missing;
        while (true) {
            Map<String, Map<String, String>> openids = new HashMap<>();
            missing = null;
            try {
                Set<String> registered = client.appIds();
                for (String appId : accounts.values()) {
                    if (!registered.contains(appId) && missing == null) {
                        missing = "account " + appId;
                    }
                    Map<String, String> byNickname = client.users(appId);
                    openids.put(appId, byNickname);
                    for (String nickname : demoUsers ? DemoUsers.nicknames() : List.<String>of()) {
                        if (!byNickname.containsKey(nickname) && missing == null) {
                            missing = "demo user " + nickname + " in " + appId;
                        }
                    }
                }
                if (missing == null) {
                    JsonNode key = client.get("/emulator/pay/platform-public-key");
                    return new JoinedEmulator(base, accounts, openids, key.path("publicKeyId").asText(),
                            key.path("pem").asText());
                }
            } catch (IOException e) {
                missing = "an answer (" + e.getClass().getSimpleName() + ")";
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the WeChat emulator at " + base + " did not show " + missing
                        + " within " + timeout.toSeconds() + " s: start the first instance (with the embedded "
                        + "emulator and the same examples.data-dir) or raise examples.emulator.join-timeout-seconds"
                        + (demoUsers ? "; if the first instance runs with examples.demo-data=false, set it here too"
                                : ""));
            }
            sleep();
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    String platformPublicKeyId() {
        return platformPublicKeyId;
    }

    String platformPublicKeyPem() {
        return platformPublicKeyPem;
    }

    /** The demo people with the openids the first instance created them with. */
    DemoUsers demoUsers() {
        return DemoUsers.resolve(accounts, (appId, nickname) -> openidsByAppId.get(appId).get(nickname));
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis()); // polling a remote condition: nothing to be notified by
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the WeChat emulator", e);
        }
    }

    /** The two control calls, with the JDK's HTTP client. */
    private static final class Client {
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        private final ObjectMapper json = new ObjectMapper();
        private final String base;

        Client(String base) {
            this.base = base;
        }

        /** The appIds of the accounts the emulator has. */
        Set<String> appIds() throws IOException {
            Set<String> appIds = new HashSet<>();
            for (JsonNode a : get("/emulator/accounts")) {
                appIds.add(a.path("appId").asText());
            }
            return appIds;
        }

        /** nickname → openid of the account's users; the first user of a nickname wins (the demo's, created first). */
        Map<String, String> users(String appId) throws IOException {
            Map<String, String> byNickname = new LinkedHashMap<>();
            for (JsonNode u : get("/emulator/users?appId=" + URLEncoder.encode(appId, StandardCharsets.UTF_8))) {
                byNickname.putIfAbsent(u.path("nickname").asText(), u.path("openid").asText());
            }
            return byNickname;
        }

        JsonNode get(String path) throws IOException {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(5))
                    .GET().build();
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    throw new IOException("HTTP " + r.statusCode() + " from " + path);
                }
                return json.readTree(r.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }

    @Override
    public String toString() {
        return "JoinedEmulator[" + baseUrl + ", accounts=" + List.copyOf(accounts.keySet()) + "]";
    }
}
