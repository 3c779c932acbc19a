package io.wxkit.mp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.http.WxApiException;
import io.wxkit.emulator.WxEmulator;
import io.wxkit.emulator.account.CallbackMode;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.mp.account.ApiQuota;
import io.wxkit.mp.account.CallbackCheck;
import io.wxkit.mp.analytics.ArticleSummary;
import io.wxkit.mp.analytics.DateRange;
import io.wxkit.mp.analytics.InterfaceSummary;
import io.wxkit.mp.analytics.Period;
import io.wxkit.mp.analytics.UpstreamMessage;
import io.wxkit.mp.analytics.UserCumulate;
import io.wxkit.mp.analytics.UserSummary;
import io.wxkit.mp.mass.MassMessage;
import io.wxkit.mp.mass.MassTarget;
import io.wxkit.mp.mass.NewsArticle;
import io.wxkit.mp.media.MediaType;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * sdk-mp's analytics and account tools against the emulator, both on one hand-moved clock: what fake users do
 * on one day is what the statistics show the next.
 */
class EmulatorAnalyticsEndToEndTest {
    private static final String APP_ID = "wx5e2d3c4b5a697803";
    private static final String SECRET = "e2e-secret-analytics-0123456789";
    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    /** A clock the test moves; starts at 10:00 Beijing time on {@link #DAY}. */
    private static final class HandClock extends Clock {
        private volatile Instant now = Instant.parse("2026-11-20T02:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private WxEmulator wx;
    private WxMp mp;

    @BeforeEach
    void start() {
        wx = WxEmulator.builder().clock(clock).start();
        wx.control().account(APP_ID, SECRET, "e2etoken", null, null, CallbackMode.PLAIN);
        mp = WxMp.builder().appId(APP_ID).secret(SECRET).baseUrl(wx.baseUrl()).clock(clock).build();
    }

    @AfterEach
    void stop() {
        wx.close();
    }

    private void nextDay() {
        clock.now = clock.now.plus(Duration.ofDays(1));
        mp = WxMp.builder().appId(APP_ID).secret(SECRET).baseUrl(wx.baseUrl()).clock(clock).build();
    }

    @Test
    void theStatisticsOfADayShowWhatUsersDidThatDay() {
        FakeUser a = wx.control().user(APP_ID, "a");
        FakeUser b = wx.control().user(APP_ID, "b");
        wx.control().follow(a.openid());
        wx.control().follow(b.openid(), "qrscene_9");
        wx.control().sendText(a.openid(), "hi");
        wx.control().sendText(a.openid(), "there");
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00};
        String thumb = mp.media().upload(MediaType.THUMB, "t.jpg", new ByteArrayInputStream(jpeg), jpeg.length)
                .mediaId();
        String news = mp.mass().uploadNews(List.of(NewsArticle.of(thumb, "Launch", "<p>c</p>")));
        long msgDataId = mp.mass().send(MassTarget.all(), MassMessage.mpNews(news)).get(0).msgDataId();
        wx.control().read(a.openid(), msgDataId, 0, "session");
        wx.control().share(a.openid(), msgDataId, 0, "friend");
        wx.control().favorite(b.openid(), msgDataId, 0);
        wx.control().unfollow(b.openid());
        nextDay();
        DateRange day = DateRange.day(DAY);

        assertThat(mp.analytics().userSummary(day)).extracting(UserSummary::userSource, UserSummary::newUser,
                UserSummary::cancelUser).containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1L, 0L),
                org.assertj.core.groups.Tuple.tuple(30, 1L, 1L));
        assertThat(mp.analytics().userCumulate(day)).extracting(UserCumulate::cumulateUser).containsExactly(1L);
        ArticleSummary article = mp.analytics().articleSummary(day).get(0);
        assertThat(article.title()).isEqualTo("Launch");
        assertThat(article.intPageReadCount()).isEqualTo(1);
        assertThat(article.shareCount()).isEqualTo(1);
        assertThat(article.addToFavCount()).isEqualTo(1);
        assertThat(mp.analytics().articleTotal(day).get(0).details().get(0).targetUser()).isEqualTo(2);
        assertThat(mp.analytics().userRead(day)).anySatisfy(r -> assertThat(r.intPageReadUser()).isEqualTo(1));
        assertThat(mp.analytics().userReadHour(day)).allSatisfy(r -> assertThat(r.refHour()).isEqualTo(1000));
        assertThat(mp.analytics().userShare(day)).singleElement()
                .satisfies(s -> assertThat(s.shareScene()).isEqualTo(1));
        assertThat(mp.analytics().userShareHour(day)).hasSize(1);
        for (Period p : Period.values()) {
            assertThat(mp.analytics().upstreamMessages(day, p)).extracting(UpstreamMessage::msgCount)
                    .containsExactly(2L);
        }
        assertThat(mp.analytics().upstreamMessageDistribution(day, Period.DAY)).singleElement()
                .satisfies(d -> assertThat(d.countInterval()).isEqualTo(1));
        assertThat(mp.analytics().upstreamMessageDistribution(day, Period.WEEK)).hasSize(1);
        assertThat(mp.analytics().upstreamMessageDistribution(day, Period.MONTH)).hasSize(1);
        // the account has no callback URL: nothing was delivered, so there is nothing to count
        assertThat(mp.analytics().interfaceSummary(day)).extracting(InterfaceSummary::callbackCount).isEmpty();
        assertThat(mp.analytics().interfaceSummaryHour(day)).isEmpty();
    }

    @Test
    void quotasCountCallsAndClearQuotaResetsThem() {
        mp.account().callbackIps();
        assertThat(mp.account().apiDomainIps()).containsExactly("127.0.0.1");
        assertThat(mp.account().callbackIps()).containsExactly("127.0.0.1");
        ApiQuota quota = mp.account().quota("/cgi-bin/getcallbackip");
        assertThat(quota.used()).isEqualTo(2);
        assertThat(quota.remain()).isEqualTo(quota.dailyLimit() - 2);
        mp.account().clearQuota();
        assertThat(mp.account().quota("cgi-bin/getcallbackip").used()).isZero();
        assertThatThrownBy(() -> mp.account().quota("/nowhere"))
                .isInstanceOfSatisfying(WxApiException.class, e -> assertThat(e.errcode()).isEqualTo(76021));
        assertThatThrownBy(() -> mp.account().rid("61725984-6126f6f9-040f19c4"))
                .isInstanceOfSatisfying(WxApiException.class, e -> assertThat(e.errcode()).isEqualTo(76001));
    }

    @Test
    void theCallbackCheckProbesTheConfiguredServer() throws Exception {
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 50,
                java.net.InetAddress.getLoopbackAddress())) {
            wx.control().account(APP_ID, SECRET, "e2etoken", null,
                    "http://127.0.0.1:" + server.getLocalPort() + "/wx", CallbackMode.PLAIN);
            CallbackCheck check = mp.account().checkCallback(CallbackCheck.Action.ALL, CallbackCheck.Operator.CAP);
            assertThat(check.dns()).extracting(CallbackCheck.Dns::ip).containsExactly("127.0.0.1");
            assertThat(check.ping()).singleElement().satisfies(p -> assertThat(p.packageLoss()).isEqualTo("0%"));
        }
    }
}
