package io.wxkit.emulator.internal.mp.datacube;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxkit.emulator.internal.account.ActivityLog;
import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.ApiError;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Router;
import io.wxkit.emulator.internal.mp.article.Articles;
import io.wxkit.emulator.internal.mp.token.Tokens;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The 17 {@code datacube/*} statistics, answered from the emulator's own record of what happened ({@link
 * ActivityLog}) so an app's dashboard agrees with what its fake users did. {@code begin_date}/{@code end_date}
 * are {@code yyyy-MM-dd} (61500 otherwise); a range that runs backwards, spans more days than the endpoint
 * allows, or reaches today or later (China time: today's figures are not final) is 61501.
 */
public final class DataCubeEndpoints {
    private final Tokens tokens;
    private final Clock clock;
    private final UserStats users;
    private final ReadStats reads;
    private final MessageStats messages;

    public DataCubeEndpoints(Tokens tokens, ActivityLog log, Articles articles, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
        this.users = new UserStats(log);
        this.reads = new ReadStats(log, articles);
        this.messages = new MessageStats(log);
    }

    /** Registers the routes. */
    public void routes(Router router) {
        for (Cube cube : Cube.values()) {
            router.post(cube.path(), r -> answer(r, cube));
        }
    }

    private Answer answer(Request r, Cube cube) {
        String appId = tokens.appIdFor(r);
        Window w = window(r, cube);
        ObjectNode out = r.codec().object();
        ArrayNode list = out.putArray("list");
        switch (cube) {
            case USER_SUMMARY -> users.summary(appId, w, list);
            case USER_CUMULATE -> users.cumulate(appId, w, list);
            case ARTICLE_SUMMARY -> reads.articleSummary(appId, w, list);
            case ARTICLE_TOTAL -> reads.articleTotal(appId, w, list, yesterday());
            case USER_READ -> reads.userRead(appId, w, list, false);
            case USER_READ_HOUR -> reads.userRead(appId, w, list, true);
            case USER_SHARE -> reads.userShare(appId, w, list, false);
            case USER_SHARE_HOUR -> reads.userShare(appId, w, list, true);
            case UPSTREAM_MSG -> messages.upstream(appId, w, MessageStats.Bucket.DAY, list);
            case UPSTREAM_MSG_HOUR -> messages.upstream(appId, w, MessageStats.Bucket.HOUR, list);
            case UPSTREAM_MSG_WEEK -> messages.upstream(appId, w, MessageStats.Bucket.WEEK, list);
            case UPSTREAM_MSG_MONTH -> messages.upstream(appId, w, MessageStats.Bucket.MONTH, list);
            case UPSTREAM_MSG_DIST -> messages.distribution(appId, w, MessageStats.Bucket.DAY, list);
            case UPSTREAM_MSG_DIST_WEEK -> messages.distribution(appId, w, MessageStats.Bucket.WEEK, list);
            case UPSTREAM_MSG_DIST_MONTH -> messages.distribution(appId, w, MessageStats.Bucket.MONTH, list);
            case INTERFACE_SUMMARY -> messages.interfaces(appId, w, false, list);
            case INTERFACE_SUMMARY_HOUR -> messages.interfaces(appId, w, true, list);
        }
        return Answer.json(out);
    }

    private Window window(Request r, Cube cube) {
        LocalDate begin = date(r.json().path("begin_date").asText(""));
        LocalDate end = date(r.json().path("end_date").asText(""));
        if (end.isBefore(begin) || ChronoUnit.DAYS.between(begin, end) + 1 > cube.maxDays
                || end.isAfter(yesterday())) {
            throw new ApiError(61501, "date range error");
        }
        return new Window(begin, end);
    }

    private LocalDate yesterday() {
        return LocalDate.ofInstant(clock.instant(), Window.CHINA).minusDays(1);
    }

    private static LocalDate date(String text) {
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new ApiError(61500, "date format error");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ApiError(61500, "date format error");
        }
    }
}
