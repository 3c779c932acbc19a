package io.wxkit.mp.qrcode;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.wxkit.core.http.ApiClient;
import io.wxkit.core.http.ApiRequest;
import io.wxkit.core.http.WxApiException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Parametric QR codes ({@code /cgi-bin/qrcode/create}) and short keys ({@code /cgi-bin/shorten/*})
 * of an Official Account: for follow-to-vote, event check-in and similar flows.
 *
 * <pre>{@code
 * QrCodeTicket t = mp.qrcodes().create(QrCodeRequest.permanent("checkin-hall-a"));
 * String image = t.showUrl();
 * }</pre>
 *
 * <p>Obtained from {@code WxMp.qrcodes()}; stateless and thread-safe. Every call blocks on one HTTP
 * exchange (with the pipeline's retries) and throws {@link WxApiException} when WeChat refuses or
 * cannot be reached; invalid arguments fail with {@link IllegalArgumentException} before any call.
 */
public final class QrCodeApi {
    private final ApiClient api;
    private final String showQrcodeUrl;

    /**
     * Binds the QR-code endpoints to {@code api} (an {@link ApiClient} with access tokens).
     *
     * @param api the account's call pipeline, with access tokens attached
     * @throws NullPointerException if {@code api} is null
     */
    public QrCodeApi(ApiClient api) {
        this(api, QrCodeTicket.SHOW_QRCODE_URL);
    }

    /**
     * As {@link #QrCodeApi(ApiClient)}, with the QR image page served elsewhere (an emulator).
     *
     * @param api the account's call pipeline, with access tokens attached
     * @param showQrcodeUrl the image URL up to and including {@code ticket=}
     * @throws NullPointerException if {@code api} is null
     * @throws IllegalArgumentException if {@code showQrcodeUrl} is null or does not end with {@code ticket=}
     */
    public QrCodeApi(ApiClient api, String showQrcodeUrl) {
        this.api = Objects.requireNonNull(api, "api");
        if (showQrcodeUrl == null || !showQrcodeUrl.endsWith("ticket=")) {
            throw new IllegalArgumentException("showQrcodeUrl must end with \"ticket=\"");
        }
        this.showQrcodeUrl = showQrcodeUrl;
    }

    /**
     * Creates a QR code and returns its ticket ({@code POST /cgi-bin/qrcode/create}).
     *
     * @param request the code's kind, scene and lifetime; not null
     * @return the {@code ticket}, {@code expire_seconds} and {@code url} of the new code
     * @throws WxApiException if WeChat refuses, e.g. when the 100,000 permanent codes are used up
     * @throws NullPointerException if {@code request} is null
     */
    public QrCodeTicket create(QrCodeRequest request) {
        Objects.requireNonNull(request, "request");
        return api.call(ApiRequest.post("/cgi-bin/qrcode/create").json(request), QrCodeTicket.class);
    }

    /**
     * The image URL of {@code ticket}: {@code https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=..}
     * (or the emulator's when {@code WxMp} has a custom base URL). No access token, no call made.
     *
     * @param ticket a ticket from {@link #create}; not empty
     * @return this object's image URL base followed by the URL-encoded ticket
     * @throws IllegalArgumentException if {@code ticket} is null or empty
     */
    public String showUrl(String ticket) {
        if (ticket == null || ticket.isEmpty()) {
            throw new IllegalArgumentException("ticket is required");
        }
        return showQrcodeUrl + URLEncoder.encode(ticket, StandardCharsets.UTF_8);
    }

    /**
     * Stores up to 4 KB of {@code longData} for at most 30 days and returns its 15-character short
     * key ({@code POST /cgi-bin/shorten/gen}).
     *
     * @param longData the data to store ({@code long_data})
     * @param expire how long WeChat keeps it ({@code expire_seconds}), 1 s .. 30 days
     * @return the {@code short_key}
     * @throws IllegalArgumentException if the data is empty or over 4 KB, or {@code expire} is not 1 s .. 30 days
     * @throws WxApiException if WeChat refuses
     */
    public String generateShortKey(String longData, Duration expire) {
        ShortKeyRequest body = new ShortKeyRequest(longData, expire);
        return api.call(ApiRequest.post("/cgi-bin/shorten/gen").json(body), ShortKey.class).shortKey();
    }

    /**
     * The data behind {@code shortKey} ({@code POST /cgi-bin/shorten/fetch}).
     *
     * @param shortKey a key from {@link #generateShortKey}; not blank
     * @return the stored {@code long_data}, its creation time and remaining lifetime
     * @throws WxApiException if the key is unknown or expired
     * @throws IllegalArgumentException if {@code shortKey} is null or blank
     */
    public ShortKeyData fetchShortKey(String shortKey) {
        if (shortKey == null || shortKey.isBlank()) {
            throw new IllegalArgumentException("shortKey is required");
        }
        return api.call(ApiRequest.post("/cgi-bin/shorten/fetch").json(Map.of("short_key", shortKey)).asIdempotent(),
                ShortKeyData.class);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ShortKey(@JsonProperty("short_key") String shortKey) {
    }
}
