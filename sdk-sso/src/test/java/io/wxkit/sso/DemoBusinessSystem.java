package io.wxkit.sso;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import io.wxkit.core.json.Json;
import io.wxkit.sso.signature.SignedRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A business system ("CRM") integrating with the broker the way docs/guide/sso.md shows: {@code /app/login}
 * redirects to the broker, {@code /app/callback} redeems the ticket server to server and shows who signed in;
 * an unbound user logs in once with the CRM password ({@code /app/bind}), the CRM hands the broker a one-time
 * code and answers the broker's signed {@code /app/verify} call; {@code /app/logout} revokes the session.
 */
final class DemoBusinessSystem implements AutoCloseable {
    static final String CLIENT_ID = "crm";
    private final LocalHttp http = new LocalHttp();
    private final HttpClient client = HttpClient.newHttpClient();
    private final Json json = Json.create();
    private final SecureRandom random = new SecureRandom();
    private final Set<String> pendingStates = ConcurrentHashMap.newKeySet();
    /** CRM accounts: login → {account id, password}. */
    private final Map<String, String[]> accounts = Map.of("alice", new String[] {"E1001", "alice-pw"});
    /** One-time bind codes the CRM issued: code → account id. */
    private final Map<String, String> bindCodes = new ConcurrentHashMap<>();
    /** The broker sessions of signed-in users: CRM session cookie → broker session id. */
    final Map<String, String> sessions = new ConcurrentHashMap<>();
    private volatile String brokerUrl;
    private volatile String secret;
    private volatile SignedRequest signer;

    DemoBusinessSystem() {
        http.server.createContext("/app/login", this::login);
        http.server.createContext("/app/callback", this::callback);
        http.server.createContext("/app/bind", this::bind);
        http.server.createContext("/app/verify", this::verify);
        http.server.createContext("/app/logout", this::logout);
    }

    String redirectUri() {
        return http.baseUrl() + "/app/callback";
    }

    String verifyUrl() {
        return http.baseUrl() + "/app/verify";
    }

    String loginUrl() {
        return http.baseUrl() + "/app/login";
    }

    void connect(String brokerUrl, String clientSecret, String signingKey) {
        this.brokerUrl = brokerUrl;
        this.secret = clientSecret;
        this.signer = SignedRequest.withKey(signingKey, Clock.systemUTC());
    }

    // --- the integration (the part the guide shows) ---

    private void login(HttpExchange ex) throws IOException {
        String state = UUID.randomUUID().toString();
        pendingStates.add(state);
        LocalHttp.redirect(ex, brokerUrl + "/authorize?client_id=" + CLIENT_ID + "&redirect_uri="
                + enc(redirectUri()) + "&state=" + enc(state));
    }

    private void callback(HttpExchange ex) throws IOException {
        Map<String, String> q = LocalHttp.parse(ex.getRequestURI().getRawQuery());
        if (!pendingStates.remove(q.getOrDefault("state", ""))) {
            LocalHttp.send(ex, 400, "text/plain", "unknown state");
            return;
        }
        if (q.containsKey("error")) {
            LocalHttp.send(ex, 403, "text/plain", "refused: " + q.get("error"));
            return;
        }
        HttpResponse<String> r = brokerPost("/redeem", Map.of("ticket", q.getOrDefault("ticket", "")));
        JsonNode id = json.readTree(r.body());
        if (r.statusCode() != 200) {
            LocalHttp.send(ex, 401, "text/plain", "redeem refused: " + id.path("error").asText());
        } else if ("bound".equals(id.path("status").asText())) {
            String crmSession = UUID.randomUUID().toString();
            sessions.put(crmSession, id.path("session_id").asText());
            ex.getResponseHeaders().add("Set-Cookie", "crm_session=" + crmSession + "; Path=/app; HttpOnly");
            LocalHttp.send(ex, 200, "text/plain", "welcome account=" + id.path("account_id").asText()
                    + " openid=" + id.path("openid").asText());
        } else {
            LocalHttp.send(ex, 200, "text/plain", "unbound openid=" + id.path("openid").asText()
                    + " binding_token=" + id.path("binding_token").asText()
                    + " binding_url=" + id.path("binding_url").asText());
        }
    }

    // --- the binding step: the user proves the CRM account once ---

    private void bind(HttpExchange ex) throws IOException {
        Map<String, String> form = LocalHttp.parse(LocalHttp.body(ex));
        String[] account = accounts.get(form.getOrDefault("login", ""));
        if (account == null || !account[1].equals(form.get("password"))) {
            LocalHttp.send(ex, 403, "text/plain", "wrong CRM login");
            return;
        }
        String code = Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());
        bindCodes.put(code, account[0]);
        HttpResponse<String> r = brokerPost("/bind", Map.of("binding_token", form.getOrDefault("binding_token", ""),
                "account_id", account[0], "proof_type", "code", "code", code));
        if (r.statusCode() != 200) {
            LocalHttp.send(ex, 409, "text/plain", "bind refused: " + json.readTree(r.body()).path("error").asText());
            return;
        }
        LocalHttp.redirect(ex, loginUrl()); // bound: sign in again, silently this time
    }

    /** The broker asks (signed) whether a code belongs to the account; the answer is signed back. */
    private void verify(HttpExchange ex) throws IOException {
        String body = LocalHttp.body(ex);
        Map<String, String> headers = new HashMap<>();
        ex.getRequestHeaders().forEach((k, v) -> headers.put(k, v.get(0)));
        String path = ex.getRequestURI().getRawPath();
        if (!signer.verify("POST", path, headers, body)) {
            LocalHttp.send(ex, 401, "text/plain", "bad signature");
            return;
        }
        JsonNode req = json.readTree(body);
        String account = bindCodes.remove(req.path("code").asText());
        boolean verified = account != null && account.equals(req.path("account_id").asText());
        String answer = "{\"verified\":" + verified + "}";
        signer.sign("RESPONSE", path, answer, random).forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        LocalHttp.send(ex, 200, "application/json", answer);
    }

    private void logout(HttpExchange ex) throws IOException {
        String cookie = ex.getRequestHeaders().getFirst("Cookie");
        String crmSession = cookie == null ? "" : cookie.replaceFirst(".*crm_session=([^;]+).*", "$1");
        String brokerSession = sessions.remove(crmSession);
        if (brokerSession == null) {
            LocalHttp.send(ex, 401, "text/plain", "not signed in");
            return;
        }
        HttpResponse<String> r = brokerPost("/logout", Map.of("session_id", brokerSession));
        LocalHttp.send(ex, 200, "text/plain", "logged out " + r.body());
    }

    HttpResponse<String> brokerPost(String path, Map<String, String> form) {
        String basic = Base64.getEncoder().encodeToString((CLIENT_ID + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(URI.create(brokerUrl + path))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(SsoFixture.form(form))).build();
        try {
            return client.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        http.close();
    }
}
