package io.wxkit.examples.admin.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The mass-send form's rules: a list needs 2 distinct openids (WeChat's minimum), text 1–2048 bytes, a tag id. */
class MassFormTest {

    @Test
    void aListNeedsTwoDistinctOpenids() {
        assertThat(new MassForm("wx1", "list", "", "o1\no1", "text", "hi", "").errors()).containsOnlyKeys("openids");
        MassForm two = new MassForm("wx1", "list", "", "o1, o2;o1\n", "text", "hi", "");
        assertThat(two.errors()).isEmpty();
        assertThat(two.openidList()).containsExactly("o1", "o2");
        assertThat(two.describeTarget()).isEqualTo("2 openids");
    }

    @Test
    void textAndTagAndArticleAreChecked() {
        assertThat(new MassForm("wx1", "tag", "x", "", "text", "字".repeat(683), "").errors())
                .containsOnlyKeys("tagId", "text");                         // 683 × 3 bytes > 2048
        assertThat(new MassForm("wx1", "all", "", "", "article", "", "").errors()).containsOnlyKeys("articleId");
        assertThat(new MassForm("wx1", "all", "", "", "text", "字".repeat(682), "").errors()).isEmpty();
    }
}
