package io.wxkit.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Virtual users who are fake users of the emulator: created in the account through the control API
 * ({@code POST /emulator/users}) and followed ({@code POST /emulator/users/{openid}/follow}, which delivers the
 * subscribe event to the app, so follow-required polls and the follower registry know them) — before the clock
 * starts. Kept across the runs of one driver (the knee search grows the same population).
 */
public final class EmulatorUsers implements Population {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final URI emulator;
    private final String appId;
    private final HttpClient client = HttpClient.newHttpClient();
    private final List<String> made = new ArrayList<>();

    public EmulatorUsers(URI emulator, String appId) {
        LoadTarget.of(emulator.toString()); // loopback only, as the app
        this.emulator = emulator;
        this.appId = appId;
    }

    @Override
    public synchronized List<String> openids(String run, int users) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> more = new ArrayList<>();
            for (int i = made.size(); i < users; i++) {
                String nickname = "load-" + run + "-" + i;
                more.add(pool.submit(() -> follower(nickname)));
            }
            for (Future<String> f : more) {
                made.add(f.get());
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("could not make the emulator's fake users: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("  %d emulator users following %s%n", made.size(), appId);
        return List.copyOf(made.subList(0, users));
    }

    private String follower(String nickname) throws IOException, InterruptedException {
        JsonNode user = post("/emulator/users", JSON.createObjectNode().put("appId", appId).put("nickname", nickname).toString(), 201);
        String openid = user.path("openid").asText();
        JsonNode followed = post("/emulator/users/" + openid + "/follow", "{}", 200);
        if (followed.hasNonNull("error")) {
            throw new IllegalStateException("the app did not take the follow of " + nickname + ": " + followed.get("error").asText());
        }
        return openid;
    }

    private JsonNode post(String path, String body, int expected) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(emulator.resolve(path)).timeout(Exchange.TIMEOUT)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException("POST " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }
}
