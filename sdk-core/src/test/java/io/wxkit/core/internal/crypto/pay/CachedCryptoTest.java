package io.wxkit.core.internal.crypto.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The per-thread {@code Cipher}, {@code MessageDigest} and {@code Mac} reused on the hot paths (issue 14)
 * leave nothing behind between calls: a failed tag check, another key, another thread.
 */
class CachedCryptoTest {
    private static final String KEY_A = "wxkitTestApiV3Key0123456789ABCDE";
    private static final String KEY_B = "anotherApiV3Key0123456789abcdefX";

    @Test
    void aFailedTagCheckDoesNotSpoilTheNextDecryption() {
        ResourceCipher a = ResourceCipher.aes256Gcm(KEY_A);
        ResourceCipher b = ResourceCipher.aes256Gcm(KEY_B);
        String ct = a.encrypt("transaction", "nonce1234567", "{\"x\":\"支付成功\"}");
        assertThatThrownBy(() -> b.decrypt("transaction", "nonce1234567", ct)).isInstanceOf(PayCryptoException.class)
                .extracting(e -> ((PayCryptoException) e).reason()).isEqualTo(PayCryptoException.Reason.AEAD_TAG_MISMATCH);
        assertThatThrownBy(() -> a.decrypt("other", "nonce1234567", ct)).isInstanceOf(PayCryptoException.class);
        assertThat(a.decrypt("transaction", "nonce1234567", ct)).isEqualTo("{\"x\":\"支付成功\"}");
        assertThat(a.decrypt("transaction", "nonce1234567", ct)).isEqualTo("{\"x\":\"支付成功\"}");
        // encrypting the same key and nonce twice stays possible (that cipher is not cached)
        assertThat(a.encrypt("transaction", "nonce1234567", "{\"x\":\"支付成功\"}")).isEqualTo(ct);
    }

    @Test
    void hmacSignaturesFollowTheKeyOfEachCall() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("mch_id", "1900000001");
        p.put("nonce_str", "5K8264ILTKCH16CQ2502SI8ZNMTM67VS");
        p.put("body", "腾讯充值中心-QQ会员充值");
        p.put("empty", "");
        String keyA = "192006250b4c09247ec02edce69f6a2d";
        String keyB = "ffffffffffffffffffffffffffffffff";
        String a = V2Signature.sign(p, keyA, V2SignType.HMAC_SHA256);
        String b = V2Signature.sign(p, keyB, V2SignType.HMAC_SHA256);
        assertThat(a).isNotEqualTo(b).hasSize(64).isUpperCase();
        assertThat(V2Signature.sign(p, keyA, V2SignType.HMAC_SHA256)).isEqualTo(a);
        assertThat(V2Signature.sign(p, keyA, V2SignType.MD5)).isEqualTo(V2Signature.sign(new java.util.TreeMap<>(p), keyA, V2SignType.MD5));
        assertThat(V2Signature.stringA(p)).isEqualTo("body=腾讯充值中心-QQ会员充值&mch_id=1900000001&nonce_str=5K8264ILTKCH16CQ2502SI8ZNMTM67VS");
    }

    @Test
    void manyThreadsSigningWithManyKeysEachGetTheirOwnAnswer() throws Exception {
        Map<String, String> p = Map.of("mch_id", "1900000001", "total_fee", "1");
        List<String> keys = List.of("k1", "k2", "k3", "k4");
        Map<String, String> expected = new LinkedHashMap<>();
        for (String k : keys) {
            expected.put(k, V2Signature.sign(p, k, V2SignType.HMAC_SHA256));
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        try {
            for (int t = 0; t < 16; t++) {
                int offset = t;
                pool.execute(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    for (int i = 0; i < 2_000; i++) {
                        String k = keys.get((i + offset) % keys.size());
                        if (!V2Signature.sign(p, k, V2SignType.HMAC_SHA256).equals(expected.get(k))) {
                            wrong.add(k);
                        }
                    }
                });
            }
            start.countDown();
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(wrong).isEmpty();
    }
}
