package io.wxkit.emulator.internal.mp.datacube;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.wxkit.emulator.account.Activity;
import io.wxkit.emulator.internal.account.ActivityLog;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Follower figures from the follows and unfollows the emulator saw: {@code getusersummary} (per day and
 * {@code user_source}: 0 other, 1 search, 17 business card, 30 QR code; one zero row with source 0 for a quiet
 * day) and {@code getusercumulate} (followers at each day's end).
 */
final class UserStats {
    private final ActivityLog log;

    UserStats(ActivityLog log) {
        this.log = log;
    }

    static int source(String scene) {
        return switch (scene == null ? "" : scene) {
            case "ADD_SCENE_SEARCH" -> 1;
            case "ADD_SCENE_PROFILE_CARD" -> 17;
            case "ADD_SCENE_QR_CODE" -> 30;
            default -> 0;
        };
    }

    void summary(String appId, Window w, ArrayNode out) {
        List<Activity> moves = log.of(appId, a -> (a.kind() == Activity.Kind.FOLLOW
                || a.kind() == Activity.Kind.UNFOLLOW) && w.covers(a));
        for (LocalDate d = w.begin(); !d.isAfter(w.end()); d = d.plusDays(1)) {
            Map<Integer, long[]> bySource = new TreeMap<>();
            for (Activity a : moves) {
                if (Window.day(a.at()).equals(d)) {
                    long[] n = bySource.computeIfAbsent(source(a.text("scene", "")), k -> new long[2]);
                    n[a.kind() == Activity.Kind.FOLLOW ? 0 : 1]++;
                }
            }
            if (bySource.isEmpty()) {
                bySource.put(0, new long[2]);
            }
            String day = d.toString();
            bySource.forEach((source, n) -> out.addObject().put("ref_date", day).put("user_source", source)
                    .put("new_user", n[0]).put("cancel_user", n[1]));
        }
    }

    void cumulate(String appId, Window w, ArrayNode out) {
        List<Activity> moves = log.of(appId, a -> a.kind() == Activity.Kind.FOLLOW
                || a.kind() == Activity.Kind.UNFOLLOW);
        for (LocalDate d = w.begin(); !d.isAfter(w.end()); d = d.plusDays(1)) {
            Instant end = Window.endOf(d);
            long total = 0;
            for (Activity a : moves) {
                if (a.at().isBefore(end)) {
                    total += a.kind() == Activity.Kind.FOLLOW ? 1 : -1;
                }
            }
            out.addObject().put("ref_date", d.toString()).put("cumulate_user", total);
        }
    }
}
