package io.wxkit.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The single-token-fetch check: the access tokens the emulator granted each account
 * ({@code GET /emulator/accounts/{appId}/token-grants}) before the run and after it. Every instance of the app
 * (the console's follower and analytics pages call WeChat with the account's token, on whichever instance served
 * them) shares one token through Redis, so the run adds at most one grant per account — one, when no valid token
 * was there before it. A second grant means an instance fetched its own token: a broken shared store.
 */
final class TokenGrants implements PostRunCheck.Many {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final URI emulator;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Integer> before;

    private TokenGrants(URI emulator) throws IOException, InterruptedException {
        this.emulator = emulator;
        this.before = read();
    }

    /** Reads every account's count now, to compare with the count after the run. */
    static TokenGrants before(URI emulator) throws IOException, InterruptedException {
        return new TokenGrants(emulator);
    }

    @Override
    public List<PostRunCheck.Outcome> checks(LoadReport report) throws IOException, InterruptedException {
        Map<String, Integer> after = read();
        boolean holds = true;
        List<String> detail = new ArrayList<>();
        for (Map.Entry<String, Integer> e : after.entrySet()) {
            int added = e.getValue() - before.getOrDefault(e.getKey(), 0);
            holds &= added <= 1;
            detail.add(e.getKey() + ": " + added + " during the run, " + e.getValue() + " since the emulator started");
        }
        return List.of(new PostRunCheck.Outcome("one access token per account across every instance (emulator grants)",
                holds && !after.isEmpty(), after.isEmpty() ? "the emulator lists no account" : String.join("; ", detail)));
    }

    private Map<String, Integer> read() throws IOException, InterruptedException {
        Map<String, Integer> grants = new LinkedHashMap<>();
        for (JsonNode account : get("/emulator/accounts")) {
            String appId = account.path("appId").asText();
            grants.put(appId, get("/emulator/accounts/" + URLEncoder.encode(appId, StandardCharsets.UTF_8)
                    + "/token-grants").path("grants").asInt());
        }
        return grants;
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(emulator + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("GET " + path + " from the emulator answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }
}
