package io.wxkit.mp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.http.WxApiException;
import io.wxkit.emulator.WxEmulator;
import io.wxkit.emulator.account.CallbackMode;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.junit.WxEmulatorTest;
import io.wxkit.mp.comment.Comment;
import io.wxkit.mp.comment.CommentPage;
import io.wxkit.mp.comment.CommentType;
import io.wxkit.mp.mass.MassMessage;
import io.wxkit.mp.mass.MassSendResult;
import io.wxkit.mp.mass.MassTarget;
import io.wxkit.mp.mass.NewsArticle;
import io.wxkit.mp.media.MediaType;
import io.wxkit.mp.qrcode.ShortKeyData;
import io.wxkit.mp.subscribe.PublicTemplate;
import io.wxkit.mp.subscribe.SubscribeTemplate;
import io.wxkit.mp.template.Industry;
import io.wxkit.mp.template.PrivateTemplate;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** sdk-mp's comment, template-library, subscribe-template, mass-extra and short-key calls against the emulator. */
@WxEmulatorTest
class EmulatorContentEndToEndTest {
    private static final String APP_ID = "wx5e2d3c4b5a697802";
    private static final String SECRET = "e2e-secret-content-0123456789ab";

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

    private MassSendResult sendNews() {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00};
        String thumb = mp.media().upload(MediaType.THUMB, "t.jpg", new ByteArrayInputStream(jpeg), jpeg.length)
                .mediaId();
        String news = mp.mass().uploadNews(List.of(new NewsArticle(thumb, null, "Launch", null, "<p>c</p>", null,
                null, 1, null)));
        return mp.mass().send(MassTarget.all(), MassMessage.mpNews(news)).get(0);
    }

    @Test
    void aUsersCommentIsListedElectedRepliedAndDeleted() {
        long msgDataId = sendNews().msgDataId();
        mp.comments().close(msgDataId, 0);
        mp.comments().open(msgDataId, 0);
        long id = wx.control().comment(user.openid(), msgDataId, 0, "Great read");
        mp.comments().markElect(msgDataId, 0, id);
        CommentPage elected = mp.comments().list(msgDataId, 0, 0, 50, CommentType.ELECTED);
        assertThat(elected.total()).isEqualTo(1);
        Comment c = elected.comments().get(0);
        assertThat(c.openid()).isEqualTo(user.openid());
        assertThat(c.content()).isEqualTo("Great read");
        assertThat(c.elected()).isTrue();
        mp.comments().unmarkElect(msgDataId, 0, id);
        mp.comments().reply(msgDataId, 0, id, "Thanks!");
        assertThat(mp.comments().list(msgDataId, 0, 0, 10, CommentType.NORMAL).comments().get(0).reply().content())
                .isEqualTo("Thanks!");
        mp.comments().deleteReply(msgDataId, 0, id);
        assertThat(mp.comments().list(msgDataId, 0, 0, 10, CommentType.ALL).comments().get(0).reply()).isNull();
        mp.comments().delete(msgDataId, 0, id);
        assertThat(mp.comments().list(msgDataId, 0, 0, 10, CommentType.ALL).total()).isZero();
        assertThatThrownBy(() -> mp.comments().open(42, 0))
                .isInstanceOfSatisfying(WxApiException.class, e -> assertThat(e.errcode()).isEqualTo(88001));
    }

    @Test
    void industriesAndPrivateTemplatesAreKept() {
        mp.templates().setIndustry(1, 13);
        Industry industry = mp.templates().industry();
        assertThat(industry.primary().firstClass()).isEqualTo("IT科技");
        assertThat(industry.secondary().secondClass()).isEqualTo("快递");
        String id = mp.templates().add("TM00015", List.of("商品名称"));
        assertThat(mp.templates().list()).extracting(PrivateTemplate::templateId).containsExactly(id);
        mp.templates().delete(id);
        assertThat(mp.templates().list()).isEmpty();
        assertThatThrownBy(() -> mp.templates().delete(id))
                .isInstanceOfSatisfying(WxApiException.class, e -> assertThat(e.errcode()).isEqualTo(40037));
    }

    @Test
    void aPublicSubscribeTemplateIsBrowsedAddedAndDeleted() {
        long category = mp.subscriptions().categories().get(0).id();
        PublicTemplate title = mp.subscriptions().publicTemplates(List.of(category), 0, 30).get(0);
        assertThat(mp.subscriptions().keywords(title.tid())).hasSizeGreaterThanOrEqualTo(2);
        String id = mp.subscriptions().addTemplate(title.tid(), List.of(1, 2), "付款通知");
        assertThat(mp.subscriptions().templates()).extracting(SubscribeTemplate::templateId).containsExactly(id);
        mp.subscriptions().deleteTemplate(id);
        assertThat(mp.subscriptions().templates()).isEmpty();
    }

    @Test
    void theMassSpeedIsSetAndRead() {
        mp.mass().setSpeed(2);
        assertThat(mp.mass().speed().speed()).isEqualTo(2);
        assertThat(mp.mass().speed().realSpeed()).isEqualTo(45);
    }

    @Test
    void aShortKeyGivesItsDataBack() {
        String key = mp.qrcodes().generateShortKey("{\"vote\":42}", Duration.ofHours(1));
        ShortKeyData data = mp.qrcodes().fetchShortKey(key);
        assertThat(data.longData()).isEqualTo("{\"vote\":42}");
        assertThat(data.expiresIn()).isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> mp.qrcodes().fetchShortKey("iTqRJFSEqk9RvPk"))
                .isInstanceOfSatisfying(WxApiException.class, e -> assertThat(e.errcode()).isEqualTo(9410012));
    }
}
