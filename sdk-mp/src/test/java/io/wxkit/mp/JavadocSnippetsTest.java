package io.wxkit.mp;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.mp.account.ApiQuota;
import io.wxkit.mp.account.RidInfo;
import io.wxkit.mp.kf.KfMessage;
import io.wxkit.mp.kf.TypingCommand;
import io.wxkit.mp.mass.MassMessage;
import io.wxkit.mp.mass.MassSendResult;
import io.wxkit.mp.mass.MassTarget;
import io.wxkit.mp.mass.NewsArticle;
import io.wxkit.mp.menu.Button;
import io.wxkit.mp.menu.ClientPlatform;
import io.wxkit.mp.menu.MatchRule;
import io.wxkit.mp.menu.Menu;
import io.wxkit.mp.menu.MenuInfo;
import io.wxkit.mp.subscribe.SubscribeMessage;
import io.wxkit.mp.subscribe.SubscribeTemplate;
import io.wxkit.mp.tag.Tag;
import io.wxkit.mp.template.TemplateMessage;
import io.wxkit.mp.testing.MpServer;
import io.wxkit.mp.user.UserInfo;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The {@code <pre>{@code ...}</pre>} examples of sdk-mp's Javadoc, compiled and run against a mock WeChat. */
class JavadocSnippetsTest {
    private static final String OK = "{\"errcode\":0,\"errmsg\":\"ok\"}";
    private final MpServer wechat = new MpServer();
    private final WxMp mp = wechat.mp();
    private final String openid = "OPENID";
    private final String templateId = "TEMPLATE_ID";

    @AfterEach
    void stop() {
        wechat.close();
    }

    @Test
    void menuSnippetsRun() {
        wechat.reply(OK).reply(OK).reply("{\"menu\":{\"button\":[{\"type\":\"click\",\"name\":\"News\",\"key\":\"NEWS\"}]}}")
                .reply("{\"menuid\":\"1\"}");
        mp.menu().create(Menu.of(Button.click("News", "NEWS"), Button.view("Site", "https://example.com")));
        Button news = Button.click("News", "NEWS");
        Button more = Button.subMenu("More", Button.view("Site", "https://example.com"));
        mp.menu().create(Menu.of(news, more));
        MenuInfo menus = mp.menu().get();
        MatchRule vip = MatchRule.tag(2).withClientPlatform(ClientPlatform.ANDROID);
        mp.menu().addConditional(Menu.of(Button.click("VIP", "VIP")).withMatchRule(vip));
        assertThat(menus.defaultMenu().buttons()).hasSize(1);
    }

    @Test
    void messageSnippetsRun() {
        wechat.reply("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":1}").reply(OK)
                .reply("{\"data\":[{\"priTmplId\":\"p\",\"title\":\"t\",\"content\":\"c\",\"example\":\"e\",\"type\":2}]}")
                .reply(OK).reply(OK).reply(OK);
        long msgId = mp.templates().send(TemplateMessage.to(openid, templateId)
                .data("thing1", "Meeting at 3pm").url("https://example.com/meetings/42"));
        mp.subscriptions().send(SubscribeMessage.to(openid, templateId)
                .data("thing1", "Meeting at 3pm").page("https://example.com/m/42"));
        List<SubscribeTemplate> mine = mp.subscriptions().templates();
        mp.kf().typing(openid, TypingCommand.TYPING);
        mp.kf().send(KfMessage.text(openid, "Your order has shipped"));
        mp.kf().send(KfMessage.image(openid, "MEDIA_ID").asKfAccount("alice@gh_account"));
        assertThat(msgId).isEqualTo(1);
        assertThat(mine).hasSize(1);
    }

    @Test
    void userTagMassAndAccountSnippetsRun() {
        List<String> openids = List.of("o1", "o2");
        wechat.reply("{\"subscribe\":1,\"openid\":\"OPENID\"}")
                .reply("{\"total\":1,\"count\":1,\"data\":{\"openid\":[\"o1\"]},\"next_openid\":\"\"}")
                .reply("{\"tag\":{\"id\":100,\"name\":\"VIP\"}}").reply(OK)
                .reply("{\"msg_id\":7}").reply("{\"msg_id\":8,\"msg_status\":\"SENDING\"}").reply("{\"msg_id\":9}")
                .reply("{\"media_id\":\"M\"}")
                .reply("{\"quota\":{\"daily_limit\":1,\"used\":0,\"remain\":1}}")
                .reply("{\"request\":{\"invoke_time\":1,\"cost_in_ms\":2,\"client_ip\":\"1.2.3.4\"}}");
        UserInfo u = mp.users().get(openid);
        for (String follower : mp.users().followers()) {
            assertThat(follower).isEqualTo("o1");
        }
        Tag vip = mp.tags().create("VIP");
        mp.tags().tagUsers(vip.id(), List.of("openid1", "openid2"));
        List<MassSendResult> jobs = mp.mass().send(MassTarget.users(openids), MassMessage.text("Doors open at 7pm"));
        String status = mp.mass().status(jobs.get(0).msgId());
        MassMessage weekly = MassMessage.mpNews("DRAFT_MEDIA_ID").clientMsgId("weekly-2026-48");
        mp.mass().send(MassTarget.tag(2), weekly);
        String mediaId = mp.mass().uploadNews(List.of(NewsArticle.of("THUMB", "Title", "<p>Body</p>")));
        ApiQuota quota = mp.account().quota("/cgi-bin/message/custom/send");
        RidInfo failed = mp.account().rid("61725984-6126f6f9-040f19c4");
        assertThat(u.subscribed()).isTrue();
        assertThat(status).isEqualTo("SENDING");
        assertThat(mediaId).isEqualTo("M");
        assertThat(quota.remain()).isEqualTo(1);
        assertThat(failed.clientIp()).isEqualTo("1.2.3.4");
    }

    @Test
    void registrySnippetRuns() {
        wechat.reply("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":2}");
        WxMpRegistry accounts = WxMpRegistry.of(mp);
        accounts.get(MpServer.APP_ID).templates().send(TemplateMessage.to(openid, templateId).data("thing1", "x"));
        assertThat(accounts.appIds()).containsExactly(MpServer.APP_ID);
    }
}
