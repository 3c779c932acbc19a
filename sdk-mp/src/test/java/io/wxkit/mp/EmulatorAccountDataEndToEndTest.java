package io.wxkit.mp;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.emulator.WxEmulator;
import io.wxkit.emulator.account.CallbackMode;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.junit.WxEmulatorTest;
import io.wxkit.mp.mass.MassMessage;
import io.wxkit.mp.mass.MassSendResult;
import io.wxkit.mp.mass.MassTarget;
import io.wxkit.mp.menu.Button;
import io.wxkit.mp.menu.Menu;
import io.wxkit.mp.menu.MatchRule;
import io.wxkit.mp.qrcode.QrCodeRequest;
import io.wxkit.mp.qrcode.QrCodeTicket;
import io.wxkit.mp.subscribe.SubscribeMessage;
import io.wxkit.mp.tag.Tag;
import io.wxkit.mp.user.Lang;
import io.wxkit.mp.user.UserInfo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** sdk-mp's menu, user, tag, QR-code, mass, subscribe and raw calls against the emulator. */
@WxEmulatorTest
class EmulatorAccountDataEndToEndTest {
    private static final String APP_ID = "wx5e2d3c4b5a697804";
    private static final String SECRET = "e2e-secret-accountdata-01234567";

    WxEmulator wx;
    private WxMp mp;
    private FakeUser user;
    private FakeUser second;

    @BeforeEach
    void registerAccountAndUsers() {
        wx.control().account(APP_ID, SECRET, "e2etoken", null, null, CallbackMode.PLAIN);
        user = wx.control().user(APP_ID, "Li Lei");
        second = wx.control().user(APP_ID, "Han Meimei");
        wx.control().follow(user.openid());
        wx.control().follow(second.openid());
        mp = WxMp.builder().appId(APP_ID).secret(SECRET).baseUrl(wx.baseUrl()).build();
    }

    @Test
    void conditionalMenusMatchTaggedUsersAndEverythingIsDeleted() {
        Tag vip = mp.tags().create("vip");
        mp.tags().tagUsers(vip.id(), List.of(user.openid()));
        mp.menu().create(Menu.of(Button.click("News", "NEWS")));
        Menu vipMenu = Menu.of(Button.click("VIP", "VIP")).withMatchRule(MatchRule.tag(vip.id()));
        String menuId = mp.menu().addConditional(vipMenu);
        assertThat(mp.menu().tryMatch(user.openid()).buttons().get(0).name()).isEqualTo("VIP");
        assertThat(mp.menu().tryMatch(second.openid()).buttons().get(0).name()).isEqualTo("News");
        assertThat(mp.menu().current().menuOpen()).isTrue();
        mp.menu().deleteConditional(menuId);
        assertThat(mp.menu().tryMatch(user.openid()).buttons().get(0).name()).isEqualTo("News");
        mp.menu().delete();
        assertThat(mp.menu().current().buttons()).isEmpty();
    }

    @Test
    void usersAreReadInBatchesPagedAndRemarked() {
        mp.users().remark(user.openid(), "pangzi");
        UserInfo info = mp.users().get(user.openid(), Lang.EN);
        assertThat(info.remark()).isEqualTo("pangzi");
        assertThat(mp.users().batchGet(List.of(user.openid(), second.openid()), Lang.ZH_CN))
                .extracting(UserInfo::openid).containsExactly(user.openid(), second.openid());
        assertThat(mp.users().followersPage("").openids()).containsExactly(user.openid(), second.openid());
    }

    @Test
    void tagsAreListedRenamedUntaggedAndDeleted() {
        Tag tag = mp.tags().create("early");
        mp.tags().tagUsers(tag.id(), List.of(user.openid(), second.openid()));
        assertThat(mp.tags().list()).anySatisfy(t -> {
            assertThat(t.id()).isEqualTo(tag.id());
            assertThat(t.count()).isEqualTo(2);
        });
        mp.tags().update(tag.id(), "earliest");
        assertThat(mp.tags().list()).extracting(Tag::name).contains("earliest");
        mp.tags().untagUsers(tag.id(), List.of(second.openid()));
        assertThat(mp.tags().usersPage(tag.id(), "").openids()).containsExactly(user.openid());
        mp.tags().delete(tag.id());
        assertThat(mp.tags().tagsOf(user.openid())).isEmpty();
    }

    @Test
    void aQrCodeTicketShowsItsImageAndAScanFollowsWithTheScene() {
        QrCodeTicket ticket = mp.qrcodes().create(QrCodeRequest.permanent("hall-a"));
        assertThat(mp.qrcodes().showUrl(ticket.ticket())).startsWith(wx.baseUrl()).endsWith(
                java.net.URLEncoder.encode(ticket.ticket(), java.nio.charset.StandardCharsets.UTF_8));
        FakeUser visitor = wx.control().user(APP_ID, "Visitor");
        wx.control().scan(visitor.openid(), "hall-a");
        assertThat(mp.users().get(visitor.openid()).qrSceneStr()).isEqualTo("hall-a");
    }

    @Test
    void aMassTextIsSentPreviewedQueriedAndDeleted() {
        List<MassSendResult> sent = mp.mass().send(MassTarget.users(List.of(user.openid(), second.openid())),
                MassMessage.text("Doors open at 7pm"));
        long msgId = sent.get(0).msgId();
        assertThat(mp.mass().status(msgId)).isEqualTo("SEND_SUCCESS");
        mp.mass().preview(user.openid(), MassMessage.text("Preview"));
        assertThat(wx.control().inbox(user.openid())).filteredOn(e -> e.kind().equals("mass")).hasSize(2);
        mp.mass().delete(msgId, 0);
        assertThat(mp.mass().status(msgId)).isEqualTo("DELETE");
    }

    @Test
    void aSubscribeMessageAndARawCallReachTheEmulator() {
        mp.subscriptions().send(SubscribeMessage.to(user.openid(), "tmpl_01").data("thing1", "Meeting"));
        assertThat(wx.control().inbox(user.openid())).anySatisfy(e -> assertThat(e.kind()).isEqualTo("subscribe"));
        assertThat(mp.raw().get("cgi-bin/getcallbackip", Map.of()).get("ip_list").get(0).asText())
                .isEqualTo("127.0.0.1");
        assertThat(mp.raw().post("cgi-bin/shorten/gen", Map.of("long_data", "x", "expire_seconds", 60))
                .get("short_key").asText()).hasSize(15);
    }
}
