package io.wxkit.core.internal.crypto.pay;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Authorization} header of a WeChat Pay APIv3 request:
 * {@code SCHEME mchid="..",nonce_str="..",signature="..",timestamp="..",serial_no=".."}, where the
 * signature covers {@code METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n}.
 *
 * <pre>{@code
 * String header = V3Authorization.sign(signer, mchId, serialNo, "GET", "/v3/certificates", ts, nonce, "").header();
 * V3Authorization parsed = V3Authorization.parse(header);
 * }</pre>
 *
 * @param scheme    {@code WECHATPAY2-SHA256-RSA2048} or {@code WECHATPAY2-SM2-WITH-SM3}
 * @param mchId     merchant id ({@code mchid})
 * @param nonce     {@code nonce_str}
 * @param signature Base64 signature
 * @param timestamp Unix seconds as sent
 * @param serialNo  merchant API certificate serial ({@code serial_no})
 */
public record V3Authorization(String scheme, String mchId, String nonce, String signature, String timestamp, String serialNo) {
    private static final Pattern HEADER = Pattern.compile("^(\\S+) (.*)$");
    private static final Pattern PARAM = Pattern.compile("\\s*([a-z_]+)=\"([^\"]*)\"\\s*(?:,|$)");

    public V3Authorization {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(mchId, "mchId");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(serialNo, "serialNo");
    }

    /**
     * The signed message {@code METHOD\nURL\nTIMESTAMP\nNONCE\nBODY\n}; {@code url} is the absolute
     * path plus {@code ?query} exactly as sent (no host), {@code body} the exact text sent ("" for none).
     */
    public static String message(String method, String url, String timestamp, String nonce, String body) {
        return method + '\n' + url + '\n' + timestamp + '\n' + nonce + '\n' + (body == null ? "" : body) + '\n';
    }

    /** Signs a request and returns the header value parts. */
    public static V3Authorization sign(PaySigner signer, String mchId, String serialNo,
                                       String method, String url, String timestamp, String nonce, String body) {
        String signature = signer.sign(message(method, url, timestamp, nonce, body));
        return new V3Authorization(signer.scheme(), mchId, nonce, signature, timestamp, serialNo);
    }

    /** The header value, parameters in the order of WeChat's documented example. */
    public String header() {
        return scheme + " mchid=\"" + mchId + "\",nonce_str=\"" + nonce + "\",signature=\"" + signature
                + "\",timestamp=\"" + timestamp + "\",serial_no=\"" + serialNo + '"';
    }

    /**
     * Parses a header value (any parameter order), for servers and tests that check requests.
     *
     * @throws PayCryptoException with {@code MALFORMED} if it is not a complete WeChat Pay Authorization value
     */
    public static V3Authorization parse(String header) {
        Matcher h = header == null ? null : HEADER.matcher(header.strip());
        if (h == null || !h.matches()) {
            throw new PayCryptoException(PayCryptoException.Reason.MALFORMED, "not a WECHATPAY2 Authorization value");
        }
        Map<String, String> p = new LinkedHashMap<>();
        Matcher m = PARAM.matcher(h.group(2));
        int end = 0;
        while (m.find() && m.start() == end) {
            p.put(m.group(1), m.group(2));
            end = m.end();
        }
        if (end != h.group(2).length()) {
            throw new PayCryptoException(PayCryptoException.Reason.MALFORMED, "Authorization parameters are malformed");
        }
        for (String k : new String[] {"mchid", "nonce_str", "signature", "timestamp", "serial_no"}) {
            if (!p.containsKey(k)) {
                throw new PayCryptoException(PayCryptoException.Reason.MALFORMED, "Authorization lacks " + k);
            }
        }
        return new V3Authorization(h.group(1), p.get("mchid"), p.get("nonce_str"), p.get("signature"),
                p.get("timestamp"), p.get("serial_no"));
    }

    @Override
    public String toString() {
        return "V3Authorization[scheme=" + scheme + ", mchId=" + mchId + ", timestamp=" + timestamp
                + ", serialNo=" + serialNo + ", signature=***]";
    }
}
