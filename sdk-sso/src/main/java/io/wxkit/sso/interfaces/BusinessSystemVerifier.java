package io.wxkit.sso.interfaces;

import io.wxkit.sso.signature.SignedRequest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The helper a business system uses to receive business-interface calls: it checks the broker's signature
 * (fresh timestamp, constant-time HMAC, nonce never seen before within the window) and signs the answer so
 * the broker accepts it.
 *
 * <pre>{@code
 * BusinessSystemVerifier v = BusinessSystemVerifier.withKey(signingKey, Clock.systemUTC());
 * if (!v.verify(method, pathAndQuery, headers, body)) return status(401);
 * return ok(answer).headers(v.signAnswer(headers, pathAndQuery, answer));
 * }</pre>
 *
 * <p>{@code pathAndQuery} is the request target as received ({@code /wx/order} or {@code /wx/order?no=1&openid=..}),
 * {@code signingKey} the base64url key {@code ClientRegistry.register} handed out. The replay memory is
 * in this object: share one per business-system process. Thread-safe.
 */
public final class BusinessSystemVerifier {
    /** Nonces remembered at most; beyond that, expired ones are swept before a new one is accepted. */
    static final int MAX_REMEMBERED = 100_000;

    private final SignedRequest signer;
    private final Clock clock;
    private final SecureRandom random;
    private final Map<String, Long> seen = new ConcurrentHashMap<>();

    private BusinessSystemVerifier(SignedRequest signer, Clock clock, SecureRandom random) {
        this.signer = signer;
        this.clock = clock;
        this.random = random;
    }

    /**
     * A verifier for the base64url signing key of the business system's SSO client.
     *
     * @param base64UrlKey the {@code signingKey} of {@code register(..)}'s credentials
     * @param clock        the time source of the freshness check
     * @return a verifier; keep one per key, it remembers the nonces it saw
     */
    public static BusinessSystemVerifier withKey(String base64UrlKey, Clock clock) {
        return new BusinessSystemVerifier(SignedRequest.withKey(Objects.requireNonNull(base64UrlKey, "key"), clock),
                clock, new SecureRandom());
    }

    /**
     * Whether this is a genuine, fresh, first-seen call from the broker. Header names are case-insensitive.
     *
     * @param method       the request's HTTP method
     * @param pathAndQuery the request's path and query as received, e.g. {@code "/wx/order"}
     * @param headers      the request's headers
     * @param body         the exact body received (empty for a GET)
     * @return false for a stale, forged or replayed call: answer 401 then
     */
    public boolean verify(String method, String pathAndQuery, Map<String, String> headers, String body) {
        if (!signer.verify(method, pathAndQuery, headers, body)) {
            return false;
        }
        String nonce = header(headers, SignedRequest.NONCE);
        long now = clock.millis();
        if (seen.size() >= MAX_REMEMBERED) {
            sweep(now);
            if (seen.size() >= MAX_REMEMBERED) {
                return false; // under a flood, refuse rather than forget nonces still inside the window
            }
        }
        Long previous = seen.putIfAbsent(nonce, now + 2 * SignedRequest.WINDOW.toMillis());
        return previous == null;
    }

    /**
     * The headers to send with {@code answerBody} for the request whose headers were {@code requestHeaders}
     * (the answer is bound to that request's nonce).
     *
     * @param requestHeaders the headers of the request being answered
     * @param pathAndQuery   the request's path and query, as given to {@link #verify}
     * @param answerBody     the exact body of the answer
     * @return the {@code Wxkit-*} headers to set on the answer
     */
    public Map<String, String> signAnswer(Map<String, String> requestHeaders, String pathAndQuery, String answerBody) {
        String nonce = header(requestHeaders, SignedRequest.NONCE);
        if (nonce == null) {
            throw new IllegalArgumentException("the request has no " + SignedRequest.NONCE + " header");
        }
        return signer.sign(answerMethod(nonce), pathAndQuery, answerBody, random);
    }

    /** The "method" an answer is signed over: binds it to the request's nonce. */
    static String answerMethod(String requestNonce) {
        return "ANSWER:" + requestNonce;
    }

    private void sweep(long now) {
        for (Iterator<Map.Entry<String, Long>> it = seen.entrySet().iterator(); it.hasNext(); ) {
            if (it.next().getValue() < now) {
                it.remove();
            }
        }
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
        return "BusinessSystemVerifier[key=***]";
    }
}
