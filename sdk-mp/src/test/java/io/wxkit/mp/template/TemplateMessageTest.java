package io.wxkit.mp.template;

import static io.wxkit.mp.testing.Wire.json;
import static io.wxkit.mp.testing.Wire.read;
import static io.wxkit.mp.testing.Wire.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TemplateMessageTest {

    @Test
    void documentedSampleSerializesExactly() {
        TemplateMessage message = TemplateMessage.to("OPENID", "ngqIpbwh8bUfcSsECmogfXcV14J0tQlEpBO27izEYtY")
                .url("http://weixin.qq.com/download")
                .miniProgram("xiaochengxuappid12345", "index?foo=bar")
                .clientMsgId("MSG_000001")
                .data("keyword1", "巧克力")
                .data("keyword2", "39.8元");
        assertThat(json(message)).isEqualTo(tree("""
                {"touser":"OPENID","template_id":"ngqIpbwh8bUfcSsECmogfXcV14J0tQlEpBO27izEYtY",
                 "url":"http://weixin.qq.com/download",
                 "miniprogram":{"appid":"xiaochengxuappid12345","pagepath":"index?foo=bar"},
                 "client_msg_id":"MSG_000001",
                 "data":{"keyword1":{"value":"巧克力"},"keyword2":{"value":"39.8元"}}}"""));
    }

    @Test
    void minimalMessageHasNoJumpAndColorsAreSentWhenGiven() {
        TemplateMessage message = TemplateMessage.to("o1", "t1").data("thing1", "Meeting at 3pm", "#173177");
        assertThat(json(message)).isEqualTo(tree("""
                {"touser":"o1","template_id":"t1","data":{"thing1":{"value":"Meeting at 3pm","color":"#173177"}}}"""));
    }

    @Test
    void laterValuesReplaceEarlierOnesAndKeepOrder() {
        TemplateMessage message = TemplateMessage.to("o1", "t1").data("a", "1").data("b", "2").data("a", "3");
        assertThat(message.data().keySet()).containsExactly("a", "b");
        assertThat(message.data().get("a").value()).isEqualTo("3");
        assertThatThrownBy(() -> message.data().put("c", new TemplateData("x", null)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void invalidInputIsRefusedBeforeSending() {
        assertThatThrownBy(() -> TemplateMessage.to(" ", "t")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("touser");
        assertThatThrownBy(() -> TemplateMessage.to("o", "")).hasMessageContaining("template_id");
        assertThatThrownBy(() -> TemplateMessage.to("o", "t").data("k", "v", "red"))
                .hasMessageContaining("#RRGGBB");
        assertThatThrownBy(() -> TemplateMessage.to("o", "t").data(" ", "v")).hasMessageContaining("data key");
        assertThatThrownBy(() -> TemplateMessage.to("o", "t").data("k", (String) null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> TemplateMessage.to("o", "t").miniProgram("", "p")).hasMessageContaining("appid");
        assertThatThrownBy(() -> TemplateMessage.to("o", "t").clientMsgId(" ")).hasMessageContaining("client_msg_id");
    }

    @Test
    void industryAndPrivateTemplatesParseFromDocumentedSamples() {
        Industry industry = read("""
                {"primary_industry":{"first_class":"运输与仓储","second_class":"快递"},
                 "secondary_industry":{"first_class":"IT科技","second_class":"互联网|电子商务"}}""", Industry.class);
        assertThat(industry.primary().secondClass()).isEqualTo("快递");
        assertThat(industry.secondary().firstClass()).isEqualTo("IT科技");
        PrivateTemplate template = read("""
                {"template_id":"iPk5sOIt5X_flOVKn5GrTFpncEYTojx6ddbt8WYoV5s","title":"领取奖金提醒",
                 "primary_industry":"IT科技","deputy_industry":"互联网|电子商务",
                 "content":"{ {result.DATA} }\\n\\n领奖金额:{ {withdrawMoney.DATA} }\\n","example":"您已提交领奖申请"}""",
                PrivateTemplate.class);
        assertThat(template.templateId()).isEqualTo("iPk5sOIt5X_flOVKn5GrTFpncEYTojx6ddbt8WYoV5s");
        assertThat(template.deputyIndustry()).isEqualTo("互联网|电子商务");
    }
}
