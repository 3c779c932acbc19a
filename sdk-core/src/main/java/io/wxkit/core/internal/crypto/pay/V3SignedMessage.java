package io.wxkit.core.internal.crypto.pay;

import io.wxkit.core.internal.crypto.TimestampWindow;
import io.wxkit.core.internal.text.Untrusted;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A WeChat Pay APIv3 response or notification as signed by the platform: the
 * {@code Wechatpay-Timestamp}, {@code -Nonce}, {@code -Signature}, {@code -Serial} headers and the
 * exact body; the signature covers {@code TIMESTAMP\nNONCE\nBODY\n}.
 *
 * <pre>{@code
 * V3SignedMessage.fromHeaders(headers, body)
 *     .verify(serial -> Optional.ofNullable(keys.get(serial)), clock.instant(), Duration.ofMinutes(5));
 * }</pre>
 *
 * @param timestamp {@code Wechatpay-Timestamp} (Unix seconds as sent)
 * @param nonce     {@code Wechatpay-Nonce}
 * @param signature {@code Wechatpay-Signature} (Base64)
 * @param serial    {@code Wechatpay-Serial}: a platform certificate serial or a {@code PUB_KEY_ID_...}
 * @param body      the body exactly as received ("" for none)
 */
public record V3SignedMessage(String timestamp, String nonce, String signature, String serial, String body) {
    /** WeChat's documented tolerance: a timestamp more than five minutes from now is refused. */
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(5);

    public V3SignedMessage {
        body = body == null ? "" : body;
    }

    /**
     * Reads the four {@code Wechatpay-*} headers (names case-insensitive); missing ones are {@code null}
     * and fail {@link #verify}.
     */
    public static V3SignedMessage fromHeaders(Map<String, String> headers, String body) {
        // one pass over the entries instead of a case-insensitive TreeMap copy of every header (≈ 4 % of a
        // notification's samples); as with that copy, of two spellings of one name the later entry wins
        String timestamp = null;
        String nonce = null;
        String signature = null;
        String serial = null;
        for (Map.Entry<String, String> e : headers.entrySet()) {
            String name = e.getKey();
            if (name == null) {
                continue; // HttpURLConnection's status line (the TreeMap copy threw on it)
            }
            if (name.equalsIgnoreCase("Wechatpay-Timestamp")) { // equalsIgnoreCase compares lengths first
                timestamp = e.getValue();
            } else if (name.equalsIgnoreCase("Wechatpay-Nonce")) {
                nonce = e.getValue();
            } else if (name.equalsIgnoreCase("Wechatpay-Signature")) {
                signature = e.getValue();
            } else if (name.equalsIgnoreCase("Wechatpay-Serial")) {
                serial = e.getValue();
            }
        }
        return new V3SignedMessage(timestamp, nonce, signature, serial, body);
    }

    /** The signed message {@code TIMESTAMP\nNONCE\nBODY\n}. */
    public String message() {
        return message(timestamp, nonce, body);
    }

    /** The signed message {@code TIMESTAMP\nNONCE\nBODY\n}. */
    public static String message(String timestamp, String nonce, String body) {
        return timestamp + '\n' + nonce + '\n' + (body == null ? "" : body) + '\n';
    }

    /**
     * Verifies headers, timestamp window and signature, choosing the key by {@code Wechatpay-Serial}
     * and never falling back to another key.
     *
     * @param keys   the platform verifier for a serial, empty if the serial is unknown
     * @param now    the current time (from the caller's {@code Clock})
     * @param window the allowed distance between {@code now} and the timestamp, both directions
     * @throws PayCryptoException with reason {@code MISSING_HEADER}, {@code TIMESTAMP_EXPIRED},
     *                            {@code UNKNOWN_PLATFORM_SERIAL} or {@code SIGNATURE_INVALID}
     */
    public void verify(Function<String, Optional<PayVerifier>> keys, Instant now, Duration window) {
        if (timestamp == null || nonce == null || signature == null || serial == null) {
            throw new PayCryptoException(PayCryptoException.Reason.MISSING_HEADER,
                    "Wechatpay-Timestamp, -Nonce, -Signature and -Serial are all required");
        }
        long ts;
        try {
            ts = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw new PayCryptoException(PayCryptoException.Reason.TIMESTAMP_EXPIRED, "Wechatpay-Timestamp is not a number");
        }
        if (!TimestampWindow.contains(now.getEpochSecond(), ts, window.toSeconds())) {
            throw new PayCryptoException(PayCryptoException.Reason.TIMESTAMP_EXPIRED,
                    "Wechatpay-Timestamp " + ts + " is outside " + window + " of " + now);
        }
        PayVerifier verifier = keys.apply(serial).orElseThrow(() -> new PayCryptoException(
                PayCryptoException.Reason.UNKNOWN_PLATFORM_SERIAL, "no platform key or certificate with serial " + Untrusted.quote(serial, 64)));
        boolean valid = verifier instanceof RsaPayKeys.Verifier rsa
                ? rsa.verifyParts(timestamp, nonce, body, signature)
                : verifier.verify(messageBytes(), signature);
        if (!valid) {
            throw new PayCryptoException(PayCryptoException.Reason.SIGNATURE_INVALID,
                    "Wechatpay-Signature does not verify with serial " + Untrusted.quote(serial, 64));
        }
    }

    /**
     * The UTF-8 bytes of {@link #message()}, encoded part by part: the same bytes (the parts are whole
     * strings separated by {@code \n}) without the intermediate string, which for a body with Chinese
     * text is a UTF-16 copy twice the body's length.
     */
    private byte[] messageBytes() {
        byte[] ts = timestamp.getBytes(StandardCharsets.UTF_8);
        byte[] n = nonce.getBytes(StandardCharsets.UTF_8);
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        byte[] m = new byte[ts.length + n.length + b.length + 3];
        System.arraycopy(ts, 0, m, 0, ts.length);
        m[ts.length] = '\n';
        System.arraycopy(n, 0, m, ts.length + 1, n.length);
        m[ts.length + 1 + n.length] = '\n';
        System.arraycopy(b, 0, m, ts.length + n.length + 2, b.length);
        m[m.length - 1] = '\n';
        return m;
    }

    @Override
    public String toString() {
        return "V3SignedMessage[timestamp=" + Untrusted.quote(timestamp, 64) + ", serial=" + Untrusted.quote(serial, 64)
                + ", bodyLength=" + body.length() + "]";
    }
}
