package io.wxkit.core.crypto;

import io.wxkit.core.internal.crypto.Hex;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CallbackSignatureTest {
    static List<JsonNode> serverSignatureVectors() {
        return Vectors.ofKind("mp.server_signature");
    }

    static List<JsonNode> jssdkVectors() {
        return Vectors.ofKind("mp.jssdk_signature");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("serverSignatureVectors")
    void serverSignatureMatchesEveryVector(JsonNode v) {
        JsonNode in = v.get("inputs");
        boolean valid = v.get("expected").get("valid").asBoolean();
        String token = in.get("token").asText();
        String ts = in.get("timestamp").asText();
        String nonce = in.get("nonce").asText();
        assertThat(CallbackSignature.verify(token, ts, nonce, in.get("signature").asText())).isEqualTo(valid);
        if (valid) {
            assertThat(CallbackSignature.sign(token, ts, nonce)).isEqualTo(v.get("expected").get("signature").asText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jssdkVectors")
    void jsSdkSignatureMatchesEveryVector(JsonNode v) {
        JsonNode in = v.get("inputs");
        String sig = JsSdkSignature.sign(in.get("jsapi_ticket").asText(), in.get("noncestr").asText(),
                in.get("timestamp").asText(), in.get("url").asText());
        assertThat(sig).isEqualTo(v.get("expected").get("signature").asText());
        if (v.get("expected").has("url_signed")) {
            assertThat(JsSdkSignature.stripFragment(in.get("url").asText()))
                    .isEqualTo(v.get("expected").get("url_signed").asText());
        }
    }

    @Test
    void missingOrTruncatedSignatureIsInvalidNotAnError() {
        assertThat(CallbackSignature.verify("pamtest", "1409304348", "xxxxxx", null)).isFalse();
        assertThat(CallbackSignature.verify("pamtest", "1409304348", "xxxxxx", "")).isFalse();
        assertThat(CallbackSignature.verify("pamtest", "1409304348", "xxxxxx",
                "76480565cbe296026c53aaacd1ad523a1ddba24")).isFalse();
        assertThat(CallbackSignature.verify("pamtest", "1409304348", "xxxxxx",
                "76480565cbe296026c53aaacd1ad523a1ddba24ff")).isFalse();
    }

    @Test
    void nonAsciiInputsAreSignedAsUtf8() throws Exception {
        String token = "令牌🎉";
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-1");
        String[] parts = {token, "1700000000", "nonce"};
        java.util.Arrays.sort(parts);
        String expected = Hex.encode(md.digest(String.join("", parts).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(CallbackSignature.sign(token, "1700000000", "nonce")).isEqualTo(expected);
    }

    @Test
    void longInputsCrossTheDigestBufferBoundary() throws Exception {
        String nonce = "é".repeat(1000) + "x".repeat(777);
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-1");
        String[] parts = {"tok", "1", nonce};
        java.util.Arrays.sort(parts);
        String expected = Hex.encode(md.digest(String.join("", parts).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(CallbackSignature.sign("tok", "1", nonce)).isEqualTo(expected);
    }

    @Test
    void randomMixesOfAsciiRunsAndOtherCharsAreSignedAsUtf8() throws Exception {
        // the ASCII fast path copies blocks of up to 512 chars: put the first non-ASCII char at every kind of
        // position (first, last, across a block, after a flush) and mix in pairs and lone surrogates
        java.util.Random random = new java.util.Random(Long.getLong("wxkit.fuzz.seed", 14L));
        // lone surrogates stay inside a part: two parts' halves would pair up in the joined reference string
        String[] others = {"é", "中", "🎉", "\ud83cx", "x\udf89", "\u0080", "\u07ff", "\u0800", "\uffff"};
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-1");
        for (int round = 0; round < 2_000; round++) {
            String[] parts = new String[3];
            for (int p = 0; p < parts.length; p++) {
                StringBuilder b = new StringBuilder();
                int pieces = random.nextInt(4);
                for (int k = 0; k <= pieces; k++) {
                    int run = random.nextInt(4) == 0 ? 500 + random.nextInt(30) : random.nextInt(40);
                    for (int c = 0; c < run; c++) {
                        b.append((char) (0x20 + random.nextInt(0x5f)));
                    }
                    if (random.nextBoolean()) {
                        b.append(others[random.nextInt(others.length)]);
                    }
                }
                parts[p] = b.toString();
            }
            String[] sorted = parts.clone();
            java.util.Arrays.sort(sorted);
            String expected = Hex.encode(md.digest(String.join("", sorted).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(CallbackSignature.sign(parts[0], parts[1], parts[2])).as("round %d", round).isEqualTo(expected);
            assertThat(CallbackSignature.verify(parts[0], parts[1], parts[2], expected)).isTrue();
        }
    }
}
