package io.wxkit.core.internal.crypto.pay;

import io.wxkit.core.internal.crypto.ConstantTime;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeChat Pay API v2 signature ({@code sign}): parameters with non-empty values, except {@code sign},
 * sorted by key in ASCII order, joined as {@code k=v&...}, then {@code &key=API_KEY}; MD5 or
 * HMAC-SHA256 (keyed with the API key) over the UTF-8 bytes; upper-case hex.
 *
 * <pre>{@code
 * String sign = V2Signature.sign(params, apiKey, V2SignType.MD5);
 * boolean ok = V2Signature.verify(responseFields, apiKey, V2SignType.MD5);
 * }</pre>
 *
 * <p>Stateless and thread-safe. Values are signed verbatim: no trimming, no URL encoding.
 */
public final class V2Signature {
    private V2Signature() {}

    private static final HexFormat UPPER_HEX = HexFormat.of().withUpperCase();
    /** Per thread: MD5 digests are cheap to reuse and a provider lookup per signature is not. */
    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> digest("MD5"));
    /**
     * Per thread: the HMAC-SHA256 {@code Mac} and the key it was last initialised with (re-keyed only on
     * change). It holds the merchant's key as the {@code WxPay} client itself does, never request data.
     */
    private static final ThreadLocal<KeyedMac> HMAC = ThreadLocal.withInitial(KeyedMac::new);

    /** {@code stringA}: the sorted {@code k=v&...} string, without the key (null/empty values and {@code sign} skipped). */
    public static String stringA(Map<String, String> params) {
        return appendStringA(params, new StringBuilder(256)).toString();
    }

    /** Keys sorted in {@code String} order (UTF-16 = ASCII for keys), as a {@code TreeMap} would, without building one. */
    private static StringBuilder appendStringA(Map<String, String> params, StringBuilder sb) {
        String[] keys = params.keySet().toArray(new String[0]);
        Arrays.sort(keys);
        int start = sb.length();
        for (String key : keys) {
            String v = params.get(key);
            if (v == null || v.isEmpty() || key.equals("sign")) {
                continue;
            }
            if (sb.length() > start) {
                sb.append('&');
            }
            sb.append(key).append('=').append(v);
        }
        return sb;
    }

    /**
     * Computes the upper-case hex {@code sign} of {@code params} with the merchant API key.
     *
     * @throws IllegalArgumentException if {@code apiKey} is empty
     */
    public static String sign(Map<String, String> params, String apiKey, V2SignType type) {
        if (apiKey == null || apiKey.isEmpty()) {
            throw new IllegalArgumentException("API v2 key is required");
        }
        // a fresh builder per call: a per-thread one would keep the API key (and the request) between calls
        byte[] message = appendStringA(params, new StringBuilder(512)).append("&key=").append(apiKey).toString()
                .getBytes(StandardCharsets.UTF_8);
        byte[] digest = type == V2SignType.MD5 ? MD5.get().digest(message) : HMAC.get().sign(apiKey, message);
        return UPPER_HEX.formatHex(digest);
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK lacks " + algorithm, e);
        }
    }

    /** One thread's HMAC-SHA256 {@code Mac}, keyed with the API key of its last use. */
    private static final class KeyedMac {
        private final Mac mac;
        private String key;

        KeyedMac() {
            try {
                mac = Mac.getInstance("HmacSHA256");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("JDK lacks HMAC-SHA256", e);
            }
        }

        byte[] sign(String apiKey, byte[] message) {
            if (!apiKey.equals(key)) {
                try {
                    mac.init(new SecretKeySpec(apiKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("JDK lacks HMAC-SHA256", e);
                }
                key = apiKey;
            }
            return mac.doFinal(message); // doFinal leaves the Mac initialised with the same key
        }
    }

    /**
     * Checks the {@code sign} field of {@code params} in constant time; {@code false} when it is
     * missing or wrong. Unknown fields are part of the signature, as WeChat requires.
     */
    public static boolean verify(Map<String, String> params, String apiKey, V2SignType type) {
        String given = params.get("sign");
        if (given == null || given.isEmpty()) {
            return false;
        }
        return ConstantTime.equals(sign(params, apiKey, type), given);
    }
}
