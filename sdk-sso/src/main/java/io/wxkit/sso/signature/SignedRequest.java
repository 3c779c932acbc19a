package io.wxkit.sso.signature;

import io.wxkit.core.internal.crypto.ConstantTime;
import io.wxkit.sso.internal.Secrets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * HMAC-SHA256 signatures for calls between the broker and a business system, in both directions,
 * with the client's signing key: over {@code METHOD\nPATH\nTIMESTAMP\nNONCE\nBODY\n}, sent as the headers
 * {@value #TIMESTAMP}, {@value #NONCE} and {@value #SIGNATURE} (base64url, no padding).
 *
 * <pre>{@code
 * SignedRequest signer = SignedRequest.withKey(signingKey, Clock.systemUTC());
 * boolean ok = signer.verify("POST", "/sso/verify", headers, body);   // business-system side
 * }</pre>
 *
 * <p>{@link #verify} accepts a timestamp within {@link #WINDOW} of the clock and compares in constant
 * time; remembering nonces against a replay inside the window is the receiver's choice (a
 * {@code DedupStore} keyed by nonce does it). Immutable and thread-safe.
 */
public final class SignedRequest {
    /** Header with the Unix time in seconds. */
    public static final String TIMESTAMP = "Wxkit-Timestamp";
    /** Header with a random nonce (32 hex characters). */
    public static final String NONCE = "Wxkit-Nonce";
    /** Header with the signature. */
    public static final String SIGNATURE = "Wxkit-Signature";
    /** How far a timestamp may be from the receiver's clock. */
    public static final Duration WINDOW = Duration.ofMinutes(5);

    private final byte[] key;
    private final Clock clock;

    private SignedRequest(byte[] key, Clock clock) {
        this.key = key;
        this.clock = clock;
    }

    /**
     * A signer and verifier with the raw signing key.
     *
     * @param key   the raw HMAC-SHA256 key, e.g. {@code sso.clients().signingKeyBytes(client)}: at least 16 bytes
     * @param clock the time source of timestamps and of the freshness check
     * @return the signer
     * @throws IllegalArgumentException if {@code key} is null or shorter than 16 bytes
     */
    public static SignedRequest withKey(byte[] key, Clock clock) {
        if (key == null || key.length < 16) {
            throw new IllegalArgumentException("signing key must be at least 16 bytes");
        }
        return new SignedRequest(key.clone(), Objects.requireNonNull(clock, "clock"));
    }

    /**
     * A signer and verifier with the base64url signing key handed out at registration.
     *
     * @param base64UrlKey {@link io.wxkit.sso.client.IssuedCredentials#signingKey()} as handed to the business system
     * @param clock        the time source of timestamps and of the freshness check
     * @return the signer
     */
    public static SignedRequest withKey(String base64UrlKey, Clock clock) {
        return withKey(java.util.Base64.getUrlDecoder().decode(base64UrlKey), clock);
    }

    /**
     * The three signature headers for a call of {@code method} on {@code path} with {@code body}.
     *
     * @param method {@code POST}, {@code GET}, or {@code RESPONSE} when signing an answer
     * @param path   the path and query the call goes to, e.g. {@code "/sso/verify"}
     * @param body   the exact body sent (empty for none)
     * @param random the nonce source
     * @return {@code Wxkit-Timestamp}, {@code Wxkit-Nonce} and {@code Wxkit-Signature}, to set as HTTP headers
     */
    public Map<String, String> sign(String method, String path, String body, SecureRandom random) {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String nonce = Secrets.randomHex(random, 16);
        return Map.of(TIMESTAMP, timestamp, NONCE, nonce, SIGNATURE, signature(method, path, timestamp, nonce, body));
    }

    /**
     * Whether {@code headers} (names case-insensitive) carry a valid, fresh signature of this call.
     * Missing or malformed headers are simply invalid.
     *
     * @param method  as given to {@link #sign}
     * @param path    as given to {@link #sign}
     * @param headers the received headers
     * @param body    the exact body received
     * @return true only for a matching signature with a fresh timestamp
     */
    public boolean verify(String method, String path, Map<String, String> headers, String body) {
        String timestamp = header(headers, TIMESTAMP);
        String nonce = header(headers, NONCE);
        String signature = header(headers, SIGNATURE);
        if (timestamp == null || nonce == null || signature == null || nonce.length() > 64) {
            return false;
        }
        long ts;
        try {
            ts = Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(clock.instant().getEpochSecond() - ts) > WINDOW.toSeconds()) {
            return false;
        }
        return ConstantTime.equals(signature(method, path, timestamp, nonce, body), signature);
    }

    String signature(String method, String path, String timestamp, String nonce, String body) {
        String text = method + "\n" + path + "\n" + timestamp + "\n" + nonce + "\n" + (body == null ? "" : body) + "\n";
        return Secrets.hmacBase64(key, text);
    }

    private static String header(Map<String, String> headers, String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "SignedRequest[key=***]";
    }

}
