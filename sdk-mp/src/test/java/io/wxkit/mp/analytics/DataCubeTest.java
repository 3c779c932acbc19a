package io.wxkit.mp.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spans from https://developers.weixin.qq.com/doc/offiaccount/Analytics/User_Analysis_Data_Interface.html,
 * .../Graphic_Analysis_Data_Interface.html, .../Message_analysis_data_interface.html and
 * .../Analytics_API.html; samples from the per-endpoint pages under /doc/service/api/wedata/.
 */
class DataCubeTest {
    private final ObjectMapper json = new ObjectMapper();
    // 2026-11-26 01:00 in Beijing is still 2026-11-25 in UTC: "yesterday" must be the Beijing one
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T17:00:00Z"), ZoneOffset.UTC);

    @Test
    void rangeSerializesToTheDocumentedBody() throws Exception {
        assertThat(json.writeValueAsString(DateRange.of(LocalDate.of(2014, 12, 2), LocalDate.of(2014, 12, 7))))
                .isEqualTo("{\"begin_date\":\"2014-12-02\",\"end_date\":\"2014-12-07\"}");
    }

    @Test
    void rangeCountsBothEnds() {
        assertThat(DateRange.day(LocalDate.of(2024, 1, 1)).days()).isEqualTo(1);
        assertThat(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 7)).days()).isEqualTo(7);
        assertThatThrownBy(() -> DateRange.of(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
        assertThatThrownBy(() -> DateRange.of(null, LocalDate.of(2024, 1, 1))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void everyEndpointAcceptsExactlyItsMaximumSpan() {
        LocalDate end = LocalDate.of(2026, 11, 25);
        for (DataCube cube : DataCube.values()) {
            DateRange max = DateRange.of(end.minusDays(cube.maxDays() - 1L), end);
            assertThat(cube.check(max, clock)).isEqualTo(max);
            DateRange tooLong = DateRange.of(end.minusDays(cube.maxDays()), end);
            assertThatThrownBy(() -> cube.check(tooLong, clock)).as(cube.name())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most " + cube.maxDays());
        }
    }

    @Test
    void documentedSpansAreEncoded() {
        assertThat(DataCube.USER_SUMMARY.maxDays()).isEqualTo(7);
        assertThat(DataCube.ARTICLE_SUMMARY.maxDays()).isEqualTo(1);
        assertThat(DataCube.USER_READ.maxDays()).isEqualTo(3);
        assertThat(DataCube.UPSTREAM_MSG_DIST.maxDays()).isEqualTo(15);
        assertThat(DataCube.INTERFACE_SUMMARY.maxDays()).isEqualTo(30);
        assertThat(DataCube.USER_READ_HOUR.path()).isEqualTo("/datacube/getuserreadhour");
    }

    @Test
    void todayInChinaIsRejectedAsEndDate() {
        assertThatThrownBy(() -> DataCube.USER_SUMMARY.check(DateRange.day(LocalDate.of(2026, 11, 26)), clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-11-25");
    }

    @Test
    void periodsMapToTheirEndpoints() {
        assertThat(DataCube.upstream(Period.HOUR)).isEqualTo(DataCube.UPSTREAM_MSG_HOUR);
        assertThat(DataCube.upstream(Period.DAY)).isEqualTo(DataCube.UPSTREAM_MSG);
        assertThat(DataCube.upstream(Period.WEEK)).isEqualTo(DataCube.UPSTREAM_MSG_WEEK);
        assertThat(DataCube.upstream(Period.MONTH)).isEqualTo(DataCube.UPSTREAM_MSG_MONTH);
        assertThat(DataCube.upstreamDistribution(Period.DAY)).isEqualTo(DataCube.UPSTREAM_MSG_DIST);
        assertThat(DataCube.upstreamDistribution(Period.WEEK)).isEqualTo(DataCube.UPSTREAM_MSG_DIST_WEEK);
        assertThat(DataCube.upstreamDistribution(Period.MONTH)).isEqualTo(DataCube.UPSTREAM_MSG_DIST_MONTH);
        assertThatThrownBy(() -> DataCube.upstreamDistribution(Period.HOUR)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void documentedUserSamplesParse() throws Exception {
        List<UserSummary> s = list("{\"list\":[{\"ref_date\":\"2014-12-07\",\"user_source\":0,\"new_user\":0,\"cancel_user\":0}]}",
                new TypeReference<AnalyticsList<UserSummary>>() { });
        assertThat(s).containsExactly(new UserSummary(LocalDate.of(2014, 12, 7), 0, 0, 0));
        List<UserCumulate> c = list("{\"list\":[{\"ref_date\":\"2014-12-07\",\"cumulate_user\":1217056}]}",
                new TypeReference<AnalyticsList<UserCumulate>>() { });
        assertThat(c).containsExactly(new UserCumulate(LocalDate.of(2014, 12, 7), 1217056));
        assertThat(list("{}", new TypeReference<AnalyticsList<UserCumulate>>() { })).isEmpty();
    }

    @Test
    void documentedArticleSamplesParse() throws Exception {
        List<ArticleSummary> s = list("{\"list\":[{\"ref_date\":\"2014-12-08\",\"msgid\":\"10000050_1\",\"title\":\"12月27日 DiLi日报\","
                + "\"int_page_read_user\":23676,\"int_page_read_count\":25615,\"ori_page_read_user\":29,\"ori_page_read_count\":34,"
                + "\"share_user\":122,\"share_count\":994,\"add_to_fav_user\":1,\"add_to_fav_count\":3}]}",
                new TypeReference<AnalyticsList<ArticleSummary>>() { });
        assertThat(s.get(0).msgid()).isEqualTo("10000050_1");
        assertThat(s.get(0).intPageReadCount()).isEqualTo(25615);
        assertThat(s.get(0).addToFavCount()).isEqualTo(3);
        List<ArticleTotal> t = list("{\"list\":[{\"ref_date\":\"2014-12-14\",\"msgid\":\"202457380_1\",\"title\":\"马航丢画记\","
                + "\"details\":[{\"stat_date\":\"2014-12-14\",\"target_user\":261917,\"int_page_read_user\":23676,"
                + "\"int_page_read_count\":25615,\"ori_page_read_user\":29,\"ori_page_read_count\":34,\"share_user\":122,"
                + "\"share_count\":994,\"add_to_fav_user\":1,\"add_to_fav_count\":3,\"int_page_from_session_read_user\":657283}]}]}",
                new TypeReference<AnalyticsList<ArticleTotal>>() { });
        assertThat(t.get(0).details()).singleElement().satisfies(d -> {
            assertThat(d.statDate()).isEqualTo(LocalDate.of(2014, 12, 14));
            assertThat(d.targetUser()).isEqualTo(261917);
        });
        assertThat(new ArticleTotal(null, "m", "t", null).details()).isEmpty();
        List<UserRead> r = list("{\"list\":[{\"ref_date\":\"2014-12-07\",\"ref_hour\":1000,\"user_source\":0,"
                + "\"int_page_read_user\":905,\"int_page_read_count\":1000,\"ori_page_read_user\":0,\"ori_page_read_count\":0,"
                + "\"share_user\":0,\"share_count\":0,\"add_to_fav_user\":0,\"add_to_fav_count\":0}]}",
                new TypeReference<AnalyticsList<UserRead>>() { });
        assertThat(r.get(0).refHour()).isEqualTo(1000);
        List<UserShare> sh = list("{\"list\":[{\"ref_date\":\"2014-12-07\",\"share_scene\":1,\"share_count\":207,\"share_user\":11}]}",
                new TypeReference<AnalyticsList<UserShare>>() { });
        assertThat(sh.get(0)).isEqualTo(new UserShare(LocalDate.of(2014, 12, 7), null, 1, 207, 11));
    }

    @Test
    void documentedMessageAndInterfaceSamplesParse() throws Exception {
        List<UpstreamMessage> m = list("{\"list\":[{\"ref_date\":\"2014-12-07\",\"msg_type\":1,\"msg_user\":282,\"msg_count\":817}]}",
                new TypeReference<AnalyticsList<UpstreamMessage>>() { });
        assertThat(m).containsExactly(new UpstreamMessage(LocalDate.of(2014, 12, 7), null, 1, 282, 817));
        List<UpstreamMessageDistribution> d = list("{\"list\":[{\"ref_date\":\"2014-12-07\",\"count_interval\":1,\"msg_user\":246}]}",
                new TypeReference<AnalyticsList<UpstreamMessageDistribution>>() { });
        assertThat(d).containsExactly(new UpstreamMessageDistribution(LocalDate.of(2014, 12, 7), 1, 246));
        List<InterfaceSummary> i = list("{\"list\":[{\"ref_date\":\"2014-12-01\",\"ref_hour\":0,\"callback_count\":36974,"
                + "\"fail_count\":67,\"total_time_cost\":14994291,\"max_time_cost\":5044}]}",
                new TypeReference<AnalyticsList<InterfaceSummary>>() { });
        assertThat(i).containsExactly(new InterfaceSummary(LocalDate.of(2014, 12, 1), 0, 36974, 67, 14994291, 5044));
    }

    @Test
    void malformedDateIsRejectedNotGuessed() {
        assertThatThrownBy(() -> json.readValue("{\"ref_date\":\"07/12/2014\",\"cumulate_user\":1}", UserCumulate.class))
                .hasMessageContaining("yyyy-MM-dd");
    }

    private <T> List<T> list(String body, TypeReference<AnalyticsList<T>> type) throws Exception {
        return json.readValue(body, type).list();
    }
}
