package io.wxkit.mp.qrcode;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * A created parametric QR code: the {@code ticket} that fetches its image, its lifetime
 * ({@code null} for permanent codes) and the {@code url} the image encodes.
 *
 * @param ticket the ticket for {@code showqrcode}
 * @param expire lifetime of a temporary code, {@code null} for a permanent one
 * @param url the URL inside the QR image (render it yourself instead of downloading the image)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QrCodeTicket(String ticket, Duration expire, String url) {
    /** WeChat's image endpoint for a ticket (no access token needed). */
    public static final String SHOW_QRCODE_URL = "https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=";

    /**
     * Checks that the ticket is present.
     *
     * @param ticket the ticket for {@code showqrcode}; not null
     * @param expire lifetime of a temporary code, {@code null} for a permanent one
     * @param url the URL inside the QR image
     * @throws NullPointerException if {@code ticket} is null
     */
    public QrCodeTicket {
        Objects.requireNonNull(ticket, "ticket");
    }

    @JsonCreator
    static QrCodeTicket fromWire(@JsonProperty("ticket") String ticket,
            @JsonProperty("expire_seconds") Long expireSeconds, @JsonProperty("url") String url) {
        return new QrCodeTicket(ticket, expireSeconds == null ? null : Duration.ofSeconds(expireSeconds), url);
    }

    /**
     * The image URL: {@code https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=<URL-encoded ticket>}.
     *
     * @return {@link #SHOW_QRCODE_URL} followed by the URL-encoded ticket (always WeChat's host, even
     *     against an emulator: use {@code mp.qrcodes().showUrl(ticket)} there)
     */
    public String showUrl() {
        return showUrl(ticket);
    }

    /**
     * The image URL of any {@code ticket}, URL-encoded as WeChat requires.
     *
     * @param ticket the ticket; not empty
     * @return {@link #SHOW_QRCODE_URL} followed by the URL-encoded ticket
     * @throws IllegalArgumentException if {@code ticket} is null or empty
     */
    public static String showUrl(String ticket) {
        if (ticket == null || ticket.isEmpty()) {
            throw new IllegalArgumentException("ticket is required");
        }
        return SHOW_QRCODE_URL + URLEncoder.encode(ticket, StandardCharsets.UTF_8);
    }
}
