package io.wxkit.emulator.internal.mp.datacube;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxkit.emulator.account.Activity;
import io.wxkit.emulator.internal.account.ActivityLog;
import io.wxkit.emulator.internal.mp.article.Articles;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Article figures from the reads, shares and favourites of fake users: per article ({@code getarticlesummary},
 * {@code getarticletotal} with one cumulative detail per day for up to 7 days after sending), per read source
 * ({@code getuserread[hour]}: {@code user_source} 99999999 all, 0 session, 1 friend, 2 moments, 4 history page,
 * 5 other, 7 search) and per share scene ({@code getusershare[hour]}: 1 friend, 2 moments, 255 other).
 * The emulator has no original-page reads: the {@code ori_page_*} figures are 0.
 */
final class ReadStats {
    static final int ALL_SOURCES = 99_999_999;
    private final ActivityLog log;
    private final Articles articles;

    ReadStats(ActivityLog log, Articles articles) {
        this.log = log;
        this.articles = articles;
    }

    private record Figures(long readUsers, long reads, long shareUsers, long shares, long favUsers, long favs) {
        static Figures of(List<Activity> list) {
            return new Figures(users(list, Activity.Kind.READ), count(list, Activity.Kind.READ),
                    users(list, Activity.Kind.SHARE), count(list, Activity.Kind.SHARE),
                    users(list, Activity.Kind.FAVORITE), count(list, Activity.Kind.FAVORITE));
        }

        ObjectNode into(ObjectNode n) {
            return n.put("int_page_read_user", readUsers).put("int_page_read_count", reads)
                    .put("ori_page_read_user", 0).put("ori_page_read_count", 0)
                    .put("share_user", shareUsers).put("share_count", shares)
                    .put("add_to_fav_user", favUsers).put("add_to_fav_count", favs);
        }
    }

    static long count(List<Activity> list, Activity.Kind kind) {
        return list.stream().filter(a -> a.kind() == kind).count();
    }

    static long users(List<Activity> list, Activity.Kind kind) {
        Set<String> users = new HashSet<>();
        list.stream().filter(a -> a.kind() == kind).forEach(a -> users.add(a.openid()));
        return users.size();
    }

    private List<Activity> engagement(String appId, Predicate<Activity> filter) {
        return log.of(appId, a -> (a.kind() == Activity.Kind.READ || a.kind() == Activity.Kind.SHARE
                || a.kind() == Activity.Kind.FAVORITE) && filter.test(a));
    }

    private static boolean of(Activity a, Articles.Article article) {
        return a.number("msgDataId", -1) == article.msgDataId() && a.number("index", -1) == article.index();
    }

    void articleSummary(String appId, Window w, ArrayNode out) {
        List<Activity> day = engagement(appId, w::covers);
        for (Articles.Article article : articles.all(appId)) {
            List<Activity> mine = day.stream().filter(a -> of(a, article)).toList();
            if (!mine.isEmpty()) {
                Figures.of(mine).into(out.addObject().put("ref_date", w.begin().toString())
                        .put("msgid", article.statsId()).put("title", article.title()));
            }
        }
    }

    void articleTotal(String appId, Window w, ArrayNode out, LocalDate yesterday) {
        for (Articles.Article article : articles.all(appId)) {
            LocalDate sent = Window.day(article.sentAt());
            if (!sent.equals(w.begin())) {
                continue;
            }
            ObjectNode row = out.addObject().put("ref_date", sent.toString()).put("msgid", article.statsId())
                    .put("title", article.title());
            ArrayNode details = row.putArray("details");
            List<Activity> mine = engagement(appId, a -> of(a, article));
            for (LocalDate d = sent; !d.isAfter(yesterday) && d.isBefore(sent.plusDays(7)); d = d.plusDays(1)) {
                Instant end = Window.endOf(d);
                Figures.of(mine.stream().filter(a -> a.at().isBefore(end)).toList())
                        .into(details.addObject().put("stat_date", d.toString())
                                .put("target_user", article.recipients()));
            }
        }
    }

    static int readSource(String source) {
        return switch (source == null ? "" : source) {
            case "session" -> 0;
            case "friend" -> 1;
            case "moments" -> 2;
            case "history" -> 4;
            case "search" -> 7;
            default -> 5;
        };
    }

    static int shareScene(String scene) {
        return switch (scene == null ? "" : scene) {
            case "friend" -> 1;
            case "moments" -> 2;
            default -> 255;
        };
    }

    void userRead(String appId, Window w, ArrayNode out, boolean hourly) {
        Map<String, List<Activity>> buckets = buckets(engagement(appId, w::covers), hourly);
        buckets.forEach((bucket, list) -> {
            Map<Integer, List<Activity>> bySource = new TreeMap<>();
            bySource.put(ALL_SOURCES, list);
            for (Activity a : list) {
                if (a.kind() == Activity.Kind.READ) {
                    bySource.computeIfAbsent(readSource(a.text("source", "")), k -> new ArrayList<>()).add(a);
                }
            }
            bySource.forEach((source, rows) -> Figures.of(rows)
                    .into(bucketRow(out, bucket, hourly).put("user_source", source)));
        });
    }

    void userShare(String appId, Window w, ArrayNode out, boolean hourly) {
        List<Activity> shares = engagement(appId, a -> a.kind() == Activity.Kind.SHARE && w.covers(a));
        buckets(shares, hourly).forEach((bucket, list) -> {
            Map<Integer, List<Activity>> byScene = new TreeMap<>();
            list.forEach(a -> byScene.computeIfAbsent(shareScene(a.text("source", "")), k -> new ArrayList<>())
                    .add(a));
            byScene.forEach((scene, rows) -> bucketRow(out, bucket, hourly).put("share_scene", scene)
                    .put("share_count", rows.size()).put("share_user", users(rows, Activity.Kind.SHARE)));
        });
    }

    /** Activities grouped by {@code yyyy-MM-dd} or {@code yyyy-MM-dd/hhmm}, in order. */
    static Map<String, List<Activity>> buckets(List<Activity> list, boolean hourly) {
        Function<Activity, String> key = a -> Window.day(a.at()) + (hourly ? String.format("/%04d", Window.refHour(a.at())) : "");
        Map<String, List<Activity>> out = new TreeMap<>();
        list.forEach(a -> out.computeIfAbsent(key.apply(a), k -> new ArrayList<>()).add(a));
        return out;
    }

    static ObjectNode bucketRow(ArrayNode out, String bucket, boolean hourly) {
        String[] parts = bucket.split("/");
        ObjectNode n = out.addObject().put("ref_date", parts[0]);
        if (hourly) {
            n.put("ref_hour", Integer.parseInt(parts[1]));
        }
        return n;
    }
}
