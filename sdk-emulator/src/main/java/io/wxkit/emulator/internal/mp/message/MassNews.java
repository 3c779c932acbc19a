package io.wxkit.emulator.internal.mp.message;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.ApiError;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Resettable;
import io.wxkit.emulator.internal.http.Router;
import io.wxkit.emulator.internal.mp.media.MediaEndpoints;
import io.wxkit.emulator.internal.mp.token.Tokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The mass-send extras: the news uploaded for mpnews sends ({@code media/uploadnews}) and the send speed
 * ({@code message/mass/speed/get|set}). Thread-safe.
 */
final class MassNews implements Resettable {
    static final Duration KEPT = Duration.ofDays(3);
    private static final int[] REAL_SPEED = {80, 60, 45, 30, 10};
    private final Tokens tokens;
    private final MediaEndpoints media;
    private final Clock clock;
    private final AtomicLong ids = new AtomicLong(3_000_000_000L);
    private final Map<String, News> news = new HashMap<>();
    private final Map<String, Integer> speeds = new HashMap<>();

    private record News(String appId, List<JsonNode> articles, Instant expiresAt) {
    }

    MassNews(Tokens tokens, MediaEndpoints media, Clock clock) {
        this.tokens = tokens;
        this.media = media;
        this.clock = clock;
    }

    void routes(Router router) {
        router.post("/cgi-bin/media/uploadnews", this::upload);
        router.post("/cgi-bin/message/mass/speed/get", this::speed);
        router.post("/cgi-bin/message/mass/speed/set", this::setSpeed);
    }

    private Answer upload(Request r) {
        String appId = tokens.appIdFor(r);
        JsonNode list = r.json().get("articles");
        if (list == null || !list.isArray() || list.isEmpty() || list.size() > 8) {
            throw new ApiError(47001, "data format error: articles must hold 1-8 items");
        }
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode a : list) {
            if (a.path("title").asText("").isEmpty() || a.path("content").asText("").isEmpty()) {
                throw new ApiError(44003, "empty news data");
            }
            if (!media.isMedia(appId, a.path("thumb_media_id").asText(null))) {
                throw new ApiError(40007, "invalid media_id");
            }
            items.add(a.deepCopy());
        }
        Instant now = clock.instant();
        String id = "news_" + ids.incrementAndGet();
        synchronized (this) {
            news.put(id, new News(appId, List.copyOf(items), now.plus(KEPT)));
        }
        return Answer.json(r.codec().object().put("type", "news").put("media_id", id)
                .put("created_at", now.getEpochSecond()));
    }

    /** The articles of an uploaded news of {@code appId} that is still kept, or an empty list. */
    synchronized List<JsonNode> articles(String appId, String mediaId) {
        News n = news.get(mediaId);
        return n == null || !n.appId().equals(appId) || !clock.instant().isBefore(n.expiresAt()) ? List.of()
                : n.articles();
    }

    private Answer speed(Request r) {
        String appId = tokens.appIdFor(r);
        int level;
        synchronized (this) {
            level = speeds.getOrDefault(appId, 0);
        }
        return Answer.json(r.codec().object().put("speed", level).put("realspeed", REAL_SPEED[level]));
    }

    private Answer setSpeed(Request r) {
        String appId = tokens.appIdFor(r);
        JsonNode level = r.json().get("speed");
        if (level == null || !level.isInt() || level.asInt() < 0 || level.asInt() >= REAL_SPEED.length) {
            throw new ApiError(47001, "data format error: speed must be 0-4");
        }
        synchronized (this) {
            speeds.put(appId, level.asInt());
        }
        return Answer.json(r.codec().object().put("errcode", 0).put("errmsg", "ok"));
    }

    @Override
    public synchronized void reset() {
        news.clear();
        speeds.clear();
    }
}
