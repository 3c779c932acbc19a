package io.wxkit.mp.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.http.WxApiException;
import io.wxkit.mp.internal.WeChatMock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link AnalyticsApi}: every data-cube endpoint is a POST of {begin_date, end_date}
 * answered by {"list":[...]}. Samples from https://developers.weixin.qq.com/doc/service/api/wedata/
 * (user/api_getusersummary, user/api_getusercumulate, news/api_getarticlesummary, ...); 61501
 * "date range error" from the same pages' error tables.
 */
class AnalyticsApiTest {
    private static final LocalDate DAY = LocalDate.of(2014, 12, 7);
    private static final String RANGE = "{\"begin_date\":\"2014-12-07\",\"end_date\":\"2014-12-07\"}";

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final WeChatMock wx = new WeChatMock(server);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-26T03:00:00Z"), ZoneOffset.UTC);

    private AnalyticsApi analytics() {
        return new AnalyticsApi(wx.api(), clock);
    }

    private <T> List<T> call(String path, String answer, Function<AnalyticsApi, List<T>> call) {
        wx.json(answer);
        List<T> rows = call.apply(analytics());
        wx.expectJson(path, RANGE);
        return rows;
    }

    @Test
    void userSummaryAndCumulate() {
        assertThat(call("/datacube/getusersummary", "{\"list\":[{\"ref_date\":\"2014-12-07\",\"user_source\":0,\"new_user\":0,\"cancel_user\":0}]}",
                a -> a.userSummary(DateRange.day(DAY)))).containsExactly(new UserSummary(DAY, 0, 0, 0));
        assertThat(call("/datacube/getusercumulate", "{\"list\":[{\"ref_date\":\"2014-12-07\",\"cumulate_user\":1217056}]}",
                a -> a.userCumulate(DateRange.day(DAY)))).containsExactly(new UserCumulate(DAY, 1217056));
    }

    @Test
    void articleSummaryAndTotal() {
        List<ArticleSummary> s = call("/datacube/getarticlesummary", "{\"list\":[{\"ref_date\":\"2014-12-07\",\"msgid\":\"10000050_1\","
                + "\"title\":\"12月27日 DiLi日报\",\"int_page_read_user\":23676,\"int_page_read_count\":25615,\"ori_page_read_user\":29,"
                + "\"ori_page_read_count\":34,\"share_user\":122,\"share_count\":994,\"add_to_fav_user\":1,\"add_to_fav_count\":3}]}",
                a -> a.articleSummary(DateRange.day(DAY)));
        assertThat(s).singleElement().extracting(ArticleSummary::shareCount).isEqualTo(994L);
        List<ArticleTotal> t = call("/datacube/getarticletotal", "{\"list\":[{\"ref_date\":\"2014-12-07\",\"msgid\":\"202457380_1\","
                + "\"title\":\"马航丢画记\",\"details\":[{\"stat_date\":\"2014-12-14\",\"target_user\":261917,\"int_page_read_user\":23676}]}]}",
                a -> a.articleTotal(DateRange.day(DAY)));
        assertThat(t.get(0).details().get(0).targetUser()).isEqualTo(261917);
    }

    @Test
    void userReadAndShareDailyAndHourly() {
        String read = "{\"list\":[{\"ref_date\":\"2014-12-07\",\"user_source\":0,\"int_page_read_user\":45524,\"int_page_read_count\":48796,"
                + "\"ori_page_read_user\":11,\"ori_page_read_count\":35,\"share_user\":11,\"share_count\":276,\"add_to_fav_user\":5,\"add_to_fav_count\":15}]}";
        assertThat(call("/datacube/getuserread", read, a -> a.userRead(DateRange.day(DAY)))).singleElement()
                .extracting(UserRead::intPageReadCount).isEqualTo(48796L);
        assertThat(call("/datacube/getuserreadhour", read.replace("\"user_source\"", "\"ref_hour\":1500,\"user_source\""),
                a -> a.userReadHour(DateRange.day(DAY)))).singleElement().extracting(UserRead::refHour).isEqualTo(1500);
        String share = "{\"list\":[{\"ref_date\":\"2014-12-07\",\"share_scene\":1,\"share_count\":207,\"share_user\":11}]}";
        assertThat(call("/datacube/getusershare", share, a -> a.userShare(DateRange.day(DAY))))
                .containsExactly(new UserShare(DAY, null, 1, 207, 11));
        assertThat(call("/datacube/getusersharehour", share.replace("\"share_scene\"", "\"ref_hour\":1200,\"share_scene\""),
                a -> a.userShareHour(DateRange.day(DAY)))).containsExactly(new UserShare(DAY, 1200, 1, 207, 11));
    }

    @Test
    void upstreamMessagesPerPeriod() {
        String msg = "{\"list\":[{\"ref_date\":\"2014-12-07\",\"msg_type\":1,\"msg_user\":282,\"msg_count\":817}]}";
        UpstreamMessage row = new UpstreamMessage(DAY, null, 1, 282, 817);
        assertThat(call("/datacube/getupstreammsg", msg, a -> a.upstreamMessages(DateRange.day(DAY), Period.DAY))).containsExactly(row);
        assertThat(call("/datacube/getupstreammsghour", msg, a -> a.upstreamMessages(DateRange.day(DAY), Period.HOUR))).containsExactly(row);
        assertThat(call("/datacube/getupstreammsgweek", msg, a -> a.upstreamMessages(DateRange.day(DAY), Period.WEEK))).containsExactly(row);
        assertThat(call("/datacube/getupstreammsgmonth", msg, a -> a.upstreamMessages(DateRange.day(DAY), Period.MONTH))).containsExactly(row);
        String dist = "{\"list\":[{\"ref_date\":\"2014-12-07\",\"count_interval\":1,\"msg_user\":246}]}";
        UpstreamMessageDistribution d = new UpstreamMessageDistribution(DAY, 1, 246);
        assertThat(call("/datacube/getupstreammsgdist", dist, a -> a.upstreamMessageDistribution(DateRange.day(DAY), Period.DAY))).containsExactly(d);
        assertThat(call("/datacube/getupstreammsgdistweek", dist, a -> a.upstreamMessageDistribution(DateRange.day(DAY), Period.WEEK))).containsExactly(d);
        assertThat(call("/datacube/getupstreammsgdistmonth", dist, a -> a.upstreamMessageDistribution(DateRange.day(DAY), Period.MONTH))).containsExactly(d);
    }

    @Test
    void interfaceSummaryDailyAndHourly() {
        String body = "{\"list\":[{\"ref_date\":\"2014-12-07\",\"callback_count\":36974,\"fail_count\":67,\"total_time_cost\":14994291,\"max_time_cost\":5044}]}";
        InterfaceSummary row = new InterfaceSummary(DAY, null, 36974, 67, 14994291, 5044);
        assertThat(call("/datacube/getinterfacesummary", body, a -> a.interfaceSummary(DateRange.day(DAY)))).containsExactly(row);
        assertThat(call("/datacube/getinterfacesummaryhour", body, a -> a.interfaceSummaryHour(DateRange.day(DAY)))).containsExactly(row);
    }

    @Test
    void rangeLongerThanTheSpanIsRejectedBeforeCalling() {
        assertThatThrownBy(() -> analytics().userSummary(DateRange.of(DAY, DAY.plusDays(7))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("getusersummary covers at most 7");
        assertThatThrownBy(() -> analytics().userReadHour(DateRange.of(DAY, DAY.plusDays(1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> analytics().userSummary(DateRange.day(LocalDate.of(2026, 11, 26))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("yesterday");
        assertThatThrownBy(() -> analytics().upstreamMessageDistribution(DateRange.day(DAY), Period.HOUR))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> analytics().userSummary(null)).isInstanceOf(NullPointerException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void weChatsDateErrorIsRaisedAndEmptyListIsEmpty() {
        wx.json("{\"errcode\":61501,\"errmsg\":\"date range error\"}");
        assertThatThrownBy(() -> analytics().userCumulate(DateRange.day(DAY)))
                .isInstanceOfSatisfying(WxApiException.class, e -> assertThat(e.errcode()).isEqualTo(61501));
        wx.json("{\"list\":[]}");
        assertThat(analytics().userCumulate(DateRange.day(DAY))).isEmpty();
    }

    @Test
    void rowThatDoesNotFitIsReportedAsUnusable() {
        wx.json("{\"list\":[{\"ref_date\":\"not-a-date\",\"cumulate_user\":1}]}");
        assertThatThrownBy(() -> analytics().userCumulate(DateRange.day(DAY))).isInstanceOf(WxApiException.class)
                .hasMessageContaining("UserCumulate");
    }
}
