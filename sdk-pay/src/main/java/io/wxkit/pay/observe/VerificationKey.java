package io.wxkit.pay.observe;

import java.time.Instant;
import java.util.Objects;

/**
 * One key a {@link io.wxkit.pay.WxPay} verifies WeChat Pay's answers and notifications with, for health checks: the WeChat Pay
 * public key (no expiry) or a downloaded platform certificate (with its {@code notAfter}). Carries no key material.
 *
 * @param kind which of the two
 * @param id the public key id ({@code PUB_KEY_ID_...}) or the certificate serial ({@code Wechatpay-Serial})
 * @param notAfter the certificate's end of validity; {@code null} for the public key
 */
public record VerificationKey(Kind kind, String id, Instant notAfter) {
    /**
     * A key description.
     *
     * @param kind which of the two
     * @param id the public key id ({@code PUB_KEY_ID_...}) or the certificate serial ({@code Wechatpay-Serial})
     * @param notAfter the certificate's end of validity; {@code null} for the public key
     * @throws NullPointerException if {@code kind} or {@code id} is null
     * @throws IllegalArgumentException if a platform certificate has no {@code notAfter} or the public key has one
     */
    public VerificationKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if ((kind == Kind.PLATFORM_CERTIFICATE) != (notAfter != null)) {
            throw new IllegalArgumentException("a platform certificate has a notAfter, the public key none");
        }
    }

    /** The two ways WeChat Pay identifies itself (微信支付公钥 / 平台证书). */
    public enum Kind {
        /** The WeChat Pay public key (微信支付公钥, {@code PUB_KEY_ID_...}); it does not expire. */
        PUBLIC_KEY,
        /** A platform certificate (平台证书) downloaded from {@code /v3/certificates}; valid until its {@code notAfter}. */
        PLATFORM_CERTIFICATE
    }
}
