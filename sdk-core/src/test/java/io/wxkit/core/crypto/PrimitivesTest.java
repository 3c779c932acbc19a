package io.wxkit.core.crypto;

import io.wxkit.core.internal.crypto.Hex;
import io.wxkit.core.internal.crypto.ConstantTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PrimitivesTest {
    @Test
    void hexRoundTripsInBothCases() {
        byte[] bytes = {0, 1, (byte) 0x7f, (byte) 0x80, (byte) 0xab, (byte) 0xff};
        assertThat(Hex.encode(bytes)).isEqualTo("00017f80abff");
        assertThat(Hex.encodeUpper(bytes)).isEqualTo("00017F80ABFF");
        assertThat(Hex.decode("00017F80abff")).containsExactly(bytes);
    }

    @Test
    void hexRejectsOddLengthAndNonDigits() {
        assertThatThrownBy(() -> Hex.decode("abc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hex.decode("zz")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void constantTimeEqualsIsExact() {
        assertThat(ConstantTime.equals("abc", "abc")).isTrue();
        assertThat(ConstantTime.equals("abc", "abd")).isFalse();
        assertThat(ConstantTime.equals("abc", "ABC")).isFalse();
        assertThat(ConstantTime.equals("abc", "abcd")).isFalse();
        assertThat(ConstantTime.equals((String) null, null)).isFalse();
        assertThat(ConstantTime.equals(new byte[] {1, 2}, new byte[] {1, 2})).isTrue();
        assertThat(ConstantTime.equals(new byte[] {1, 2}, new byte[] {1, 3})).isFalse();
        assertThat(ConstantTime.equals((byte[]) null, new byte[0])).isFalse();
    }

    @Test
    void lowerHexComparisonMatchesEncodeForEveryByte() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        String hex = Hex.encode(all);
        assertThat(ConstantTime.equalsLowerHex(all, 256, hex)).isTrue();
        assertThat(ConstantTime.equalsLowerHex(all, 256, hex.toUpperCase(java.util.Locale.ROOT))).isFalse();
        assertThat(ConstantTime.equalsLowerHex(all, 256, hex.substring(2) + "00")).isFalse();
    }

    @Test
    void strictBase64MatchesTheJdkOnValidInputAndRefusesTheRest() {
        java.util.Random r = new java.util.Random(7);
        for (int len = 0; len < 70; len++) {
            byte[] data = new byte[len];
            r.nextBytes(data);
            String b64 = java.util.Base64.getEncoder().encodeToString(data);
            if (len > 0) {
                assertThat(Base64Strict.decode(b64)).containsExactly(data);
            }
        }
        assertThat(Base64Strict.decode("abc")).isNull();
        assertThat(Base64Strict.decode("ab=c")).isNull();
        assertThat(Base64Strict.decode("ab c")).isNull();
        assertThat(Base64Strict.decode("====")).isNull();
        assertThat(Base64Strict.decode("")).isNull();
    }
}
