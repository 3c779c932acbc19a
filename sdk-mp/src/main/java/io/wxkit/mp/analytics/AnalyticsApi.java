package io.wxkit.mp.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.core.http.ApiClient;
import io.wxkit.core.http.ApiRequest;
import io.wxkit.core.http.WxApiException;
import io.wxkit.core.json.Json;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Data statistics (分析统计, {@code /datacube/*}) of an Official Account: followers, articles,
 * upstream messages and the callback interface, typed per row.
 *
 * <pre>{@code
 * LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
 * List<UserSummary> rows = mp.analytics().userSummary(DateRange.of(yesterday.minusDays(6), yesterday));
 * }</pre>
 *
 * <p>Each endpoint returns at most its documented span of days per call (7 for users, 1 for article
 * summary/total, 3 for user reads, ...) and only up to yesterday in China time; a range that breaks
 * either rule fails with {@link IllegalArgumentException} before any call. WeChat advises
 * querying the previous day after 08:00 and storing the rows. Obtained from
 * {@code WxMp.analytics()}; thread-safe; each call blocks on one HTTP exchange and throws
 * {@link WxApiException} when WeChat refuses (61500 date format, 61501 date range, ...).
 */
public final class AnalyticsApi {
    private final ApiClient api;
    private final Clock clock;

    /**
     * Binds the data-cube endpoints to {@code api}.
     *
     * @param api the account's {@link ApiClient} (with access tokens)
     * @param clock decides what "yesterday" is
     */
    public AnalyticsApi(ApiClient api, Clock clock) {
        this.api = Objects.requireNonNull(api, "api");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Followers gained and lost per day and source ({@code getusersummary}, ≤ 7 days).
     *
     * @param range at most 7 days, ending yesterday (China time) at the latest
     * @return one row per day and {@code user_source}
     * @throws IllegalArgumentException if {@code range} is longer than 7 days or ends after yesterday
     */
    public List<UserSummary> userSummary(DateRange range) {
        return query(DataCube.USER_SUMMARY, range, UserSummary.class);
    }

    /**
     * Total followers per day ({@code getusercumulate}, ≤ 7 days).
     *
     * @param range at most 7 days, ending yesterday (China time) at the latest
     * @return one row per day
     * @throws IllegalArgumentException if {@code range} is longer than 7 days or ends after yesterday
     */
    public List<UserCumulate> userCumulate(DateRange range) {
        return query(DataCube.USER_CUMULATE, range, UserCumulate.class);
    }

    /**
     * Per-article figures of the day ({@code getarticlesummary}, 1 day).
     *
     * @param range exactly one day, yesterday (China time) at the latest
     * @return one row per article mass-sent that day
     * @throws IllegalArgumentException if {@code range} spans more than one day or ends after yesterday
     */
    public List<ArticleSummary> articleSummary(DateRange range) {
        return query(DataCube.ARTICLE_SUMMARY, range, ArticleSummary.class);
    }

    /**
     * Cumulative figures of the articles sent that day ({@code getarticletotal}, 1 day).
     *
     * @param range exactly one day, yesterday (China time) at the latest
     * @return one row per article sent that day, each with up to 7 statistics days
     * @throws IllegalArgumentException if {@code range} spans more than one day or ends after yesterday
     */
    public List<ArticleTotal> articleTotal(DateRange range) {
        return query(DataCube.ARTICLE_TOTAL, range, ArticleTotal.class);
    }

    /**
     * Article reading figures per day ({@code getuserread}, ≤ 3 days).
     *
     * @param range at most 3 days, ending yesterday (China time) at the latest
     * @return one row per day and {@code user_source}
     * @throws IllegalArgumentException if {@code range} is longer than 3 days or ends after yesterday
     */
    public List<UserRead> userRead(DateRange range) {
        return query(DataCube.USER_READ, range, UserRead.class);
    }

    /**
     * Article reading figures per hour of one day ({@code getuserreadhour}).
     *
     * @param range exactly one day, yesterday (China time) at the latest
     * @return one row per hour and {@code user_source}
     * @throws IllegalArgumentException if {@code range} spans more than one day or ends after yesterday
     */
    public List<UserRead> userReadHour(DateRange range) {
        return query(DataCube.USER_READ_HOUR, range, UserRead.class);
    }

    /**
     * Sharing figures per day ({@code getusershare}, ≤ 7 days).
     *
     * @param range at most 7 days, ending yesterday (China time) at the latest
     * @return one row per day and {@code share_scene}
     * @throws IllegalArgumentException if {@code range} is longer than 7 days or ends after yesterday
     */
    public List<UserShare> userShare(DateRange range) {
        return query(DataCube.USER_SHARE, range, UserShare.class);
    }

    /**
     * Sharing figures per hour of one day ({@code getusersharehour}).
     *
     * @param range exactly one day, yesterday (China time) at the latest
     * @return one row per hour and {@code share_scene}
     * @throws IllegalArgumentException if {@code range} spans more than one day or ends after yesterday
     */
    public List<UserShare> userShareHour(DateRange range) {
        return query(DataCube.USER_SHARE_HOUR, range, UserShare.class);
    }

    /**
     * Messages users sent to the account, per {@code period}: {@code getupstreammsghour} (1 day),
     * {@code getupstreammsg} (≤ 7), {@code ...week} / {@code ...month} (≤ 30).
     *
     * @param range within the span of {@code period} above, ending yesterday (China time) at the latest
     * @param period the granularity; not null
     * @return one row per period (and hour for {@link Period#HOUR}) and {@code msg_type}
     * @throws IllegalArgumentException if {@code range} exceeds the span or ends after yesterday
     */
    public List<UpstreamMessage> upstreamMessages(DateRange range, Period period) {
        return query(DataCube.upstream(Objects.requireNonNull(period, "period")), range, UpstreamMessage.class);
    }

    /**
     * How many users sent how many messages, per {@code period}: {@code getupstreammsgdist}
     * (≤ 15 days), {@code ...week} / {@code ...month} (≤ 30); there is no hourly variant.
     *
     * @param range within the span of {@code period} above, ending yesterday (China time) at the latest
     * @param period {@code DAY}, {@code WEEK} or {@code MONTH}; not null
     * @return one row per period and {@code count_interval}
     * @throws IllegalArgumentException if {@code range} exceeds the span, ends after yesterday, or
     *     {@code period} is {@code HOUR}
     */
    public List<UpstreamMessageDistribution> upstreamMessageDistribution(DateRange range, Period period) {
        return query(DataCube.upstreamDistribution(Objects.requireNonNull(period, "period")), range,
                UpstreamMessageDistribution.class);
    }

    /**
     * Callback-interface figures per day ({@code getinterfacesummary}, ≤ 30 days).
     *
     * @param range at most 30 days, ending yesterday (China time) at the latest
     * @return one row per day
     * @throws IllegalArgumentException if {@code range} is longer than 30 days or ends after yesterday
     */
    public List<InterfaceSummary> interfaceSummary(DateRange range) {
        return query(DataCube.INTERFACE_SUMMARY, range, InterfaceSummary.class);
    }

    /**
     * Callback-interface figures per hour of one day ({@code getinterfacesummaryhour}).
     *
     * @param range exactly one day, yesterday (China time) at the latest
     * @return one row per hour
     * @throws IllegalArgumentException if {@code range} spans more than one day or ends after yesterday
     */
    public List<InterfaceSummary> interfaceSummaryHour(DateRange range) {
        return query(DataCube.INTERFACE_SUMMARY_HOUR, range, InterfaceSummary.class);
    }

    private <T> List<T> query(DataCube cube, DateRange range, Class<T> row) {
        Objects.requireNonNull(range, "range");
        cube.check(range, clock);
        JsonNode answer = api.call(ApiRequest.post(cube.path()).json(range).asIdempotent(), JsonNode.class);
        Json json = api.json();
        List<T> rows = new ArrayList<>();
        for (JsonNode node : answer.path("list")) {
            try {
                rows.add(json.convert(node, row));
            } catch (IllegalArgumentException e) {
                throw WxApiException.unusable("row does not fit " + row.getSimpleName() + ": " + e.getMessage(),
                        "POST " + cube.path());
            }
        }
        return List.copyOf(rows);
    }
}
