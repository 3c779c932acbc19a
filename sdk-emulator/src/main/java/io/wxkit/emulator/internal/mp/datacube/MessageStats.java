package io.wxkit.emulator.internal.mp.datacube;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.wxkit.emulator.account.Activity;
import io.wxkit.emulator.internal.account.ActivityLog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Message and interface figures: upstream messages per {@code msg_type} (1 text, 2 image, 3 voice, 4 video, 6 link;
 * WeChat's table has no code for location messages, so they are not counted) per hour, day, week or month; the
 * distribution of users by how many they sent ({@code count_interval} 1 = 1–5, 2 = 6–10, 3 = over 10); and the
 * callback deliveries ({@code getinterfacesummary[hour]}: count, failures, total and longest time in ms).
 */
final class MessageStats {
    /** How upstream rows are bucketed. */
    enum Bucket { HOUR, DAY, WEEK, MONTH }

    private final ActivityLog log;

    MessageStats(ActivityLog log) {
        this.log = log;
    }

    static int msgType(String type) {
        return switch (type == null ? "" : type) {
            case "text" -> 1;
            case "image" -> 2;
            case "voice" -> 3;
            case "video", "shortvideo" -> 4;
            case "link" -> 6;
            default -> -1;
        };
    }

    private static Function<Activity, String> key(Bucket bucket) {
        return a -> {
            LocalDate d = Window.day(a.at());
            return switch (bucket) {
                case HOUR -> d + String.format("/%04d", Window.refHour(a.at()));
                case DAY -> d.toString();
                case WEEK -> Window.week(d).toString();
                case MONTH -> Window.month(d).toString();
            };
        };
    }

    private Map<String, List<Activity>> messages(String appId, Window w, Bucket bucket) {
        Map<String, List<Activity>> out = new TreeMap<>();
        for (Activity a : log.of(appId, a -> a.kind() == Activity.Kind.MESSAGE && w.covers(a)
                && msgType(a.text("msgType", "")) > 0)) {
            out.computeIfAbsent(key(bucket).apply(a), k -> new ArrayList<>()).add(a);
        }
        return out;
    }

    void upstream(String appId, Window w, Bucket bucket, ArrayNode out) {
        messages(appId, w, bucket).forEach((k, list) -> {
            Map<Integer, List<Activity>> byType = new TreeMap<>();
            list.forEach(a -> byType.computeIfAbsent(msgType(a.text("msgType", "")), t -> new ArrayList<>()).add(a));
            byType.forEach((type, rows) -> ReadStats.bucketRow(out, k, bucket == Bucket.HOUR)
                    .put("msg_type", type).put("msg_user", rows.stream().map(Activity::openid).distinct().count())
                    .put("msg_count", rows.size()));
        });
    }

    void distribution(String appId, Window w, Bucket bucket, ArrayNode out) {
        messages(appId, w, bucket).forEach((k, list) -> {
            Map<String, Integer> perUser = new HashMap<>();
            list.forEach(a -> perUser.merge(a.openid(), 1, Integer::sum));
            Map<Integer, Long> byInterval = new TreeMap<>();
            perUser.values().forEach(n -> byInterval.merge(n <= 5 ? 1 : n <= 10 ? 2 : 3, 1L, Long::sum));
            byInterval.forEach((interval, users) -> out.addObject().put("ref_date", k)
                    .put("count_interval", interval).put("msg_user", users));
        });
    }

    void interfaces(String appId, Window w, boolean hourly, ArrayNode out) {
        List<Activity> calls = log.of(appId, a -> a.kind() == Activity.Kind.CALLBACK && w.covers(a));
        ReadStats.buckets(calls, hourly).forEach((k, list) -> {
            long fails = list.stream().filter(a -> Boolean.FALSE.equals(a.detail().get("ok"))).count();
            long total = list.stream().mapToLong(a -> a.number("costMs", 0)).sum();
            long max = list.stream().mapToLong(a -> a.number("costMs", 0)).max().orElse(0);
            ReadStats.bucketRow(out, k, hourly).put("callback_count", list.size()).put("fail_count", fails)
                    .put("total_time_cost", total).put("max_time_cost", max);
        });
    }
}
