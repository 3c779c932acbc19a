package io.wxkit.core.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    @Test
    void isTheFirst128BitsOfSha256OverLengthPrefixedUtf8() throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (String field : new String[] {"gh_123", "订单😀"}) {
            byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
            sha256.update(ByteBuffer.allocate(4).putInt(utf8.length).array());
            sha256.update(utf8);
        }
        sha256.update(ByteBuffer.allocate(4).putInt(-1).array());
        String expected = Hex.encode(sha256.digest()).substring(0, 32);

        assertThat(Fingerprint.of("gh_123", "订单😀", null)).isEqualTo(expected);
    }

    @Test
    void prefixedIsThePrefixBeforeTheFingerprintOfTheDecimalStrings() {
        java.util.Random random = new java.util.Random(14);
        long[] edges = {0, 1, 9, 10, 99, 100, -1, -10, Long.MAX_VALUE, Long.MIN_VALUE, 1_700_000_000L,
            24_681_234_567_890_123L};
        for (int i = 0; i < 20_000; i++) {
            long c = i < edges.length ? edges[i] : random.nextLong() >>> random.nextInt(64);
            long d = i < edges.length ? edges[edges.length - 1 - i] : random.nextLong() >> random.nextInt(64);
            String a = i % 7 == 0 ? null : "gh_" + Long.toHexString(random.nextLong());
            String b = i % 11 == 0 ? "订单😀".repeat(random.nextInt(120)) : "o" + "x".repeat(random.nextInt(300));
            assertThat(Fingerprint.prefixed("mp:m:", a, b, c, d)).as("%s %s %d %d", a, b, c, d)
                    .isEqualTo("mp:m:" + Fingerprint.of(a, b, Long.toString(c), Long.toString(d)));
        }
        assertThat(Fingerprint.prefixed("", "a", "b", 1, 2)).isEqualTo(Fingerprint.of("a", "b", "1", "2"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Fingerprint.prefixed("é:", "a", "b", 1, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLengthIsConstantWhateverTheInputLength() {
        Set<Integer> lengths = new HashSet<>();
        for (int n : new int[] {0, 1, 64, 1023, 1024, 1025, 65_536, 1_000_000}) {
            lengths.add(Fingerprint.of("x".repeat(n), "é".repeat(n)).length());
        }
        assertThat(lengths).containsExactly(Fingerprint.LENGTH);
    }

    @Test
    void fieldBoundariesAndNullAreUnambiguous() {
        assertThat(Fingerprint.of("ab", "c")).isNotEqualTo(Fingerprint.of("a", "bc"));
        assertThat(Fingerprint.of("", "x")).isNotEqualTo(Fingerprint.of(null, "x"));
        assertThat(Fingerprint.of("a")).isNotEqualTo(Fingerprint.of("a", ""));
        assertThat(Fingerprint.of("a", "b")).isEqualTo(Fingerprint.of("a", "b"));
    }

    @Test
    void longAndShortFieldsHashTheSameBytesAsTheJdk() {
        String big = "订".repeat(2_000);
        assertThat(Fingerprint.of(big)).isNotEqualTo(Fingerprint.of(big + "x")).hasSize(32);
        assertThat(Fingerprint.of(new StringBuilder(big))).isEqualTo(Fingerprint.of(big));
    }

    @Test
    void randomFieldListsOfEveryLengthAgreeWithAReferenceDigest() throws Exception {
        // fields are buffered together up to 256 chars each and digested directly beyond: cross both limits
        java.util.Random random = new java.util.Random(Long.getLong("wxkit.fuzz.seed", 14L));
        String[] alphabet = {"a", "Z", "9", "_", "订", "é", "😀"};
        for (int round = 0; round < 500; round++) {
            CharSequence[] fields = new CharSequence[1 + random.nextInt(6)];
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (int f = 0; f < fields.length; f++) {
                if (random.nextInt(8) == 0) {
                    sha256.update(ByteBuffer.allocate(4).putInt(-1).array());
                    continue;
                }
                StringBuilder b = new StringBuilder();
                int length = random.nextInt(3) == 0 ? 240 + random.nextInt(40) : random.nextInt(600);
                while (b.length() < length) {
                    b.append(alphabet[random.nextInt(alphabet.length)]);
                }
                fields[f] = random.nextBoolean() ? b.toString() : b;
                byte[] utf8 = b.toString().getBytes(StandardCharsets.UTF_8);
                sha256.update(ByteBuffer.allocate(4).putInt(utf8.length).array());
                sha256.update(utf8);
            }
            String expected = Hex.encode(sha256.digest()).substring(0, 32);
            assertThat(Fingerprint.of(fields)).as("round %d", round).isEqualTo(expected);
        }
    }
}
