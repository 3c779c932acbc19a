package io.wxkit.mp.kf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.http.WxApiException;
import io.wxkit.mp.testing.MpServer;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KfApiTest {
    private static final String OK = "{\"errcode\":0,\"errmsg\":\"ok\"}";
    private final MpServer wechat = new MpServer();
    private final KfApi kf = wechat.mp().kf();

    @AfterEach
    void stop() {
        wechat.close();
    }

    @Test
    void sendPostsTheMessage() {
        wechat.reply(OK);
        kf.send(KfMessage.text("OPENID", "Hello World"));
        wechat.expect("POST", "/cgi-bin/message/custom/send?access_token=ACCESS_TOKEN",
                "{\"touser\":\"OPENID\",\"msgtype\":\"text\",\"text\":{\"content\":\"Hello World\"}}");
    }

    @Test
    void sendOutsideTheWindowIs45015() {
        wechat.reply("{\"errcode\":45015,\"errmsg\":\"response out of time limit or subscription is canceled\"}");
        assertThatThrownBy(() -> kf.send(KfMessage.text("o", "late"))).isInstanceOfSatisfying(WxApiException.class, e -> {
            assertThat(e.errcode()).isEqualTo(45015);
            assertThat(e.endpoint()).isEqualTo("POST /cgi-bin/message/custom/send");
        });
    }

    @Test
    void typingPostsTheCommand() {
        wechat.reply(OK).reply(OK);
        kf.typing("OPENID", TypingCommand.TYPING);
        wechat.expect("POST", "/cgi-bin/message/custom/typing?access_token=ACCESS_TOKEN",
                "{\"touser\":\"OPENID\",\"command\":\"Typing\"}");
        kf.typing("OPENID", TypingCommand.CANCEL_TYPING);
        wechat.expect("POST", "/cgi-bin/message/custom/typing?access_token=ACCESS_TOKEN",
                "{\"touser\":\"OPENID\",\"command\":\"CancelTyping\"}");
    }

    @Test
    void accountsAndOnlineAccountsParseTheDocumentedSamples() {
        wechat.reply("""
                {"kf_list":[{"kf_account":"test1@test","kf_headimgurl":"http://mmbiz.qpic.cn/mmbiz/x/300?wx_fmt=jpeg",
                  "kf_id":"1001","kf_nick":"ntest1","kf_wx":"kfwx1"},
                 {"kf_account":"test2@test","kf_headimgurl":"http://mmbiz.qpic.cn/mmbiz/y/300?wx_fmt=jpeg",
                  "kf_id":"1002","kf_nick":"ntest2","invite_wx":"kfwx2","invite_expire_time":123456789,
                  "invite_status":"waiting"}]}""");
        List<KfAccount> accounts = kf.accounts();
        wechat.expect("GET", "/cgi-bin/customservice/getkflist?access_token=ACCESS_TOKEN", null);
        assertThat(accounts).extracting(KfAccount::account).containsExactly("test1@test", "test2@test");
        assertThat(accounts.get(0).wechatId()).isEqualTo("kfwx1");
        assertThat(accounts.get(1).inviteStatus()).isEqualTo("waiting");

        wechat.reply("""
                {"kf_online_list":[{"kf_account":"test1@test","status":1,"kf_id":"1001","accepted_case":1}]}""");
        assertThat(kf.onlineAccounts()).containsExactly(new KfOnline("test1@test", 1, "1001", 1));
        wechat.expect("GET", "/cgi-bin/customservice/getonlinekflist?access_token=ACCESS_TOKEN", null);
    }

    @Test
    void accountsAreAddedUpdatedInvitedAndDeleted() {
        wechat.reply(OK).reply(OK).reply(OK).reply(OK);
        kf.addAccount("test1@test", "客服1");
        wechat.expect("POST", "/customservice/kfaccount/add?access_token=ACCESS_TOKEN",
                "{\"kf_account\":\"test1@test\",\"nickname\":\"客服1\"}");
        kf.updateAccount("test1@test", "客服2");
        wechat.expect("POST", "/customservice/kfaccount/update?access_token=ACCESS_TOKEN",
                "{\"kf_account\":\"test1@test\",\"nickname\":\"客服2\"}");
        kf.inviteWorker("test1@test", "test_kfwx");
        wechat.expect("POST", "/customservice/kfaccount/inviteworker?access_token=ACCESS_TOKEN",
                "{\"kf_account\":\"test1@test\",\"invite_wx\":\"test_kfwx\"}");
        kf.deleteAccount("test1@test");
        wechat.expect("GET", "/customservice/kfaccount/del?access_token=ACCESS_TOKEN&kf_account=test1%40test", null);
    }

    @Test
    void sessionsAreCreatedClosedAndListed() {
        wechat.reply(OK).reply(OK);
        kf.createSession("test1@test", "OPENID");
        wechat.expect("POST", "/customservice/kfsession/create?access_token=ACCESS_TOKEN",
                "{\"kf_account\":\"test1@test\",\"openid\":\"OPENID\"}");
        kf.closeSession("test1@test", "OPENID");
        wechat.expect("POST", "/customservice/kfsession/close?access_token=ACCESS_TOKEN",
                "{\"kf_account\":\"test1@test\",\"openid\":\"OPENID\"}");

        wechat.reply("{\"createtime\":123456789,\"kf_account\":\"test1@test\"}");
        assertThat(kf.session("OPENID")).isEqualTo(new KfSession("OPENID", "test1@test", Instant.ofEpochSecond(123456789)));
        wechat.expect("GET", "/customservice/kfsession/getsession?access_token=ACCESS_TOKEN&openid=OPENID", null);

        wechat.reply("{\"sessionlist\":[{\"createtime\":123456789,\"openid\":\"OPENID\"}]}");
        assertThat(kf.sessions("test1@test"))
                .containsExactly(new KfSession("OPENID", "test1@test", Instant.ofEpochSecond(123456789)));
        wechat.expect("GET", "/customservice/kfsession/getsessionlist?access_token=ACCESS_TOKEN&kf_account=test1%40test",
                null);

        wechat.reply("{\"count\":150,\"waitcaselist\":[{\"latest_time\":123456789,\"openid\":\"OPENID\"}]}");
        assertThat(kf.waitingSessions()).containsExactly(new KfSession("OPENID", null, Instant.ofEpochSecond(123456789)));
        wechat.expect("GET", "/customservice/kfsession/getwaitcase?access_token=ACCESS_TOKEN", null);

        wechat.reply("{\"kf_account\":\"\"}");
        assertThat(kf.session("OPENID2").createTime()).isNull();
    }

    @Test
    void everyMethodTurnsAnErrcodeIntoWxApiException() {
        List<Consumer<KfApi>> calls = List.of(k -> k.typing("o", TypingCommand.TYPING), KfApi::accounts,
                KfApi::onlineAccounts, k -> k.addAccount("a@b", "n"), k -> k.updateAccount("a@b", "n"),
                k -> k.deleteAccount("a@b"), k -> k.inviteWorker("a@b", "wx"), k -> k.createSession("a@b", "o"),
                k -> k.closeSession("a@b", "o"), k -> k.session("o"), k -> k.sessions("a@b"), KfApi::waitingSessions);
        for (Consumer<KfApi> call : calls) {
            wechat.reply("{\"errcode\":65401,\"errmsg\":\"invalid custom service account\"}");
            assertThatThrownBy(() -> call.accept(kf)).isInstanceOfSatisfying(WxApiException.class,
                    e -> assertThat(e.errcode()).isEqualTo(65401));
        }
    }
}
