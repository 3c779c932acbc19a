package io.wxkit.pay.internal;

import io.wxkit.core.internal.crypto.pay.PaySigner;
import io.wxkit.core.internal.crypto.pay.ResourceCipher;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Everything one {@code WxPay} was built with, shared read-only by its feature APIs.
 *
 * @param mchId              merchant id
 * @param appId              default appid for payments
 * @param signer             merchant API key signer (RSA or SM2)
 * @param merchantPrivateKey the same key, to decrypt sensitive fields WeChat Pay returns
 * @param merchantSerial     merchant API certificate serial ({@code serial_no})
 * @param resourceCiphers    APIv3-key ciphers (AES-256-GCM, SM4-GCM) for notifications and certificates
 * @param hosts              base URLs, primary first (each ending in {@code /})
 * @param httpClient         shared OkHttp client
 * @param clock              time source for timestamps and windows
 * @param random             nonce source
 * @param json               private JSON mapper
 * @param retryPolicy        retry budget
 * @param userAgent          {@code User-Agent} header
 * @param timestampWindow    allowed skew of {@code Wechatpay-Timestamp}
 * @param notifyUrl          default {@code notify_url}, or {@code null}
 */
public record PayContext(String mchId, String appId, PaySigner signer, PrivateKey merchantPrivateKey, String merchantSerial,
                         List<ResourceCipher> resourceCiphers, List<HttpUrl> hosts, OkHttpClient httpClient, Clock clock,
                         SecureRandom random, PayJson json, RetryPolicy retryPolicy, String userAgent,
                         Duration timestampWindow, String notifyUrl) {
    public PayContext {
        Objects.requireNonNull(mchId, "mchId");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(merchantSerial, "merchantSerial");
        resourceCiphers = List.copyOf(resourceCiphers);
        hosts = List.copyOf(hosts);
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("at least one host");
        }
        Objects.requireNonNull(httpClient, "httpClient");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(timestampWindow, "timestampWindow");
    }

    /**
     * The APIv3-key cipher for a resource's {@code algorithm} ({@code AEAD_AES_256_GCM} when absent).
     *
     * @throws io.wxkit.core.internal.crypto.pay.PayCryptoException {@code MALFORMED} for an unknown algorithm
     */
    public ResourceCipher resourceCipher(String algorithm) {
        String wanted = algorithm == null || algorithm.isEmpty() ? "AEAD_AES_256_GCM" : algorithm;
        // a loop, not a stream: once per notification, and the stream pipeline was ≈ 4 % of parsePayment (JFR)
        for (ResourceCipher c : resourceCiphers) {
            if (c.algorithm().equals(wanted)) {
                return c;
            }
        }
        throw new io.wxkit.core.internal.crypto.pay.PayCryptoException(
                io.wxkit.core.internal.crypto.pay.PayCryptoException.Reason.MALFORMED, "unsupported resource algorithm " + wanted);
    }

    /** This context with {@code otherAppId} as the default appid. */
    public PayContext withAppId(String otherAppId) {
        return new PayContext(mchId, otherAppId, signer, merchantPrivateKey, merchantSerial, resourceCiphers, hosts, httpClient,
                clock, random, json, retryPolicy, userAgent, timestampWindow, notifyUrl);
    }

    /** The notify URL of a request, falling back to the builder's default. */
    public String notifyUrlOr(String explicit) {
        String url = explicit != null ? explicit : notifyUrl;
        if (url == null) {
            throw new IllegalArgumentException("notify_url is required: pass it on the request or set WxPay.builder().notifyUrl(..)");
        }
        return url;
    }

    @Override
    public String toString() {
        return "PayContext[mchId=" + mchId + ", merchantSerial=" + merchantSerial + ", hosts=" + hosts + "]";
    }
}
