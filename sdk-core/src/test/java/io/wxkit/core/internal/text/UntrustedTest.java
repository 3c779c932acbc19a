package io.wxkit.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UntrustedTest {

    @Test
    void crLfAndOtherControlsAreEscapedSoNoLineCanBeForged() {
        String forged = "abc\r\n2026-12-02 WARN fake line\u0000\u001b[31m\u007f\u0085\t";
        String quoted = Untrusted.quote(forged, 100);
        assertThat(quoted).isEqualTo("\"abc\\r\\n2026-12-02 WARN fake line\\u0000\\u001b[31m\\u007f\\u0085\\t\"");
        assertThat(quoted).doesNotContain("\r").doesNotContain("\n").doesNotContain("\u001b");
    }

    @Test
    void quotesBackslashesSeparatorsBidiControlsAndLoneSurrogatesAreEscaped() {
        assertThat(Untrusted.quote("a\"b\\c", 10)).isEqualTo("\"a\\\"b\\\\c\"");
        assertThat(Untrusted.quote("x\u2028y\u2029z", 10)).isEqualTo("\"x\\u2028y\\u2029z\"");
        assertThat(Untrusted.quote("\u202eevil\u2066", 10)).isEqualTo("\"\\u202eevil\\u2066\"");
        assertThat(Untrusted.quote("\ud800x\udc00", 10)).isEqualTo("\"\\ud800x\\udc00\"");
    }

    @Test
    void printableTextIncludingChineseAndEmojiIsKept() {
        assertThat(Untrusted.quote("订单 42 😀", 20)).isEqualTo("\"订单 42 😀\"");
    }

    @Test
    void longValuesAreCutAndSayHowMuchWasLeftOff() {
        assertThat(Untrusted.quote("0123456789", 4)).isEqualTo("\"0123\"...(+6 chars)");
        assertThat(Untrusted.quote("x".repeat(100_000), 64)).hasSizeLessThan(90);
        assertThat(Untrusted.quote("abc", 0)).isEqualTo("\"\"...(+3 chars)");
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        assertThat(Untrusted.quote("ab😀cd", 3)).isEqualTo("\"ab\"...(+4 chars)");
    }

    @Test
    void nullRendersAsNullAndANegativeLimitIsRefused() {
        assertThat(Untrusted.quote(null, 5)).isEqualTo("null");
        assertThatThrownBy(() -> Untrusted.quote("a", -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
