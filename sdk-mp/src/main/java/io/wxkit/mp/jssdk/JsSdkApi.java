package io.wxkit.mp.jssdk;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.wxkit.core.crypto.JsSdkSignature;
import io.wxkit.core.http.ApiClient;
import io.wxkit.core.http.ApiRequest;
import io.wxkit.core.http.WxApiException;
import io.wxkit.core.token.Credential;
import io.wxkit.core.internal.token.CredentialCache;
import io.wxkit.core.token.TokenStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The JS-SDK of an Official Account: the {@code jsapi_ticket} ({@code /cgi-bin/ticket/getticket},
 * cached and refreshed single-flight like the access token) and the {@code wx.config} signature of
 * a page.
 *
 * <pre>{@code
 * JsSdkConfig cfg = mp.jssdk().config(pageUrl);
 * }</pre>
 *
 * <p>The ticket has a strict daily quota, so it lives in the account's {@link TokenStore} under
 * {@code <appId>:jsapi_ticket}: however many threads (or, with a shared store, JVMs) need it,
 * one request goes to WeChat and everyone else waits for its result; it is renewed ahead of
 * expiry. Hold one instance per account (as {@code WxMp} does): the single-flight state lives in
 * it. Thread-safe.
 */
public final class JsSdkApi {
    private static final char[] NONCE_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final int NONCE_LENGTH = 16;

    private final ApiClient api;
    private final String appId;
    private final Clock clock;
    private final SecureRandom random;
    private final CredentialCache tickets;

    /**
     * Binds the JS-SDK to an account.
     *
     * @param api the account's {@link ApiClient} (with access tokens)
     * @param appId the account's appId
     * @param store where the ticket is kept; {@code null} for a private in-memory store
     * @param clock the clock of timestamps and ticket expiry
     * @param random the source of nonces
     */
    public JsSdkApi(ApiClient api, String appId, TokenStore store, Clock clock, SecureRandom random) {
        this.api = Objects.requireNonNull(api, "api");
        this.appId = Objects.requireNonNull(appId, "appId");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        CredentialCache.Builder b = CredentialCache.builder(storeKey(appId), force -> fetchTicket()).clock(clock);
        if (store != null) {
            b.store(store);
        }
        this.tickets = b.build();
    }

    /**
     * The {@link TokenStore} key of an appId's jsapi_ticket: {@code <appId>:jsapi_ticket}.
     *
     * @param appId the account's appId
     * @return {@code appId + ":jsapi_ticket"}, for seeding or clearing the ticket in a shared store
     */
    public static String storeKey(String appId) {
        return appId + ":jsapi_ticket";
    }

    /**
     * A valid {@code jsapi_ticket}, fetched single-flight when missing or expired.
     *
     * @return the ticket; from the store while it is valid, else from WeChat
     *     ({@code GET /cgi-bin/ticket/getticket?type=jsapi}) with other callers waiting for that one request
     * @throws WxApiException if WeChat refuses or cannot be reached
     */
    public String ticket() {
        return tickets.get();
    }

    /**
     * The {@code wx.config} values for the page at {@code url}: a fresh timestamp and 16-character
     * nonce, signed with the current ticket. The signed URL is {@code url} up to (not including) any
     * {@code #}; it must be the page's full URL exactly as the browser shows it.
     *
     * @param url the page's absolute {@code http://} or {@code https://} URL, query included
     * @return the appId, timestamp (seconds, this object's clock), nonce and signature for {@code wx.config}
     * @throws IllegalArgumentException if {@code url} is not an absolute http(s) URL
     * @throws WxApiException if no ticket can be obtained
     */
    public JsSdkConfig config(String url) {
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            throw new IllegalArgumentException("url must be the page's absolute http(s) URL");
        }
        return config(url, clock.instant().getEpochSecond(), nonce());
    }

    JsSdkConfig config(String url, long timestamp, String nonceStr) {
        String ticket = ticket();
        String signature = JsSdkSignature.sign(ticket, nonceStr, Long.toString(timestamp), url);
        return new JsSdkConfig(appId, timestamp, nonceStr, signature);
    }

    private String nonce() {
        char[] out = new char[NONCE_LENGTH];
        for (int i = 0; i < out.length; i++) {
            out[i] = NONCE_ALPHABET[random.nextInt(NONCE_ALPHABET.length)];
        }
        return new String(out);
    }

    private Credential fetchTicket() {
        Ticket t = api.call(ApiRequest.get("/cgi-bin/ticket/getticket").query("type", "jsapi"), Ticket.class);
        if (t.ticket() == null || t.ticket().isEmpty() || t.expiresIn() <= 0) {
            throw WxApiException.unusable("getticket answered without ticket or expires_in", "GET /cgi-bin/ticket/getticket");
        }
        return new Credential(t.ticket(), clock.instant().plus(Duration.ofSeconds(t.expiresIn())));
    }

    @Override
    public String toString() {
        return "JsSdkApi[" + appId + "]";
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Ticket(@JsonProperty("ticket") String ticket, @JsonProperty("expires_in") long expiresIn) {
        @Override
        public String toString() {
            return "Ticket[ticket=***, expiresIn=" + expiresIn + "]";
        }
    }
}
