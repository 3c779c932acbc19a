package io.wxkit.core.internal.crypto.pay;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;

/**
 * The checking side of a WeChat Pay APIv3 signature scheme: verifies a Base64 signature made by the
 * WeChat Pay platform key (responses, notifications) or by a merchant key (the emulator's side).
 *
 * <p>Implementations are immutable and thread-safe. {@code verify} never throws for a malformed
 * signature (bad Base64, WeChat's {@code WECHATPAY/SIGNTEST/} probes): it returns {@code false}.
 */
public interface PayVerifier {

    /** {@code true} only if {@code signatureBase64} is a valid signature of the UTF-8 bytes of {@code message}. */
    default boolean verify(String message, String signatureBase64) {
        return verify(message.getBytes(StandardCharsets.UTF_8), signatureBase64);
    }

    /** {@code true} only if {@code signatureBase64} is a valid signature of {@code message}. */
    boolean verify(byte[] message, String signatureBase64);

    /** SHA256withRSA with an RSA public key (WeChat Pay public key or platform certificate key). */
    static PayVerifier rsa(PublicKey publicKey) {
        return new RsaPayKeys.Verifier(publicKey);
    }
}
