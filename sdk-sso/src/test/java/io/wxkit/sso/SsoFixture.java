package io.wxkit.sso;

import io.wxkit.emulator.WxEmulator;
import io.wxkit.emulator.account.CallbackMode;
import io.wxkit.mp.WxMp;
import io.wxkit.sso.broker.BrokerRequest;
import io.wxkit.sso.broker.BrokerResponse;
import io.wxkit.sso.client.Claim;
import io.wxkit.sso.client.ClientRegistration;
import io.wxkit.sso.client.IssuedCredentials;
import io.wxkit.sso.client.SecretHasher;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * A broker on a real database, identifying users through the emulator's OAuth, plus the browser and
 * server-to-server calls tests make against its framework-free HTTP side.
 */
final class SsoFixture implements AutoCloseable {
    static final String APP_ID = "wxSSOTEST0001";
    static final String APP_SECRET = "ssotestsecret0123456789abcdef012";
    static final String BASE = "https://sso.example.com/sso";
    /** Cheap Argon2id for tests (the cost is a parameter; production uses the OWASP baseline). */
    static final SecretHasher FAST = new SecretHasher(64, 1, 1);

    final WxEmulator wx;
    final WxMp mp;
    final SsoBroker sso;
    final MutableClock clock = new MutableClock();
    final byte[] masterKey = new byte[32];

    private SsoFixture(DataSource ds, Consumer<SsoBroker.Builder> custom) {
        new SecureRandom().nextBytes(masterKey);
        this.wx = WxEmulator.start();
        wx.control().account(APP_ID, APP_SECRET, "tok123", null, null, CallbackMode.PLAIN);
        this.mp = WxMp.builder().appId(APP_ID).secret(APP_SECRET).baseUrl(wx.baseUrl()).build();
        SsoBroker.Builder b = SsoBroker.builder().dataSource(ds).mp(mp).publicBaseUrl(BASE).masterKey(masterKey)
                .clock(clock).secretHasher(FAST);
        custom.accept(b);
        this.sso = b.build();
    }

    static SsoFixture start(DataSource ds) {
        return new SsoFixture(ds, b -> { });
    }

    static SsoFixture start(DataSource ds, Consumer<SsoBroker.Builder> custom) {
        return new SsoFixture(ds, custom);
    }

    String user(String nickname) {
        return wx.control().user(APP_ID, nickname).openid();
    }

    IssuedCredentials register(String clientId, String redirectUri, Claim... claims) {
        return sso.clients().register(ClientRegistration.of(clientId, clientId.toUpperCase(), List.of(redirectUri))
                .claims(claims), "admin:test");
    }

    BrokerResponse authorize(String clientId, String redirectUri, String state) {
        Map<String, String> q = new HashMap<>();
        q.put("client_id", clientId);
        q.put("redirect_uri", redirectUri);
        q.put("state", state);
        return get("/authorize", q, Map.of());
    }

    BrokerResponse get(String path, Map<String, String> query, Map<String, String> cookies) {
        return sso.http().handle(BrokerRequest.of("GET", path, query, Map.of(), cookies, "", "203.0.113.7"));
    }

    BrokerResponse post(String path, Map<String, String> form, String ip) {
        return sso.http().handle(BrokerRequest.of("POST", path, Map.of(),
                Map.of("Content-Type", "application/x-www-form-urlencoded"), Map.of(), form(form), ip));
    }

    BrokerResponse postBasic(String path, String clientId, String secret, Map<String, String> form, String ip) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return sso.http().handle(BrokerRequest.of("POST", path, Map.of(), Map.of("Content-Type",
                "application/x-www-form-urlencoded", "Authorization", "Basic " + basic), Map.of(), form(form), ip));
    }

    /** Authorize, "allow" through the emulator (code without the browser), callback: the redirect to the client. */
    BrokerResponse signIn(String clientId, String redirectUri, String openid, String clientState) {
        BrokerResponse a = authorize(clientId, redirectUri, clientState);
        if (a.status() != 302) {
            throw new AssertionError("authorize answered " + a);
        }
        Map<String, String> wechat = query(a.location());
        String code = wx.control().oauthCode(APP_ID, openid, wechat.get("scope"));
        return get("/callback", Map.of("code", code, "state", wechat.get("state")), cookies(a));
    }

    /** The ticket of a completed sign-in. */
    String ticket(String clientId, String redirectUri, String openid) {
        BrokerResponse r = signIn(clientId, redirectUri, openid, "xyz");
        if (r.status() != 302) {
            throw new AssertionError("callback answered " + r);
        }
        return query(r.location()).get("ticket");
    }

    BrokerResponse redeem(String clientId, String secret, String ticket) {
        return post("/redeem", Map.of("client_id", clientId, "client_secret", secret, "ticket", ticket),
                "198.51.100.1");
    }

    static Map<String, String> cookies(BrokerResponse r) {
        Map<String, String> out = new HashMap<>();
        for (String c : r.setCookies()) {
            String pair = c.split(";", 2)[0];
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return out;
    }

    static Map<String, String> query(String url) {
        String raw = URI.create(url.replace("#wechat_redirect", "")).getRawQuery();
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    static String form(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    @Override
    public void close() {
        mp.close();
        wx.close();
    }
}
