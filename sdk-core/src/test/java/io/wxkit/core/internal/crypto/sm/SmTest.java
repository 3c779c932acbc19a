package io.wxkit.core.internal.crypto.sm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.core.internal.crypto.pay.PayCryptoException;
import io.wxkit.core.internal.crypto.pay.PaySigner;
import io.wxkit.core.internal.crypto.pay.PayVectors;
import io.wxkit.core.internal.crypto.pay.PayVerifier;
import io.wxkit.core.internal.crypto.pay.ResourceCipher;
import io.wxkit.core.internal.crypto.pay.V3Authorization;
import io.wxkit.core.internal.crypto.pem.Pem;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.junit.jupiter.api.Test;

/** SM3/SM4 vectors from ../shared/vectors and SM2/SM4-GCM cross-checked against BouncyCastle's low-level API. */
class SmTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] USER_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);

    @Test
    void sm3MatchesTheStandardsKnownAnswers() {
        for (JsonNode v : PayVectors.ofKind("crypto.sm3")) {
            byte[] digest = Sm3.digest(v.at("/inputs/message_ascii").asText().getBytes(StandardCharsets.US_ASCII));
            assertThat(HEX.formatHex(digest)).as(v.get("id").asText()).isEqualTo(v.at("/expected/digest_hex").asText());
        }
        assertThat(HEX.formatHex(Sm3.digest("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void sm4MatchesEveryVector() {
        for (JsonNode v : PayVectors.ofKind("crypto.sm4")) {
            JsonNode in = v.get("inputs");
            byte[] key = HEX.parseHex(in.get("key_hex").asText());
            byte[] expected = HEX.parseHex(v.at("/expected/ciphertext_hex").asText());
            String id = v.get("id").asText();
            if (in.has("iterations")) { // E^n(P) as the last block of CBC(IV=0) over P || zero blocks
                int n = in.get("iterations").asInt();
                byte[] data = Arrays.copyOf(HEX.parseHex(in.get("plaintext_hex").asText()), 16 * n);
                byte[] out = Sm4.encryptCbc(key, new byte[16], data, false);
                assertThat(Arrays.copyOfRange(out, out.length - 16, out.length)).as(id).isEqualTo(expected);
            } else if (in.get("mode").asText().equals("ECB")) {
                assertThat(Sm4.encryptEcb(key, HEX.parseHex(in.get("plaintext_hex").asText()))).as(id).isEqualTo(expected);
            } else {
                boolean pkcs7 = in.get("padding").asText().equals("PKCS7");
                byte[] iv = HEX.parseHex(in.get("iv_hex").asText());
                byte[] plain = in.has("plaintext_hex") ? HEX.parseHex(in.get("plaintext_hex").asText())
                        : in.get("plaintext_utf8").asText().getBytes(StandardCharsets.UTF_8);
                assertThat(Sm4.encryptCbc(key, iv, plain, pkcs7)).as(id).isEqualTo(expected);
                assertThat(Sm4.decryptCbc(key, iv, expected, pkcs7)).isEqualTo(plain);
            }
        }
    }

    @Test
    void sm2SignatureFromTheJcaPathVerifiesWithTheLowLevelApiAndBack() throws Exception {
        KeyPair kp = Sm2PayKeys.generateKeyPair(new SecureRandom());
        byte[] msg = "GET\n/v3/certificates\n1700000000\nNONCE\n\n".getBytes(StandardCharsets.UTF_8);
        ECPrivateKeyParameters priv = (ECPrivateKeyParameters) PrivateKeyFactory.createKey(kp.getPrivate().getEncoded());
        ECPublicKeyParameters pub = (ECPublicKeyParameters) PublicKeyFactory.createKey(kp.getPublic().getEncoded());

        String jcaSig = Sm2PayKeys.signer(kp.getPrivate()).sign(msg);
        SM2Signer low = new SM2Signer();
        low.init(false, new ParametersWithID(pub, USER_ID));
        low.update(msg, 0, msg.length);
        assertThat(low.verifySignature(Base64.getDecoder().decode(jcaSig))).isTrue();

        SM2Signer lowSign = new SM2Signer();
        lowSign.init(true, new ParametersWithID(priv, USER_ID));
        lowSign.update(msg, 0, msg.length);
        String lowSig = Base64.getEncoder().encodeToString(lowSign.generateSignature());
        PayVerifier verifier = Sm2PayKeys.verifier(kp.getPublic());
        assertThat(verifier.verify(msg, lowSig)).isTrue();
        msg[0] ^= 1;
        assertThat(verifier.verify(msg, lowSig)).isFalse();
        assertThat(verifier.verify(msg, "WECHATPAY/SIGNTEST/abc")).isFalse();
    }

    @Test
    void sm2SignatureWithAnotherUserIdDoesNotVerify() throws Exception {
        KeyPair kp = Sm2PayKeys.generateKeyPair(new SecureRandom());
        byte[] msg = "x".getBytes(StandardCharsets.UTF_8);
        SM2Signer other = new SM2Signer();
        other.init(true, new ParametersWithID(PrivateKeyFactory.createKey(kp.getPrivate().getEncoded()),
                "another-user-id".getBytes(StandardCharsets.US_ASCII)));
        other.update(msg, 0, msg.length);
        assertThat(Sm2PayKeys.verifier(kp.getPublic()).verify(msg, Base64.getEncoder().encodeToString(other.generateSignature()))).isFalse();
    }

    @Test
    void sm2SchemeSignsAuthorizationHeadersWithKeysLoadedFromPem() {
        KeyPair kp = Sm2PayKeys.generateKeyPair(new SecureRandom());
        PaySigner signer = Sm2PayKeys.signer(Pem.privateKey(pem("PRIVATE KEY", kp.getPrivate().getEncoded())));
        PayVerifier verifier = Sm2PayKeys.verifier(Pem.publicKey(pem("PUBLIC KEY", kp.getPublic().getEncoded())));
        V3Authorization auth = V3Authorization.sign(signer, "1900000001", "157056765AB5A9EEE5D363D0329039A254D5EF49",
                "GET", "/v3/certificates?algorithm_type=SM2", "1636620536", "fixednonce", "");
        assertThat(auth.header()).startsWith("WECHATPAY2-SM2-WITH-SM3 mchid=\"1900000001\",nonce_str=\"fixednonce\",signature=\"");
        assertThat(verifier.verify(V3Authorization.message("GET", "/v3/certificates?algorithm_type=SM2", "1636620536", "fixednonce", ""),
                V3Authorization.parse(auth.header()).signature())).isTrue();
        assertThat(Base64.getDecoder().decode(auth.signature())[0]).as("RS_ASN1: a DER SEQUENCE").isEqualTo((byte) 0x30);
    }

    @Test
    void sm4GcmResourceUsesTheSm3DerivedKeyAndMatchesTheLowLevelCipher() throws Exception {
        String apiV3Key = "wxkitTestApiV3Key0123456789ABCDE";
        String plain = "{\"out_trade_no\":\"1217752501201407033233368018\",\"trade_state\":\"SUCCESS\"}";
        GCMBlockCipher gcm = (GCMBlockCipher) GCMBlockCipher.newInstance(new SM4Engine());
        byte[] key = Arrays.copyOf(Sm3.digest(apiV3Key.getBytes(StandardCharsets.US_ASCII)), 16);
        gcm.init(true, new AEADParameters(new KeyParameter(key), 128, "fdasflkja484".getBytes(StandardCharsets.US_ASCII),
                "transaction".getBytes(StandardCharsets.US_ASCII)));
        byte[] in = plain.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[gcm.getOutputSize(in.length)];
        int n = gcm.processBytes(in, 0, in.length, out, 0);
        gcm.doFinal(out, n);
        String lowLevel = Base64.getEncoder().encodeToString(out);

        ResourceCipher cipher = Sm4.resourceCipher(apiV3Key);
        assertThat(cipher.algorithm()).isEqualTo("AEAD_SM4_GCM");
        assertThat(cipher.decrypt("transaction", "fdasflkja484", lowLevel)).isEqualTo(plain);
        assertThat(cipher.encrypt("transaction", "fdasflkja484", plain)).isEqualTo(lowLevel);
        out[out.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt("transaction", "fdasflkja484", Base64.getEncoder().encodeToString(out)))
                .isInstanceOfSatisfying(PayCryptoException.class, e -> assertThat(e.reason()).isEqualTo(PayCryptoException.Reason.AEAD_TAG_MISMATCH));
        assertThatThrownBy(() -> cipher.decrypt("refund", "fdasflkja484", lowLevel))
                .isInstanceOfSatisfying(PayCryptoException.class, e -> assertThat(e.reason()).isEqualTo(PayCryptoException.Reason.AEAD_TAG_MISMATCH));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
