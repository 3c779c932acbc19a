package io.wxkit.core.internal.crypto.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.core.internal.crypto.pem.Pem;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every pay.* vector in ../shared/vectors/vectors.json. */
class PayVectorsTest {

    @Test
    void v2SignaturesMatchEveryVectorWithMd5AndHmac() {
        for (JsonNode v : PayVectors.ofKind("pay.v2_sign")) {
            Map<String, String> params = PayVectors.strings(v.at("/inputs/params"));
            String key = v.at("/inputs/key").asText();
            assertThat(V2Signature.stringA(params)).as(v.get("id").asText()).isEqualTo(v.at("/expected/stringA").asText());
            assertThat(V2Signature.sign(params, key, V2SignType.MD5)).isEqualTo(v.at("/expected/sign_md5").asText());
            assertThat(V2Signature.sign(params, key, V2SignType.HMAC_SHA256)).isEqualTo(v.at("/expected/sign_hmac_sha256").asText());
        }
    }

    @Test
    void v2VerifyAcceptsTheRightSignAndRejectsAWrongOrMissingOne() {
        JsonNode v = PayVectors.ofKind("pay.v2_sign").get(0);
        Map<String, String> params = new HashMap<>(PayVectors.strings(v.at("/inputs/params")));
        String key = v.at("/inputs/key").asText();
        params.put("sign", v.at("/expected/sign_md5").asText());
        assertThat(V2Signature.verify(params, key, V2SignType.MD5)).isTrue();
        assertThat(V2Signature.verify(params, key, V2SignType.HMAC_SHA256)).isFalse();
        params.put("sign", v.at("/expected/sign_md5").asText().toLowerCase());
        assertThat(V2Signature.verify(params, key, V2SignType.MD5)).isFalse();
        params.remove("sign");
        assertThat(V2Signature.verify(params, key, V2SignType.MD5)).isFalse();
    }

    @Test
    void redPacketRequestSignMatchesTheVector() {
        JsonNode v = PayVectors.ofKind("pay.v2_redpack").stream()
                .filter(x -> x.get("id").asText().equals("pay-v2-redpack-request")).findFirst().orElseThrow();
        Map<String, String> params = PayVectors.strings(v.at("/inputs/params"));
        assertThat(V2Signature.stringA(params)).isEqualTo(v.at("/expected/stringA").asText());
        assertThat(V2Signature.sign(params, v.at("/inputs/key").asText(), V2SignType.MD5)).isEqualTo(v.at("/expected/sign").asText());
    }

    @Test
    void v3RequestSignatureMessageSignatureAndAuthorizationMatchEveryVector() {
        for (JsonNode v : PayVectors.ofKind("pay.v3_request_signature")) {
            JsonNode in = v.get("inputs");
            String message = V3Authorization.message(in.get("method").asText(), in.get("url").asText(),
                    in.get("timestamp").asText(), in.get("nonce_str").asText(), in.get("body").asText());
            assertThat(message).as(v.get("id").asText()).isEqualTo(v.at("/expected/message").asText());
            if (!in.has("merchant_private_key_file")) {
                continue; // the official example was signed with Tencent's key: message only
            }
            PaySigner signer = PaySigner.rsa(Pem.privateKey(PayVectors.file(in.get("merchant_private_key_file").asText())));
            V3Authorization auth = V3Authorization.sign(signer, in.get("mchid").asText(), in.get("serial_no").asText(),
                    in.get("method").asText(), in.get("url").asText(), in.get("timestamp").asText(),
                    in.get("nonce_str").asText(), in.get("body").asText());
            assertThat(auth.signature()).isEqualTo(v.at("/expected/signature").asText());
            assertThat(auth.header()).isEqualTo(v.at("/expected/authorization").asText());
            assertThat(V3Authorization.parse(auth.header())).isEqualTo(auth);
            assertThat(PayVerifier.rsa(Pem.publicKey(PayVectors.file("keys/TEST-ONLY-merchant-apiclient_pub.pem")))
                    .verify(message, auth.signature())).isTrue();
        }
    }

    @Test
    void authorizationParsingRejectsIncompleteOrGarbledValues() {
        assertThatThrownBy(() -> V3Authorization.parse("WECHATPAY2-SHA256-RSA2048 mchid=\"1\",nonce_str=\"n\""))
                .isInstanceOf(PayCryptoException.class).hasMessageContaining("lacks");
        assertThatThrownBy(() -> V3Authorization.parse("garbage")).isInstanceOf(PayCryptoException.class);
        assertThatThrownBy(() -> V3Authorization.parse(null)).isInstanceOf(PayCryptoException.class);
    }

    @Test
    void jsapiPaySignMatchesTheVector() {
        JsonNode v = PayVectors.ofKind("pay.v3_jsapi_paysign").get(0);
        JsonNode in = v.get("inputs");
        String message = FrontEndPaySign.jsapiMessage(in.get("appId").asText(), in.get("timeStamp").asText(),
                in.get("nonceStr").asText(), in.get("package").asText());
        assertThat(message).isEqualTo(v.at("/expected/message").asText());
        PrivateKey key = Pem.privateKey(PayVectors.file(in.get("merchant_private_key_file").asText()));
        assertThat(PaySigner.rsa(key).sign(message)).isEqualTo(v.at("/expected/paySign").asText());
    }

    @Test
    void responseVerificationGivesTheExpectedOutcomeForEveryVector() {
        for (JsonNode v : PayVectors.ofKind("pay.v3_response_verify")) {
            JsonNode in = v.get("inputs");
            PayVerifier platform = PayVerifier.rsa(Pem.publicKey(PayVectors.file(in.get("platform_public_key_file").asText())));
            String serial = in.get("platform_serial").asText();
            V3SignedMessage m = V3SignedMessage.fromHeaders(PayVectors.strings(in.get("headers")), in.get("body").asText());
            Instant now = Instant.ofEpochSecond(in.get("now_epoch_seconds").asLong());
            Duration window = Duration.ofSeconds(in.get("max_clock_skew_seconds").asLong());
            if (v.at("/expected/message").isTextual()) {
                assertThat(m.message()).isEqualTo(v.at("/expected/message").asText());
            }
            Runnable verify = () -> m.verify(s -> s.equals(serial) ? Optional.of(platform) : Optional.empty(), now, window);
            String id = v.get("id").asText();
            if (v.at("/expected/valid").asBoolean()) {
                verify.run();
            } else {
                String expectedError = v.at("/expected/error").asText("SIGNATURE_INVALID");
                assertThatThrownBy(verify::run).as(id).isInstanceOfSatisfying(PayCryptoException.class,
                        e -> assertThat(e.reason().name()).isEqualTo(expectedError));
            }
            if (v.at("/expected/signature_cryptographically_valid").asBoolean()) {
                assertThat(platform.verify(m.message(), m.signature())).isTrue();
            }
        }
    }

    @Test
    void missingHeadersAreRejectedBeforeAnyKeyIsUsed() {
        V3SignedMessage m = V3SignedMessage.fromHeaders(Map.of("wechatpay-timestamp", "1700000000"), "{}");
        assertThatThrownBy(() -> m.verify(s -> Optional.empty(), Instant.ofEpochSecond(1700000000), V3SignedMessage.DEFAULT_WINDOW))
                .isInstanceOfSatisfying(PayCryptoException.class, e -> assertThat(e.reason()).isEqualTo(PayCryptoException.Reason.MISSING_HEADER));
    }

    @Test
    void notificationsVerifyAndDecryptToTheExpectedResource() {
        for (JsonNode v : PayVectors.ofKind("pay.v3_notification")) {
            JsonNode in = v.get("inputs");
            PayVerifier platform = PayVerifier.rsa(Pem.publicKey(PayVectors.file(in.get("platform_public_key_file").asText())));
            V3SignedMessage m = V3SignedMessage.fromHeaders(PayVectors.strings(in.get("headers")), in.get("body").asText());
            assertThat(m.message()).isEqualTo(v.at("/expected/signed_message").asText());
            m.verify(s -> s.equals(in.get("platform_serial").asText()) ? Optional.of(platform) : Optional.empty(),
                    Instant.ofEpochSecond(in.get("now_epoch_seconds").asLong()), V3SignedMessage.DEFAULT_WINDOW);
            JsonNode body = readTree(in.get("body").asText());
            assertThat(body.get("event_type").asText()).isEqualTo(v.at("/expected/event_type").asText());
            JsonNode r = body.get("resource");
            String plain = ResourceCipher.aes256Gcm(in.get("apiv3_key").asText())
                    .decrypt(r.get("associated_data").asText(), r.get("nonce").asText(), r.get("ciphertext").asText());
            assertThat(plain).isEqualTo(v.at("/expected/resource_plaintext").asText());
        }
    }

    @Test
    void aeadDecryptionAndEncryptionMatchEveryVectorAndFailuresAreTagMismatches() {
        for (JsonNode v : PayVectors.ofKind("pay.v3_aead_decrypt")) {
            JsonNode in = v.get("inputs");
            ResourceCipher cipher = ResourceCipher.aes256Gcm(in.get("apiv3_key").asText());
            String aad = in.get("associated_data").asText();
            String nonce = in.get("nonce").asText();
            String ct = in.get("ciphertext").asText();
            if (v.at("/expected/plaintext").isTextual()) {
                String plain = v.at("/expected/plaintext").asText();
                assertThat(cipher.decrypt(aad, nonce, ct)).as(v.get("id").asText()).isEqualTo(plain);
                assertThat(cipher.encrypt(aad, nonce, plain)).isEqualTo(ct); // GCM is deterministic for a fixed nonce
            } else {
                assertThatThrownBy(() -> cipher.decrypt(aad, nonce, ct)).as(v.get("id").asText())
                        .isInstanceOfSatisfying(PayCryptoException.class,
                                e -> assertThat(e.reason().name()).isEqualTo(v.at("/expected/error").asText()));
            }
        }
    }

    @Test
    void malformedCiphertextAndShortKeysAreTypedErrors() {
        ResourceCipher cipher = ResourceCipher.aes256Gcm("wxkitTestApiV3Key0123456789ABCDE");
        assertThatThrownBy(() -> cipher.decrypt("", "fdasflkja484", "not base64!"))
                .isInstanceOfSatisfying(PayCryptoException.class, e -> assertThat(e.reason()).isEqualTo(PayCryptoException.Reason.MALFORMED));
        assertThatThrownBy(() -> cipher.decrypt("", "fdasflkja484", "AAAA"))
                .isInstanceOfSatisfying(PayCryptoException.class, e -> assertThat(e.reason()).isEqualTo(PayCryptoException.Reason.MALFORMED));
        assertThatThrownBy(() -> ResourceCipher.aes256Gcm("short")).isInstanceOf(PayCryptoException.class)
                .hasMessageNotContaining("short");
        assertThat(cipher.toString()).doesNotContain("wxkitTestApiV3Key");
    }

    @Test
    void sensitiveFieldsDecryptEveryVectorAndEncryptionRoundTrips() {
        for (JsonNode v : PayVectors.ofKind("pay.v3_sensitive_decrypt")) {
            PrivateKey key = Pem.privateKey(PayVectors.file(v.at("/inputs/private_key_file").asText()));
            assertThat(SensitiveFields.decrypt(key, v.at("/inputs/ciphertext").asText())).isEqualTo(v.at("/expected/plaintext").asText());
        }
        String encrypted = SensitiveFields.encrypt(Pem.publicKey(PayVectors.file("keys/TEST-ONLY-platform_pub.pem")), "张三", new SecureRandom());
        assertThat(SensitiveFields.decrypt(Pem.privateKey(PayVectors.file("keys/TEST-ONLY-platform_key.pem")), encrypted)).isEqualTo("张三");
        assertThatThrownBy(() -> SensitiveFields.decrypt(Pem.privateKey(PayVectors.file("keys/TEST-ONLY-merchant-apiclient_key.pem")), encrypted))
                .isInstanceOf(PayCryptoException.class);
    }

    @Test
    void noncesAreThirtyTwoUpperHexCharacters() {
        assertThat(Nonces.next(new SecureRandom())).matches("[0-9A-F]{32}");
    }

    private static JsonNode readTree(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
