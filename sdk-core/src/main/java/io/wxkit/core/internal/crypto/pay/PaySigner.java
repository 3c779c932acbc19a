package io.wxkit.core.internal.crypto.pay;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;

/**
 * The merchant side of a WeChat Pay APIv3 signature scheme: signs request messages and front-end
 * {@code paySign} messages with the merchant API private key, Base64 result.
 *
 * <pre>{@code
 * PaySigner signer = PaySigner.rsa(Pem.privateKey(apiclientKeyPem));
 * String signature = signer.sign(message);
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface PaySigner {

    /** The Authorization scheme, e.g. {@code WECHATPAY2-SHA256-RSA2048} or {@code WECHATPAY2-SM2-WITH-SM3}. */
    String scheme();

    /** Base64 signature over the UTF-8 bytes of {@code message}. */
    default String sign(String message) {
        return sign(message.getBytes(StandardCharsets.UTF_8));
    }

    /** Base64 signature over {@code message}. */
    String sign(byte[] message);

    /** SHA256withRSA ({@code WECHATPAY2-SHA256-RSA2048}) with the merchant's RSA private key. */
    static PaySigner rsa(PrivateKey privateKey) {
        return new RsaPayKeys.Signer(privateKey);
    }
}
