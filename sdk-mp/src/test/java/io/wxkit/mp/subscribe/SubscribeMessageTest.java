package io.wxkit.mp.subscribe;

import static io.wxkit.mp.testing.Wire.json;
import static io.wxkit.mp.testing.Wire.read;
import static io.wxkit.mp.testing.Wire.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubscribeMessageTest {

    @Test
    void documentedSampleSerializesExactly() {
        SubscribeMessage message = SubscribeMessage.to("OPENID", "TEMPLATE_ID")
                .page("https://mp.weixin.qq.com")
                .miniProgram("APPID", "index?foo=bar")
                .data("name1", "广州腾讯科技有限公司")
                .data("thing8", "广州腾讯科技有限公司")
                .data("time7", "2019年8月8日");
        assertThat(json(message)).isEqualTo(tree("""
                {"touser":"OPENID","template_id":"TEMPLATE_ID","page":"https://mp.weixin.qq.com",
                 "miniprogram":{"appid":"APPID","pagepath":"index?foo=bar"},
                 "data":{"name1":{"value":"广州腾讯科技有限公司"},"thing8":{"value":"广州腾讯科技有限公司"},
                         "time7":{"value":"2019年8月8日"}}}"""));
    }

    @Test
    void valuesAreCheckedAgainstTheirKindsLimit() {
        SubscribeMessage base = SubscribeMessage.to("o", "t");
        assertThat(base.data("thing1", "x".repeat(20)).data()).hasSize(1);
        assertThatThrownBy(() -> base.data("thing1", "x".repeat(21))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("data.thing1 is 21 characters").hasMessageContaining("47003");
        assertThatThrownBy(() -> base.data("number01", "1".repeat(33))).hasMessageContaining("allows 32");
        assertThatThrownBy(() -> base.data("symbol2", "!!!!!!")).hasMessageContaining("allows 5");
        assertThatThrownBy(() -> base.data("phrase3", "一二三四五六")).hasMessageContaining("allows 5");
        assertThatThrownBy(() -> base.data("phone_number4", "1".repeat(18))).hasMessageContaining("allows 17");
        assertThatThrownBy(() -> base.data("car_number5", "粤A1234567")).hasMessageContaining("allows 8");
        assertThat(base.data("name6", "a".repeat(20)).data()).hasSize(1);
        assertThatThrownBy(() -> base.data("name6", "张".repeat(11))).hasMessageContaining("allows 10");
        assertThat(base.data("time7", "2019年8月8日 12:00:00 and a long tail").data()).hasSize(1);
    }

    @Test
    void templateCategoryKeywordAndTitleParseFromDocumentedSamples() {
        SubscribeTemplate template = read("""
                {"priTmplId":"9Aw5ZV1j9xdWTFEkqCpZ7mIBbSC34khK55OtzUPl0rU","title":"报名结果通知",
                 "content":"会议时间:{{date2.DATA}}\\n会议地点:{{thing1.DATA}}\\n","example":"会议时间:2016年8月8日","type":2}""",
                SubscribeTemplate.class);
        assertThat(template.templateId()).isEqualTo("9Aw5ZV1j9xdWTFEkqCpZ7mIBbSC34khK55OtzUPl0rU");
        assertThat(template.type()).isEqualTo(2);
        assertThat(read("{\"id\":616,\"name\":\"公交\"}", Category.class)).isEqualTo(new Category(616, "公交"));
        assertThat(read("{\"kid\":1,\"name\":\"物品名称\",\"example\":\"名称\",\"rule\":\"thing\"}", Keyword.class).rule())
                .isEqualTo("thing");
        assertThat(read("{\"tid\":99,\"title\":\"付款成功通知\",\"type\":2,\"categoryId\":\"616\"}", PublicTemplate.class))
                .isEqualTo(new PublicTemplate(99, "付款成功通知", 2, "616"));
    }
}
