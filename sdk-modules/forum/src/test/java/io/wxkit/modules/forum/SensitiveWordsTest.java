package io.wxkit.modules.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.modules.common.ModuleException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SensitiveWordsTest {

    @Test
    void findsWordsAnywhereIgnoringCaseAndInsertedSeparators() {
        SensitiveWords words = SensitiveWords.of(List.of("赌博", "Casino", "spam link"));
        assertThat(words.contains("欢迎来玩赌博游戏")).isTrue();
        assertThat(words.contains("赌 - 博")).isTrue();
        assertThat(words.contains("big CASINO night")).isTrue();
        assertThat(words.contains("c.a.s.i.n.o")).isTrue();
        assertThat(words.contains("click this spamlink")).isTrue();
        assertThat(words.reject("赌博")).contains("sensitive word");
    }

    @Test
    void allowsTextWithoutTheWords() {
        SensitiveWords words = SensitiveWords.of(List.of("赌博", "casino"));
        assertThat(words.contains("博物馆 casin o")).isTrue(); // separators are skipped: "casino"
        assertThat(words.contains("博物馆里的赌")).isFalse();
        assertThat(words.contains("cash in on")).isFalse();
        assertThat(words.reject("hello")).isEmpty();
    }

    @Test
    void failureLinksFindWordsThatOverlapAPartialMatch() {
        // "he", "she", "his", "hers": the classic Aho-Corasick example
        SensitiveWords words = SensitiveWords.of(List.of("he", "she", "his", "hers"));
        assertThat(words.contains("ushers")).isTrue();
        SensitiveWords inner = SensitiveWords.of(List.of("abcd", "bc"));
        assertThat(inner.contains("xabcx")).isTrue();   // "bc" ends inside the path of "abcd"
        SensitiveWords restart = SensitiveWords.of(List.of("aab"));
        assertThat(restart.contains("aaab")).isTrue(); // mismatch after "aa" must fall back to "a", not to the root
    }

    @Test
    void agreesWithNaiveSearchOnRandomText() {
        Random random = new Random(18);
        List<String> list = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            list.add(randomWord(random, 2 + random.nextInt(4)));
        }
        SensitiveWords words = SensitiveWords.of(list);
        for (int i = 0; i < 2000; i++) {
            String text = randomWord(random, 30);
            boolean naive = list.stream().anyMatch(text::contains);
            assertThat(words.contains(text)).as(text).isEqualTo(naive);
        }
    }

    @Test
    void refusesWordsWithoutLettersOrDigits() {
        assertThatThrownBy(() -> SensitiveWords.of(List.of("ok", " - ")))
                .isInstanceOfSatisfying(ModuleException.class, e -> assertThat(e.code()).isEqualTo("INVALID_INPUT"));
    }

    private static String randomWord(Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append((char) ('a' + random.nextInt(4)));
        }
        return b.toString();
    }
}
