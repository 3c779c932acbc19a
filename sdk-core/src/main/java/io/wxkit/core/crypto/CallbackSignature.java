package io.wxkit.core.crypto;

import io.wxkit.core.internal.crypto.ConstantTime;

import java.util.Objects;

/**
 * The Official Account server-configuration {@code signature}: lower-case hex SHA-1 of the sorted
 * concatenation of {@code token}, {@code timestamp} and {@code nonce}. WeChat sends it on the GET
 * {@code echostr} check and on every callback POST.
 *
 * <pre>{@code
 * if (CallbackSignature.verify(token, q.get("timestamp"), q.get("nonce"), q.get("signature"))) { ... }
 * }</pre>
 *
 * <p>Stateless and thread-safe; uses a per-thread {@code MessageDigest}.
 */
public final class CallbackSignature {
    private CallbackSignature() {
    }

    /**
     * Computes the signature WeChat would send.
     *
     * @param token the Token configured on the Official Account platform (服务器配置)
     * @param timestamp the {@code timestamp} query parameter, as received
     * @param nonce the {@code nonce} query parameter, as received
     * @return 40 lower-case hex characters
     * @throws NullPointerException if an argument is null
     */
    public static String sign(String token, String timestamp, String nonce) {
        return Sha1.ofSorted(require(token, "token"), require(timestamp, "timestamp"), require(nonce, "nonce"))
                .finishHex();
    }

    /**
     * Checks a received signature in constant time. Exact lower-case hex only, as Tencent's samples do; a
     * {@code null} or malformed signature is simply not valid.
     *
     * @param token the Token configured on the Official Account platform
     * @param timestamp the {@code timestamp} query parameter, as received
     * @param nonce the {@code nonce} query parameter, as received
     * @param signature the {@code signature} query parameter; may be null
     * @return true only if {@code signature} is exactly {@link #sign}'s result
     * @throws NullPointerException if {@code token}, {@code timestamp} or {@code nonce} is null
     */
    public static boolean verify(String token, String timestamp, String nonce, String signature) {
        byte[] digest = Sha1.ofSorted(require(token, "token"), require(timestamp, "timestamp"), require(nonce, "nonce"))
                .finish();
        return ConstantTime.equalsLowerHex(digest, Sha1.LENGTH, signature);
    }

    static String require(String value, String name) {
        return Objects.requireNonNull(value, name);
    }
}
