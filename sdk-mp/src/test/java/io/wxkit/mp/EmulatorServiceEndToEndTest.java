package io.wxkit.mp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.http.WxApiException;
import io.wxkit.emulator.WxEmulator;
import io.wxkit.emulator.account.CallbackMode;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.junit.WxEmulatorTest;
import io.wxkit.mp.kf.KfAccount;
import io.wxkit.mp.kf.KfMessage;
import io.wxkit.mp.kf.KfSession;
import io.wxkit.mp.kf.TypingCommand;
import io.wxkit.mp.user.OpenidPage;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** sdk-mp's customer-service and blacklist calls against the emulator. */
@WxEmulatorTest
class EmulatorServiceEndToEndTest {
    private static final String APP_ID = "wx5e2d3c4b5a697801";
    private static final String SECRET = "e2e-secret-service-0123456789abc";
    private static final String KF = "alice@gh_e2e";

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
    void aWorkerIsAddedInvitedBroughtOnlineAndServesASession() {
        mp.kf().addAccount(KF, "Alice");
        mp.kf().updateAccount(KF, "Alice L");
        mp.kf().inviteWorker(KF, "alice_wx");
        KfAccount invited = mp.kf().accounts().get(0);
        assertThat(invited.nickname()).isEqualTo("Alice L");
        assertThat(invited.inviteWechatId()).isEqualTo("alice_wx");
        assertThat(invited.inviteStatus()).isEqualTo("waiting");
        wx.control().kfInvitation(APP_ID, KF, true);
        wx.control().kfOnline(APP_ID, KF, true);
        assertThat(mp.kf().onlineAccounts()).singleElement().satisfies(o -> assertThat(o.account()).isEqualTo(KF));

        mp.kf().createSession(KF, user.openid());
        KfSession session = mp.kf().session(user.openid());
        assertThat(session.kfAccount()).isEqualTo(KF);
        assertThat(session.createTime()).isNotNull();
        assertThat(mp.kf().sessions(KF)).extracting(KfSession::openid).containsExactly(user.openid());
        assertThat(mp.kf().waitingSessions()).isEmpty();
        mp.kf().closeSession(KF, user.openid());
        assertThat(mp.kf().sessions(KF)).isEmpty();

        mp.kf().deleteAccount(KF);
        assertThat(mp.kf().accounts()).isEmpty();
    }

    @Test
    void typingAndSendingNeedTheUsersWindowAndAnOfflineWorkerIsRefused() {
        wx.control().sendText(user.openid(), "hello");
        mp.kf().typing(user.openid(), TypingCommand.TYPING);
        mp.kf().send(KfMessage.text(user.openid(), "hi there"));
        assertThat(wx.control().inbox(user.openid())).anySatisfy(e -> assertThat(e.content()).isEqualTo("hi there"));
        mp.kf().addAccount(KF, "Alice");
        assertThatThrownBy(() -> mp.kf().createSession(KF, user.openid()))
                .isInstanceOfSatisfying(WxApiException.class, e -> assertThat(e.errcode()).isEqualTo(65415));
        assertThatThrownBy(() -> mp.kf().addAccount("not-an-account", "A"))
                .isInstanceOfSatisfying(WxApiException.class, e -> assertThat(e.errcode()).isEqualTo(65404));
    }

    @Test
    void blockedUsersAreOnTheBlacklistUntilUnblocked() {
        FakeUser other = wx.control().user(APP_ID, "Han Meimei");
        mp.users().block(List.of(user.openid(), other.openid()));
        OpenidPage page = mp.users().blacklistPage("");
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.openids()).containsExactly(user.openid(), other.openid());
        assertThat(mp.users().blacklist()).containsExactly(user.openid(), other.openid());
        mp.users().unblock(List.of(user.openid()));
        assertThat(mp.users().blacklist()).containsExactly(other.openid());
        assertThatThrownBy(() -> mp.users().block(List.of("o_unknown_user_0000000000000")))
                .isInstanceOfSatisfying(WxApiException.class, e -> assertThat(e.errcode()).isEqualTo(40003));
    }
}
