package io.wxkit.emulator.internal.mp.qrcode;

import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.ApiError;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Resettable;
import io.wxkit.emulator.internal.http.Router;
import io.wxkit.emulator.internal.mp.token.Tokens;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Short keys (短key托管, api_genshortkey / api_fetchshorten): {@code shorten/gen} keeps ≤ 4 KB of
 * {@code long_data} (9410010 past it, 47003 without it) for {@code expire_seconds} ≤ 2 592 000 (9410011) under a
 * 15-character base62 key; {@code shorten/fetch} gives it back with the seconds left, 9410012 for a key that is
 * unknown, expired or another account's. Thread-safe.
 */
public final class ShortKeyEndpoints implements Resettable {
    static final long MAX_EXPIRE = 2_592_000;
    static final int MAX_BYTES = 4096;
    private static final String BASE62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private final Tokens tokens;
    private final Clock clock;
    private final SecureRandom random;
    private final Map<String, Stored> keys = new HashMap<>();

    private record Stored(String appId, String longData, Instant createdAt, Instant expiresAt) {
    }

    public ShortKeyEndpoints(Tokens tokens, Clock clock, SecureRandom random) {
        this.tokens = tokens;
        this.clock = clock;
        this.random = random;
    }

    /** Registers the routes. */
    public void routes(Router router) {
        router.post("/cgi-bin/shorten/gen", this::gen);
        router.post("/cgi-bin/shorten/fetch", this::fetch);
    }

    private Answer gen(Request r) {
        String appId = tokens.appIdFor(r);
        String data = r.json().path("long_data").asText("");
        if (data.isEmpty()) {
            throw new ApiError(47003, "argument invalid! long_data is empty");
        }
        if (data.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new ApiError(9410010, "long_data is too long");
        }
        long expire = r.json().path("expire_seconds").asLong(MAX_EXPIRE);
        if (expire < 1 || expire > MAX_EXPIRE) {
            throw new ApiError(9410011, "expire_seconds out of limit");
        }
        Instant now = clock.instant();
        String key;
        synchronized (this) {
            do {
                key = newKey();
            } while (keys.containsKey(key));
            keys.put(key, new Stored(appId, data, now, now.plusSeconds(expire)));
        }
        return Answer.json(r.codec().object().put("errcode", 0).put("errmsg", "ok").put("short_key", key));
    }

    private Answer fetch(Request r) {
        String appId = tokens.appIdFor(r);
        String key = r.json().path("short_key").asText("");
        Instant now = clock.instant();
        Stored s;
        synchronized (this) {
            s = keys.get(key);
        }
        if (s == null || !s.appId().equals(appId) || !now.isBefore(s.expiresAt())) {
            throw new ApiError(9410012, "short_key not exist or expired");
        }
        return Answer.json(r.codec().object().put("errcode", 0).put("errmsg", "ok").put("long_data", s.longData())
                .put("create_time", s.createdAt().getEpochSecond())
                .put("expire_seconds", s.expiresAt().getEpochSecond() - now.getEpochSecond()));
    }

    private String newKey() {
        StringBuilder b = new StringBuilder(15);
        for (int i = 0; i < 15; i++) {
            b.append(BASE62.charAt(random.nextInt(BASE62.length())));
        }
        return b.toString();
    }

    @Override
    public synchronized void reset() {
        keys.clear();
    }
}
