package io.wxkit.core.crypto;

import io.wxkit.core.internal.crypto.Hex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.core.message.MessageCodec;
import io.wxkit.core.internal.message.ReplyEnvelope;
import io.wxkit.core.message.WxCallbackException;
import io.wxkit.core.message.WxCallbackException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MessageCryptTest {
    private static final String KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final String APP_ID = "wxb11529c136998cb6";

    static List<JsonNode> vectors() {
        return Vectors.ofKind("mp.msg_crypt");
    }

    private static MessageCrypt crypt(JsonNode in) {
        String random = in.path("random16").asText("0123456789abcdef");
        return MessageCrypt.create(in.get("token").asText(), in.get("encoding_aes_key").asText(),
                in.get("app_id").asText(), new Vectors.FixedRandom(random.getBytes(StandardCharsets.US_ASCII)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void everyMsgCryptVectorPasses(JsonNode v) {
        JsonNode in = v.get("inputs");
        JsonNode expected = v.get("expected");
        if (expected.has("error")) {
            assertRejected(in, expected.get("error").asText());
        } else if (in.has("plaintext_xml")) {
            assertEncryptsAndDecrypts(in, expected);
        } else if (in.has("post_body")) {
            MessageCrypt crypt = crypt(in);
            String encrypt = MessageCodec.create().decodeEnvelope(in.get("post_body").asText()).encrypt();
            assertThat(crypt.verify(in.get("msg_signature").asText(), in.get("timestamp").asText(),
                    in.get("nonce").asText(), encrypt)).isEqualTo(expected.get("signature_valid").asBoolean());
            assertThat(crypt.decrypt(in.get("msg_signature").asText(), in.get("timestamp").asText(),
                    in.get("nonce").asText(), encrypt)).isEqualTo(expected.get("decrypted_xml").asText());
        } else {
            throw new AssertionError("vector " + v.get("id") + " has a shape this test does not know");
        }
    }

    private static void assertEncryptsAndDecrypts(JsonNode in, JsonNode expected) {
        MessageCrypt crypt = crypt(in);
        String ts = in.get("timestamp").asText();
        String nonce = in.get("nonce").asText();
        String plaintext = in.get("plaintext_xml").asText();
        String encrypt = crypt.encrypt(plaintext);
        assertThat(encrypt).isEqualTo(expected.get("encrypt").asText());
        assertThat(crypt.signature(ts, nonce, encrypt)).isEqualTo(expected.get("msg_signature").asText());
        if (expected.has("reply_envelope")) {
            assertThat(crypt.encryptReply(plaintext, ts, nonce)).isEqualTo(expected.get("reply_envelope").asText());
        }
        assertThat(crypt.decrypt(expected.get("msg_signature").asText(), ts, nonce, encrypt)).isEqualTo(plaintext);
        if (expected.has("inbound_post_body")) {
            String fromBody = MessageCodec.create().decodeEnvelope(expected.get("inbound_post_body").asText()).encrypt();
            assertThat(crypt.decrypt(expected.get("msg_signature").asText(), ts, nonce, fromBody)).isEqualTo(plaintext);
        }
        if (expected.has("unpadded_length")) {
            int unpadded = expected.get("unpadded_length").asInt();
            assertThat(java.util.Base64.getDecoder().decode(encrypt)).hasSize(unpadded + expected.get("pad_byte").asInt());
        }
    }

    private static void assertRejected(JsonNode in, String error) {
        if (error.equals("ILLEGAL_AES_KEY")) {
            assertThatThrownBy(() -> crypt(in)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining(in.get("encoding_aes_key").asText());
            return;
        }
        Set<Reason> accepted = switch (error) {
            case "APPID_MISMATCH" -> Set.of(Reason.APPID_MISMATCH);
            case "BAD_PADDING_OR_APPID" -> Set.of(Reason.BAD_PADDING, Reason.APPID_MISMATCH);
            case "ILLEGAL_BUFFER" -> Set.of(Reason.ILLEGAL_BUFFER);
            case "SIGNATURE_MISMATCH" -> Set.of(Reason.SIGNATURE_MISMATCH);
            default -> throw new AssertionError("unknown expected error " + error);
        };
        WxCallbackException e = catchThrowableOfType(WxCallbackException.class, () -> crypt(in).decrypt(
                in.get("msg_signature").asText(), in.get("timestamp").asText(), in.get("nonce").asText(),
                in.get("encrypt").asText()));
        assertThat(e).as("expected a WxCallbackException").isNotNull();
        assertThat(accepted).contains(e.reason());
        assertThat(e.getMessage()).doesNotContain(in.get("token").asText()).doesNotContain(in.get("msg_signature").asText());
    }

    @Test
    void derivesTheKeyAndIvOfTheTencentSample() throws Exception {
        // aes_key_hex / iv_hex of mp-msgcrypt-tencent-java-1: decrypting with a JDK cipher built from them works
        JsonNode v = vectors().get(0);
        byte[] key = Hex.decode(v.get("expected").get("aes_key_hex").asText());
        byte[] iv = Hex.decode(v.get("expected").get("iv_hex").asText());
        javax.crypto.Cipher c = javax.crypto.Cipher.getInstance("AES/CBC/NoPadding");
        c.init(javax.crypto.Cipher.DECRYPT_MODE, new javax.crypto.spec.SecretKeySpec(key, "AES"),
                new javax.crypto.spec.IvParameterSpec(iv));
        byte[] plain = c.doFinal(java.util.Base64.getDecoder().decode(v.get("expected").get("encrypt").asText()));
        assertThat(new String(plain, 0, 16, StandardCharsets.US_ASCII)).isEqualTo("aaaabbbbccccdddd");
    }

    @Test
    void truncatedCiphertextIsAnIllegalBuffer() {
        MessageCrypt crypt = MessageCrypt.create("pamtest", KEY, APP_ID);
        String full = crypt.encrypt("<xml/>");
        byte[] raw = java.util.Base64.getDecoder().decode(full);
        for (int cut : new int[] {1, 15, 16, raw.length - 1}) {
            String truncated = java.util.Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(raw, raw.length - cut));
            WxCallbackException e = catchThrowableOfType(WxCallbackException.class,
                    () -> crypt.decrypt(crypt.signature("1", "n", truncated), "1", "n", truncated));
            assertThat(e.reason()).isIn(Reason.ILLEGAL_BUFFER, Reason.BAD_PADDING, Reason.APPID_MISMATCH);
        }
    }

    @Test
    void nonBase64CiphertextIsRejectedWithATypedError() {
        MessageCrypt crypt = MessageCrypt.create("pamtest", KEY, APP_ID);
        for (String bad : new String[] {"not base64!", "abc", "a=bc", "\u00e9\u00e9\u00e9\u00e9"}) {
            WxCallbackException e = catchThrowableOfType(WxCallbackException.class,
                    () -> crypt.decrypt(crypt.signature("1", "n", bad), "1", "n", bad));
            assertThat(e.reason()).isEqualTo(Reason.ILLEGAL_BASE64);
        }
    }

    @Test
    void missingSafeModeParametersAreAnInvalidRequest() {
        MessageCrypt crypt = MessageCrypt.create("pamtest", KEY, APP_ID);
        WxCallbackException e = catchThrowableOfType(WxCallbackException.class, () -> crypt.decrypt(null, "1", "n", "x"));
        assertThat(e.reason()).isEqualTo(Reason.INVALID_REQUEST);
        assertThat(crypt.verify(null, "1", "n", "x")).isFalse();
    }

    @Test
    void roundTripsEveryLengthAroundTheBlockBoundary() {
        MessageCrypt crypt = MessageCrypt.create("pamtest", KEY, APP_ID);
        for (int len = 0; len < 100; len++) {
            String msg = "x".repeat(len) + "中🎉";
            String enc = crypt.encrypt(msg);
            assertThat(java.util.Base64.getDecoder().decode(enc).length % 32).isZero();
            assertThat(crypt.decrypt(crypt.signature("1", "n", enc), "1", "n", enc)).isEqualTo(msg);
        }
    }

    @Test
    void theDefaultRandomPrefixDiffersBetweenCalls() {
        MessageCrypt crypt = MessageCrypt.create("pamtest", KEY, APP_ID);
        assertThat(crypt.encrypt("same")).isNotEqualTo(crypt.encrypt("same"));
    }

    @Test
    void alternatingAccountsOnOneThreadUseTheRightKey() {
        MessageCrypt a = MessageCrypt.create("t1", KEY, APP_ID);
        MessageCrypt b = MessageCrypt.create("t2", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq", "wx0000000000000001");
        for (int i = 0; i < 20; i++) {
            String ea = a.encrypt("a" + i);
            String eb = b.encrypt("b" + i);
            assertThat(b.decrypt(b.signature("1", "n", eb), "1", "n", eb)).isEqualTo("b" + i);
            assertThat(a.decrypt(a.signature("1", "n", ea), "1", "n", ea)).isEqualTo("a" + i);
        }
        String ea = a.encrypt("x");
        // b cannot read a's message: the signature check uses b's token, so sign with b to reach decryption
        WxCallbackException e = catchThrowableOfType(WxCallbackException.class,
                () -> b.decrypt(b.signature("1", "n", ea), "1", "n", ea));
        assertThat(e.reason()).isIn(Reason.BAD_PADDING, Reason.ILLEGAL_BUFFER, Reason.APPID_MISMATCH);
    }

    @Test
    void manyThreadsSharingTwoAccountsNeverMixKeys() throws Exception {
        MessageCrypt a = MessageCrypt.create("t1", KEY, APP_ID);
        MessageCrypt b = MessageCrypt.create("t2", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopq", "wx0000000000000001");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            int id = t;
            results.add(pool.submit(() -> {
                start.await();
                int ok = 0;
                for (int i = 0; i < 200; i++) {
                    MessageCrypt c = (i + id) % 2 == 0 ? a : b;
                    String msg = "m" + id + "-" + i;
                    String enc = c.encrypt(msg);
                    if (c.decrypt(c.signature("1", "n", enc), "1", "n", enc).equals(msg)) {
                        ok++;
                    }
                }
                return ok;
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> f : results) {
            total += f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(total).isEqualTo(16 * 200);
    }

    @Test
    void replyEnvelopeRoundTripsForAnyNonceAndRefusesABadTimestamp() {
        MessageCrypt crypt = MessageCrypt.create("pamtest", KEY, APP_ID);
        MessageCodec codec = MessageCodec.create();
        for (String nonce : new String[] {"1320562132", "a]]>b", "中文 nonce"}) {
            String body = crypt.encryptReply("<xml><Content>x</Content></xml>", "1700000000", nonce);
            java.util.Map<String, String> f = new java.util.HashMap<>();
            codec.fields(body).forEach(field -> f.put(field.path(), field.value()));
            assertThat(f.get("Nonce")).isEqualTo(nonce);
            assertThat(f.get("TimeStamp")).isEqualTo("1700000000");
            assertThat(crypt.decrypt(f.get("MsgSignature"), "1700000000", nonce, f.get("Encrypt")))
                    .isEqualTo("<xml><Content>x</Content></xml>");
        }
        assertThatThrownBy(() -> crypt.encryptReply("<xml/>", "17e9", "n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> crypt.encryptReply("<xml/>", "17e9", "a]]>")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theByteEnvelopeIsExactlyTheGeneralWritersForEveryCiphertextLength() {
        // every Base64 tail (0, 1 or 2 leftover bytes) and several blocks: same random prefix, same envelope
        byte[] prefix = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        MessageCrypt crypt = MessageCrypt.create("pamtest", KEY, APP_ID, new Vectors.FixedRandom(prefix));
        for (int len = 0; len < 200; len++) {
            String xml = "<xml>" + "中x🎉".repeat(len % 7) + "y".repeat(len) + "</xml>";
            String encrypt = crypt.encrypt(xml);
            String expected = new ReplyEnvelope(encrypt, crypt.signature("1700000000", "n0nce", encrypt), "1700000000",
                    "n0nce").toXml();
            assertThat(crypt.encryptReply(xml, "1700000000", "n0nce")).as("length %d", len).isEqualTo(expected);
        }
    }

    @Test
    void aReplyEncryptedAsUtf8IsTheSameEnvelopeAsItsString() {
        byte[] prefix = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        MessageCrypt crypt = MessageCrypt.create("pamtest", KEY, APP_ID, new Vectors.FixedRandom(prefix));
        MessageCodec codec = MessageCodec.create(java.time.Clock.fixed(java.time.Instant.ofEpochSecond(1_700_000_000L),
                java.time.ZoneOffset.UTC));
        io.wxkit.core.message.InboundMessage m = codec.decode("<xml><ToUserName><![CDATA[gh_1]]></ToUserName>"
                + "<FromUserName><![CDATA[oUser]]></FromUserName><CreateTime>1700000000</CreateTime>"
                + "<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[hi]]></Content><MsgId>1</MsgId></xml>");
        for (String content : new String[] {"", "您的订单今天发货", "a]]>b]]>", "🎉 emoji", "x".repeat(3000), "tab\tnew\nline"}) {
            io.wxkit.core.message.Reply reply = io.wxkit.core.message.Reply.text(m, content);
            io.wxkit.core.message.EncodedReply utf8 = codec.encodeUtf8(reply);
            byte[] bytes = new byte[utf8.length() + 3];
            assertThat(utf8.writeTo(bytes, 3)).isEqualTo(bytes.length);
            assertThat(java.util.Arrays.copyOfRange(bytes, 3, bytes.length))
                    .isEqualTo(codec.encode(reply).getBytes(StandardCharsets.UTF_8));
            assertThat(crypt.encryptReply(utf8, "1700000000", "n0nce"))
                    .isEqualTo(crypt.encryptReply(codec.encode(reply), "1700000000", "n0nce"));
        }
        assertThatThrownBy(() -> codec.encodeUtf8(io.wxkit.core.message.Reply.text(m, "bad \u0001")).length())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void randomAndMutatedCiphertextsWithValidSignaturesOnlyEverFailTyped() {
        MessageCrypt crypt = MessageCrypt.create("pamtest", KEY, APP_ID);
        java.util.Random random = new java.util.Random(Long.getLong("wxkit.fuzz.seed", 20261126L));
        String valid = crypt.encrypt("<xml><Content>hello</Content></xml>");
        int runs = Integer.getInteger("wxkit.fuzz.runs", 150) * 10;
        for (int i = 0; i < runs; i++) {
            String encrypt;
            if (i % 2 == 0) {
                byte[] raw = new byte[random.nextInt(6) * 16 + random.nextInt(2) * random.nextInt(16)];
                random.nextBytes(raw);
                encrypt = java.util.Base64.getEncoder().encodeToString(raw);
            } else {
                char[] chars = valid.toCharArray();
                chars[random.nextInt(chars.length)] = "AZaz09+/=!é".charAt(random.nextInt(11));
                encrypt = random.nextBoolean() ? new String(chars) : new String(chars, 0, random.nextInt(chars.length + 1));
            }
            String sig = crypt.signature("1", "n", encrypt);
            try {
                crypt.decrypt(sig, "1", "n", encrypt);
            } catch (WxCallbackException expected) {
                assertThat(expected.reason()).isIn(Reason.ILLEGAL_BASE64, Reason.ILLEGAL_BUFFER, Reason.BAD_PADDING,
                        Reason.APPID_MISMATCH, Reason.INVALID_REQUEST);
            }
        }
    }

    @Test
    void configurationErrorsNameNoSecret() {
        assertThatThrownBy(() -> MessageCrypt.create("t", KEY.substring(1) + "!", APP_ID))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(KEY.substring(1));
        assertThatThrownBy(() -> MessageCrypt.create("", KEY, APP_ID)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MessageCrypt.create("t", KEY, APP_ID, (SecureRandom) null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void toStringShowsTheAppIdButNoSecret() {
        MessageCrypt crypt = MessageCrypt.create("secret-token", KEY, APP_ID);
        assertThat(crypt.toString()).contains(APP_ID).doesNotContain("secret-token").doesNotContain(KEY);
        assertThat(crypt.appId()).isEqualTo(APP_ID);
    }
}
