package io.wxkit.core.internal.crypto.pay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The notification signature is verified over {@code ts\nnonce\nbody\n} fed block by block: it must accept
 * exactly what a signature over {@code getBytes(UTF_8)} of the whole message accepts, for any body.
 */
class Utf8FeedTest {
    private static final String[] OTHERS = {"é", "支付成功", "🎉", "\ud83c", "\udf89", "\u0080", "\u07ff", "\u0800", "\uffff"};

    @Test
    void blockwiseUtf8AgreesWithGetBytesForRandomBodies() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair pair = g.generateKeyPair();
        PaySigner signer = PaySigner.rsa(pair.getPrivate());
        RsaPayKeys.Verifier verifier = new RsaPayKeys.Verifier(pair.getPublic());
        Random random = new Random(Long.getLong("wxkit.fuzz.seed", 14L));
        for (int round = 0; round < 300; round++) {
            String body = body(random);
            String message = "1700000000\nnonce" + round + "\n" + body + "\n";
            String signature = signer.sign(message.getBytes(StandardCharsets.UTF_8));
            assertThat(verifier.verifyParts("1700000000", "nonce" + round, body, signature)).as("round %d", round).isTrue();
            assertThat(verifier.verify(message.getBytes(StandardCharsets.UTF_8), signature)).isTrue();
            assertThat(verifier.verifyParts("1700000000", "nonce" + round, body + " ", signature)).isFalse();
        }
    }

    @Test
    void aSurrogatePairOnTheBlockBoundaryStaysOnePair() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair pair = g.generateKeyPair();
        RsaPayKeys.Verifier verifier = new RsaPayKeys.Verifier(pair.getPublic());
        PaySigner signer = PaySigner.rsa(pair.getPrivate());
        for (int shift = 505; shift < 515; shift++) {
            String body = "x".repeat(shift) + "🎉".repeat(300);
            String signature = signer.sign(("1\n2\n" + body + "\n").getBytes(StandardCharsets.UTF_8));
            assertThat(verifier.verifyParts("1", "2", body, signature)).as("shift %d", shift).isTrue();
        }
        assertThat(verifier.verifyParts("1", "2", "x", Base64.getEncoder().encodeToString(new byte[256]))).isFalse();
    }

    private static String body(Random random) {
        StringBuilder b = new StringBuilder();
        int pieces = random.nextInt(6);
        for (int k = 0; k <= pieces; k++) {
            int run = random.nextInt(3) == 0 ? 480 + random.nextInt(60) : random.nextInt(80);
            for (int c = 0; c < run; c++) {
                b.append((char) (0x20 + random.nextInt(0x5f)));
            }
            if (random.nextBoolean()) {
                b.append(OTHERS[random.nextInt(OTHERS.length)]);
            }
        }
        return b.toString();
    }
}
