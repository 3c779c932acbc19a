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

    /** Binds the QR-code endpoints to {@code api} (an {@link ApiClient} with access tokens). */
    public QrCodeApi(ApiClient api) {
        this(api, QrCodeTicket.SHOW_QRCODE_URL);
    }

    /**
     * As {@link #QrCodeApi(ApiClient)}, with the QR image page served elsewhere (an emulator).
     *
     * @param showQrcodeUrl the image URL up to and including {@code ticket=}
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
     * @throws WxApiException if WeChat refuses, e.g. when the 100,000 permanent codes are used up
     */
    public QrCodeTicket create(QrCodeRequest request) {
        Objects.requireNonNull(request, "request");
        return api.call(ApiRequest.post("/cgi-bin/qrcode/create").json(request), QrCodeTicket.class);
    }

    /**
     * The image URL of {@code ticket}: {@code https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=..}
     * (or the emulator's when {@code WxMp} has a custom base URL). No access token, no call made.
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
     * @throws WxApiException if the key is unknown or expired
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
