package io.wxkit.mp.analytics;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The data-cube endpoints and their documented maximum spans in days (Analytics pages of
 * developers.weixin.qq.com: User_Analysis_Data_Interface, Graphic_Analysis_Data_Interface,
 * Message_analysis_data_interface, Analytics_API). A span of 1 means begin and end are the same day.
 */
enum DataCube {
    USER_SUMMARY("getusersummary", 7),
    USER_CUMULATE("getusercumulate", 7),
    ARTICLE_SUMMARY("getarticlesummary", 1),
    ARTICLE_TOTAL("getarticletotal", 1),
    USER_READ("getuserread", 3),
    USER_READ_HOUR("getuserreadhour", 1),
    USER_SHARE("getusershare", 7),
    USER_SHARE_HOUR("getusersharehour", 1),
    UPSTREAM_MSG("getupstreammsg", 7),
    UPSTREAM_MSG_HOUR("getupstreammsghour", 1),
    UPSTREAM_MSG_WEEK("getupstreammsgweek", 30),
    UPSTREAM_MSG_MONTH("getupstreammsgmonth", 30),
    UPSTREAM_MSG_DIST("getupstreammsgdist", 15),
    UPSTREAM_MSG_DIST_WEEK("getupstreammsgdistweek", 30),
    UPSTREAM_MSG_DIST_MONTH("getupstreammsgdistmonth", 30),
    INTERFACE_SUMMARY("getinterfacesummary", 30),
    INTERFACE_SUMMARY_HOUR("getinterfacesummaryhour", 1);

    /** WeChat's statistics days are China Standard Time days. */
    static final ZoneId WECHAT_ZONE = ZoneId.of("Asia/Shanghai");

    private final String name;
    private final int maxDays;

    DataCube(String name, int maxDays) {
        this.name = name;
        this.maxDays = maxDays;
    }

    String path() {
        return "/datacube/" + name;
    }

    int maxDays() {
        return maxDays;
    }

    /**
     * Rejects a range WeChat would refuse: longer than the endpoint's span, or ending after
     * yesterday (China time) — today's figures are not final.
     */
    DateRange check(DateRange range, Clock clock) {
        if (range.days() > maxDays) {
            throw new IllegalArgumentException(name + " covers at most " + maxDays + " day(s) per call, range "
                    + range.begin() + ".." + range.end() + " has " + range.days());
        }
        LocalDate yesterday = LocalDate.now(clock.withZone(WECHAT_ZONE)).minusDays(1);
        if (range.end().isAfter(yesterday)) {
            throw new IllegalArgumentException(name + ": end date must be yesterday (" + yesterday
                    + ", China time) or earlier, was " + range.end());
        }
        return range;
    }

    static DataCube upstream(Period period) {
        return switch (period) {
            case HOUR -> UPSTREAM_MSG_HOUR;
            case DAY -> UPSTREAM_MSG;
            case WEEK -> UPSTREAM_MSG_WEEK;
            case MONTH -> UPSTREAM_MSG_MONTH;
        };
    }

    static DataCube upstreamDistribution(Period period) {
        return switch (period) {
            case HOUR -> throw new IllegalArgumentException("WeChat has no hourly upstream message distribution");
            case DAY -> UPSTREAM_MSG_DIST;
            case WEEK -> UPSTREAM_MSG_DIST_WEEK;
            case MONTH -> UPSTREAM_MSG_DIST_MONTH;
        };
    }
}
