package io.wxkit.mp.subscribe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.http.WxApiException;
import io.wxkit.mp.testing.MpServer;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SubscribeApiTest {
    private final MpServer wechat = new MpServer();
    private final SubscribeApi subscriptions = wechat.mp().subscriptions();

    @AfterEach
    void stop() {
        wechat.close();
    }

    @Test
    void sendPostsTheDocumentedBody() {
        wechat.reply("{\"errcode\":0,\"errmsg\":\"ok\"}");
        subscriptions.send(SubscribeMessage.to("OPENID", "TEMPLATE_ID").page("https://mp.weixin.qq.com")
                .miniProgram("APPID", "index?foo=bar").data("thing8", "广州腾讯科技有限公司").data("time7", "2019年8月8日"));
        wechat.expect("POST", "/cgi-bin/message/subscribe/bizsend?access_token=ACCESS_TOKEN", """
                {"touser":"OPENID","template_id":"TEMPLATE_ID","page":"https://mp.weixin.qq.com",
                 "miniprogram":{"appid":"APPID","pagepath":"index?foo=bar"},
                 "data":{"thing8":{"value":"广州腾讯科技有限公司"},"time7":{"value":"2019年8月8日"}}}""");
    }

    @Test
    void aRefusedSubscriptionIs43101() {
        wechat.reply("{\"errcode\":43101,\"errmsg\":\"user refuse to accept the msg rid: 1\"}");
        assertThatThrownBy(() -> subscriptions.send(SubscribeMessage.to("o", "t").data("thing1", "x")))
                .isInstanceOfSatisfying(WxApiException.class, e -> assertThat(e.errcode()).isEqualTo(43101));
    }

    @Test
    void templatesCategoriesKeywordsAndTitlesParse() {
        wechat.reply("""
                {"errcode":0,"errmsg":"ok","data":[{"priTmplId":"9Aw5ZV1j9xdWTFEkqCpZ7mIBbSC34khK55OtzUPl0rU",
                 "title":"报名结果通知","content":"会议时间:{{date2.DATA}}","example":"会议时间:2016年8月8日","type":2}]}""");
        assertThat(subscriptions.templates()).extracting(SubscribeTemplate::title).containsExactly("报名结果通知");
        wechat.expect("GET", "/wxaapi/newtmpl/gettemplate?access_token=ACCESS_TOKEN", null);

        wechat.reply("{\"data\":[{\"id\":616,\"name\":\"公交\"}],\"errcode\":0,\"errmsg\":\"ok\"}");
        assertThat(subscriptions.categories()).containsExactly(new Category(616, "公交"));
        wechat.expect("GET", "/wxaapi/newtmpl/getcategory?access_token=ACCESS_TOKEN", null);

        wechat.reply("""
                {"count":2,"data":[{"kid":1,"name":"物品名称","example":"名称","rule":"thing"},
                 {"kid":2,"name":"购买金额","example":"100元","rule":"amount"}],"errcode":0,"errmsg":"ok"}""");
        assertThat(subscriptions.keywords(99)).extracting(Keyword::rule).containsExactly("thing", "amount");
        wechat.expect("GET", "/wxaapi/newtmpl/getpubtemplatekeywords?access_token=ACCESS_TOKEN&tid=99", null);

        wechat.reply("""
                {"count":55,"data":[{"tid":99,"title":"付款成功通知","type":2,"categoryId":"616"}],"errcode":0,"errmsg":"ok"}""");
        assertThat(subscriptions.publicTemplates(List.of(2L, 616L), 0, 1))
                .containsExactly(new PublicTemplate(99, "付款成功通知", 2, "616"));
        wechat.expect("GET",
                "/wxaapi/newtmpl/getpubtemplatetitles?access_token=ACCESS_TOKEN&ids=2%2C616&start=0&limit=1", null);
    }

    @Test
    void templatesAreAddedAndDeleted() {
        wechat.reply("{\"errcode\":0,\"errmsg\":\"ok\",\"priTmplId\":\"9Aw5ZV1j9xdWTFEkqCpZ7jWySL7aGN6rQom4gXINfJs\"}");
        assertThat(subscriptions.addTemplate(401, List.of(1, 2), "测试数据"))
                .isEqualTo("9Aw5ZV1j9xdWTFEkqCpZ7jWySL7aGN6rQom4gXINfJs");
        wechat.expect("POST", "/wxaapi/newtmpl/addtemplate?access_token=ACCESS_TOKEN",
                "{\"tid\":\"401\",\"kidList\":[1,2],\"sceneDesc\":\"测试数据\"}");

        wechat.reply("{\"errcode\":0,\"errmsg\":\"ok\"}");
        subscriptions.deleteTemplate("wDYzYZVxobJivW9oMpSCpuvACOfJXQIoKUm0PY397Tc");
        wechat.expect("POST", "/wxaapi/newtmpl/deltemplate?access_token=ACCESS_TOKEN",
                "{\"priTmplId\":\"wDYzYZVxobJivW9oMpSCpuvACOfJXQIoKUm0PY397Tc\"}");
    }

    @Test
    void invalidArgumentsAreRefusedWithoutACall() {
        assertThatThrownBy(() -> subscriptions.addTemplate(1, List.of(1), "x")).hasMessageContaining("kidList");
        assertThatThrownBy(() -> subscriptions.addTemplate(1, List.of(1, 2), "一二三四五六七八九十一二三四五六"))
                .hasMessageContaining("sceneDesc");
        assertThatThrownBy(() -> subscriptions.publicTemplates(List.of(), 0, 1)).hasMessageContaining("ids");
        assertThatThrownBy(() -> subscriptions.publicTemplates(List.of(1L), 0, 31)).hasMessageContaining("limit");
        assertThatThrownBy(() -> subscriptions.publicTemplates(List.of(1L), -1, 1)).hasMessageContaining("start");
        assertThat(wechat.server().getRequestCount()).isZero();
    }

    @Test
    void everyMethodTurnsAnErrcodeIntoWxApiException() {
        List<Consumer<SubscribeApi>> calls = List.of(SubscribeApi::templates, SubscribeApi::categories,
                s -> s.keywords(1), s -> s.publicTemplates(List.of(1L), 0, 30),
                s -> s.addTemplate(1, List.of(1, 2), "x"), s -> s.deleteTemplate("t"));
        for (Consumer<SubscribeApi> call : calls) {
            wechat.reply("{\"errcode\":200014,\"errmsg\":\"invalid tid\"}");
            assertThatThrownBy(() -> call.accept(subscriptions)).isInstanceOfSatisfying(WxApiException.class,
                    e -> assertThat(e.errcode()).isEqualTo(200014));
        }
    }
}
