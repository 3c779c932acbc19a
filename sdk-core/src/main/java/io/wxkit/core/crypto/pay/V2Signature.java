package io.wxkit.core.crypto.pay;

import io.wxkit.core.crypto.ConstantTime;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
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

    /** {@code stringA}: the sorted {@code k=v&...} string, without the key (null/empty values and {@code sign} skipped). */
    public static String stringA(Map<String, String> params) {
        StringBuilder sb = new StringBuilder(256);
        for (Map.Entry<String, String> e : new TreeMap<>(params).entrySet()) { // String order is UTF-16 = ASCII for keys
            String v = e.getValue();
            if (v == null || v.isEmpty() || e.getKey().equals("sign")) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(e.getKey()).append('=').append(v);
        }
        return sb.toString();
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
        byte[] message = (stringA(params) + "&key=" + apiKey).getBytes(StandardCharsets.UTF_8);
        try {
            byte[] digest;
            if (type == V2SignType.MD5) {
                digest = MessageDigest.getInstance("MD5").digest(message);
            } else {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(apiKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                digest = mac.doFinal(message);
            }
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("JDK lacks " + type.wireName(), e);
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
