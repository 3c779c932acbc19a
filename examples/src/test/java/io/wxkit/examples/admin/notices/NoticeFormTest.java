package io.wxkit.examples.admin.notices;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoticeFormTest {

    @Test
    void keywordValuesAreReadInTheOrderTyped() {
        NoticeForm form = new NoticeForm("wx1", "7", "TPL_1", "thing1 = 理事会\n\ntime2=12月20日 14:00\n", "https://example.com/m");
        assertThat(form.errors()).isEmpty();
        assertThat(form.values()).containsExactly(java.util.Map.entry("thing1", "理事会"), java.util.Map.entry("time2", "12月20日 14:00"));
    }

    @Test
    void eachFieldSaysWhatIsWrong() {
        assertThat(new NoticeForm("wx1", "", "bad id!", "", "ftp://x").errors())
                .containsOnlyKeys("formId", "templateId", "data", "url");
        assertThat(new NoticeForm("wx1", "7", "T", "thing1=ok\nno equals sign", "").errors().get("data")).contains("第 2 行");
        assertThat(new NoticeForm("wx1", "7", "T", "Thing1=大写", "").errors()).containsKey("data");
        assertThat(new NoticeForm("wx1", "7", "T", "thing1=" + "长".repeat(201), "").errors().get("data")).contains("200");
    }
}
