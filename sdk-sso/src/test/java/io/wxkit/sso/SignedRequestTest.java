package io.wxkit.sso;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.sso.signature.SignedRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The broker ↔ business-system HMAC signature: exact string to sign, tampering, freshness. */
class SignedRequestTest {
    final MutableClock clock = new MutableClock();
    final byte[] key = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    final SignedRequest signer = SignedRequest.withKey(key, clock);

    @Test
    void theSignatureIsHmacSha256OverMethodPathTimestampNonceAndBody() throws Exception {
        Map<String, String> h = signer.sign("POST", "/sso/verify", "{\"a\":1}", new SecureRandom());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String text = "POST\n/sso/verify\n" + h.get("Wxkit-Timestamp") + "\n" + h.get("Wxkit-Nonce") + "\n{\"a\":1}\n";
        assertThat(h.get("Wxkit-Signature")).isEqualTo(Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8))));
        assertThat(h.get("Wxkit-Nonce")).matches("[0-9a-f]{32}");
        assertThat(Long.parseLong(h.get("Wxkit-Timestamp"))).isEqualTo(clock.instant().getEpochSecond());
    }

    @Test
    void anyChangeAStaleTimestampOrAnotherKeyFailsAndHeaderNamesAreCaseInsensitive() {
        Map<String, String> h = signer.sign("POST", "/p", "body", new SecureRandom());
        Map<String, String> lower = new HashMap<>();
        h.forEach((k, v) -> lower.put(k.toLowerCase(), v));
        assertThat(signer.verify("POST", "/p", lower, "body")).isTrue();
        assertThat(signer.verify("GET", "/p", h, "body")).isFalse();
        assertThat(signer.verify("POST", "/q", h, "body")).isFalse();
        assertThat(signer.verify("POST", "/p", h, "body ")).isFalse();
        Map<String, String> otherNonce = new HashMap<>(h);
        otherNonce.put("Wxkit-Nonce", "00");
        assertThat(signer.verify("POST", "/p", otherNonce, "body")).isFalse();
        assertThat(SignedRequest.withKey(new byte[32], clock).verify("POST", "/p", h, "body")).isFalse();
        assertThat(signer.verify("POST", "/p", Map.of(), "body")).isFalse();
        clock.advance(Duration.ofMinutes(6));
        assertThat(signer.verify("POST", "/p", h, "body")).isFalse();
        assertThat(signer.toString()).doesNotContain("0123456789abcdef");
    }
}
