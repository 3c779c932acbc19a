package io.wxkit.modules.common.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.http.WxApiException;
import io.wxkit.emulator.WxEmulator;
import io.wxkit.emulator.account.CallbackMode;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.account.InboxEntry;
import io.wxkit.emulator.junit.WxEmulatorTest;
import io.wxkit.modules.common.testkit.ModuleTestContext;
import io.wxkit.mp.WxMp;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sdk-mp adapters of the module hooks, against the emulator: what a module calls really reaches WeChat. */
@WxEmulatorTest
class WeChatAdaptersTest {
    private static final String APP_ID = "wx7a1b2c3d4e5f6071";
    private static final String SECRET = "adapters-secret-0123456789abcdef";

    WxEmulator wx;
    private WxMp mp;
    private FakeUser follower;
    private FakeUser stranger;
    private ModuleTestContext db;

    @BeforeEach
    void setUp() {
        wx.control().account(APP_ID, SECRET, "adaptertoken", null, null, CallbackMode.PLAIN);
        follower = wx.control().user(APP_ID, "Follower");
        stranger = wx.control().user(APP_ID, "Stranger");
        wx.control().follow(follower.openid());
        mp = WxMp.builder().appId(APP_ID).secret(SECRET).baseUrl(wx.baseUrl()).build();
        db = new ModuleTestContext("adapters");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void aWinnerNotificationArrivesAsATemplateMessageWithItsDataAndLink() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("thing1", "Lucky wheel");
        data.put("thing2", "Mug");

        MpTemplateNotifier.of(mp).send(follower.openid(), "tmplWinner000001", data, "https://example.com/w/1");

        List<InboxEntry> inbox = wx.control().inbox(follower.openid());
        assertThat(inbox).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("template");
            assertThat(e.fields().toString()).contains("Lucky wheel", "Mug", "https://example.com/w/1");
        });
    }

    @Test
    void aNotificationToAnUnknownOpenidFailsWithWeChatsError() {
        assertThatThrownBy(() -> MpTemplateNotifier.of(mp).send("oUnknownOpenid000000000000ab", "tmplWinner000001",
                Map.of("thing1", "x"), null)).isInstanceOf(WxApiException.class);
    }

    @Test
    void aPollQrCodeIsATicketUrlTheEmulatorKnows() {
        String url = MpQrCodeIssuer.temporary(mp, Duration.ofDays(30)).qrCodeUrl("vote:42");

        assertThat(url).startsWith(wx.baseUrl()).contains("showqrcode?ticket=");
        assertThat(url.substring(url.indexOf("ticket=") + 7)).isNotBlank();
    }

    @Test
    void theFollowerCheckFallsBackToUsersGetAndRemembersTheAnswer() {
        FollowerRegistry followers = FollowerRegistry.create(db.build(), mp);

        assertThat(followers.isFollower(follower.openid())).isTrue();
        assertThat(followers.isFollower(stranger.openid())).isFalse();
        wx.control().follow(stranger.openid()); // no callback is wired: the recorded answer stands
        assertThat(followers.isFollower(stranger.openid())).isFalse();
    }
}
