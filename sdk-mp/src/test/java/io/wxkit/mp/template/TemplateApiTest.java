package io.wxkit.mp.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.http.WxApiException;
import io.wxkit.mp.testing.MpServer;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TemplateApiTest {
    private final MpServer wechat = new MpServer();
    private final TemplateApi templates = wechat.mp().templates();

    @AfterEach
    void stop() {
        wechat.close();
    }

    @Test
    void sendPostsTheDocumentedBodyAndReturnsTheMsgid() {
        wechat.reply("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":200228332}");
        long msgId = templates.send(TemplateMessage.to("OPENID", "ngqIpbwh8bUfcSsECmogfXcV14J0tQlEpBO27izEYtY")
                .url("http://weixin.qq.com/download").miniProgram("xiaochengxuappid12345", "index?foo=bar")
                .clientMsgId("MSG_000001").data("keyword1", "巧克力").data("keyword2", "39.8元"));
        wechat.expect("POST", "/cgi-bin/message/template/send?access_token=ACCESS_TOKEN", """
                {"touser":"OPENID","template_id":"ngqIpbwh8bUfcSsECmogfXcV14J0tQlEpBO27izEYtY",
                 "url":"http://weixin.qq.com/download",
                 "miniprogram":{"appid":"xiaochengxuappid12345","pagepath":"index?foo=bar"},
                 "client_msg_id":"MSG_000001","data":{"keyword1":{"value":"巧克力"},"keyword2":{"value":"39.8元"}}}""");
        assertThat(msgId).isEqualTo(200228332L);
    }

    @Test
    void sendSurfacesAnInvalidTemplate() {
        wechat.reply("{\"errcode\":40037,\"errmsg\":\"invalid template_id rid: 64ab-1\"}");
        assertThatThrownBy(() -> templates.send(TemplateMessage.to("o", "bad").data("thing1", "x")))
                .isInstanceOfSatisfying(WxApiException.class, e -> {
                    assertThat(e.errcode()).isEqualTo(40037);
                    assertThat(e.endpoint()).isEqualTo("POST /cgi-bin/message/template/send");
                });
    }

    @Test
    void aMsgidThatIsNotANumberIsUnusable() {
        wechat.reply("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":\"abc\"}");
        assertThatThrownBy(() -> templates.send(TemplateMessage.to("o", "t").data("thing1", "x")))
                .isInstanceOf(WxApiException.class).hasMessageContaining("msgid");
    }

    @Test
    void industryIsSetAsStringsAndReadBack() {
        wechat.reply("{\"errcode\":0,\"errmsg\":\"ok\"}");
        templates.setIndustry(1, 4);
        wechat.expect("POST", "/cgi-bin/template/api_set_industry?access_token=ACCESS_TOKEN",
                "{\"industry_id1\":\"1\",\"industry_id2\":\"4\"}");

        wechat.reply("""
                {"primary_industry":{"first_class":"运输与仓储","second_class":"快递"},
                 "secondary_industry":{"first_class":"IT科技","second_class":"互联网|电子商务"}}""");
        Industry industry = templates.industry();
        wechat.expect("GET", "/cgi-bin/template/get_industry?access_token=ACCESS_TOKEN", null);
        assertThat(industry.primary().firstClass()).isEqualTo("运输与仓储");
    }

    @Test
    void privateTemplatesAreListedAddedAndDeleted() {
        wechat.reply("""
                {"template_list":[{"template_id":"iPk5sOIt5X_flOVKn5GrTFpncEYTojx6ddbt8WYoV5s","title":"领取奖金提醒",
                  "primary_industry":"IT科技","deputy_industry":"互联网|电子商务","content":"{{result.DATA}}","example":"x"}]}""");
        assertThat(templates.list()).extracting(PrivateTemplate::title).containsExactly("领取奖金提醒");
        wechat.expect("GET", "/cgi-bin/template/get_all_private_template?access_token=ACCESS_TOKEN", null);

        wechat.reply("{\"errcode\":0,\"errmsg\":\"ok\",\"template_id\":\"Doclyl5uP7Aciu-qZ7mJNPtWkbkYnWBWVja26EGbNyk\"}");
        assertThat(templates.add("TM00015", List.of("与会人员", "会议时间")))
                .isEqualTo("Doclyl5uP7Aciu-qZ7mJNPtWkbkYnWBWVja26EGbNyk");
        wechat.expect("POST", "/cgi-bin/template/api_add_template?access_token=ACCESS_TOKEN",
                "{\"template_id_short\":\"TM00015\",\"keyword_name_list\":[\"与会人员\",\"会议时间\"]}");

        wechat.reply("{\"errcode\":0,\"errmsg\":\"ok\",\"template_id\":\"T2\"}");
        templates.add("TM00016", List.of());
        wechat.expect("POST", "/cgi-bin/template/api_add_template?access_token=ACCESS_TOKEN",
                "{\"template_id_short\":\"TM00016\"}");

        wechat.reply("{\"errcode\":0,\"errmsg\":\"ok\"}");
        templates.delete("Dyvp3-Ff0cnail_CDSzk1fIc6-9lOkxsQE7exTJbwUE");
        wechat.expect("POST", "/cgi-bin/template/del_private_template?access_token=ACCESS_TOKEN",
                "{\"template_id\":\"Dyvp3-Ff0cnail_CDSzk1fIc6-9lOkxsQE7exTJbwUE\"}");
    }

    @Test
    void everyMethodTurnsAnErrcodeIntoWxApiException() {
        List<Consumer<TemplateApi>> calls = List.of(t -> t.setIndustry(1, 2), TemplateApi::industry, TemplateApi::list,
                t -> t.add("TM1", List.of()), t -> t.delete("t"));
        for (Consumer<TemplateApi> call : calls) {
            wechat.reply("{\"errcode\":48001,\"errmsg\":\"api unauthorized\"}");
            assertThatThrownBy(() -> call.accept(templates)).isInstanceOfSatisfying(WxApiException.class,
                    e -> assertThat(e.errcode()).isEqualTo(48001));
        }
    }
}
