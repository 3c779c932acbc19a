package io.wxkit.mp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.core.crypto.JsSdkSignature;
import io.wxkit.core.http.WxApiException;
import io.wxkit.emulator.WxEmulator;
import io.wxkit.emulator.account.CallbackMode;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.fault.Fault;
import io.wxkit.emulator.fault.FaultKind;
import io.wxkit.emulator.junit.WxEmulatorTest;
import io.wxkit.mp.jssdk.JsSdkConfig;
import io.wxkit.mp.kf.KfMessage;
import io.wxkit.mp.menu.Button;
import io.wxkit.mp.menu.Menu;
import io.wxkit.mp.menu.MenuInfo;
import io.wxkit.mp.oauth.OAuthToken;
import io.wxkit.mp.tag.Tag;
import io.wxkit.mp.template.TemplateMessage;
import io.wxkit.mp.user.UserInfo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sdk-mp client against the offline WeChat (sdk-emulator), which implements the server side
 * independently: what one side writes, the other must read, with WeChat's rules in between.
 */
@WxEmulatorTest
class EmulatorEndToEndTest {
    private static final String APP_ID = "wx1e2d3c4b5a697887";
    private static final String SECRET = "e2e-secret-0123456789abcdef01234";

    WxEmulator wx;
    private WxMp mp;
    private FakeUser user;

    @BeforeEach
    void registerAccountAndUser() {
        wx.control().account(APP_ID, SECRET, "e2etoken", null, null, CallbackMode.PLAIN);
        user = wx.control().user(APP_ID, "Li Lei");
        wx.control().follow(user.openid());
        mp = WxMp.builder().appId(APP_ID).secret(SECRET).baseUrl(wx.baseUrl()).build();
    }

    @Test
    void aCreatedMenuIsReadBack() {
        Menu menu = Menu.of(Button.click("News", "NEWS"), Button.view("Site", "https://example.com"));

        mp.menu().create(menu);
        MenuInfo info = mp.menu().get();

        assertThat(info.defaultMenu().buttons()).isEqualTo(menu.buttons());
    }

    @Test
    void aTemplateMessageReachesTheUsersInbox() {
        mp.templates().send(TemplateMessage.to(user.openid(), "meeting_notice_01")
                .data("thing1", "Meeting at 3pm").url("https://example.com/m/1"));

        assertThat(wx.control().inbox(user.openid()))
                .anySatisfy(e -> assertThat(e.kind()).isEqualTo("template"));
    }

    @Test
    void aCustomerServiceMessageReachesTheUsersInbox() {
        mp.kf().send(KfMessage.text(user.openid(), "Your order shipped"));

        assertThat(wx.control().inbox(user.openid()))
                .anySatisfy(e -> {
                    assertThat(e.kind()).isEqualTo("kf");
                    assertThat(e.content()).isEqualTo("Your order shipped");
                });
    }

    @Test
    void userInfoComesBackAndAnUnknownOpenidIs40003() {
        UserInfo info = mp.users().get(user.openid());

        assertThat(info.subscribed()).isTrue();
        assertThat(info.openid()).isEqualTo(user.openid());
        assertThatThrownBy(() -> mp.users().get("o_unknown_user_0000000000000"))
                .isInstanceOfSatisfying(WxApiException.class, e -> assertThat(e.errcode()).isEqualTo(40003));
    }

    @Test
    void followersAreWalkedLazily() {
        FakeUser second = wx.control().user(APP_ID, "Han Meimei");
        wx.control().follow(second.openid());

        assertThat(mp.users().followers()).containsExactlyInAnyOrder(user.openid(), second.openid());
    }

    @Test
    void taggedUsersCarryTheirTag() {
        Tag tag = mp.tags().create("vip");

        mp.tags().tagUsers(tag.id(), List.of(user.openid()));

        assertThat(mp.tags().tagsOf(user.openid())).containsExactly(tag.id());
        assertThat(mp.tags().users(tag.id())).containsExactly(user.openid());
    }

    @Test
    void anInvalidatedTokenIsRefreshedOnceAndTheCallSucceeds() {
        mp.users().get(user.openid());
        wx.control().inject(Fault.of("/cgi-bin/user/info", FaultKind.INVALIDATE_TOKEN, 1));

        assertThat(mp.users().get(user.openid()).openid()).isEqualTo(user.openid());
    }

    @Test
    void systemBusyIsRetriedUntilItClears() {
        wx.control().inject(Fault.of("/cgi-bin/user/info", FaultKind.BUSY, 2));

        assertThat(mp.users().get(user.openid()).openid()).isEqualTo(user.openid());
    }

    @Test
    void theOAuthCodeOfAConsentingUserIsExchangedForTheirOpenid() {
        String code = wx.control().oauthCode(APP_ID, user.openid(), "snsapi_userinfo");

        OAuthToken token = mp.oauth().exchangeCode(code);

        assertThat(token.openid()).isEqualTo(user.openid());
        assertThat(mp.oauth().validate(token)).isTrue();
        assertThatThrownBy(() -> mp.oauth().exchangeCode(code)).isInstanceOf(WxApiException.class);
    }

    @Test
    void theJsSdkConfigIsSignedWithTheTicketTheServerIssued() {
        JsSdkConfig config = mp.jssdk().config("https://example.com/page?id=1#top");
        JsonNode ticket = mp.raw().get("cgi-bin/ticket/getticket", Map.of("type", "jsapi"));

        String expected = JsSdkSignature.sign(ticket.get("ticket").asText(), config.nonceStr(),
                Long.toString(config.timestamp()), "https://example.com/page?id=1");
        assertThat(config.appId()).isEqualTo(APP_ID);
        assertThat(config.signature()).isEqualTo(expected);
    }
}
