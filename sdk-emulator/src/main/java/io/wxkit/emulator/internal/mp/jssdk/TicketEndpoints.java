package io.wxkit.emulator.internal.mp.jssdk;

import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.ApiError;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Resettable;
import io.wxkit.emulator.internal.http.Router;
import io.wxkit.emulator.internal.mp.token.Tokens;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code GET /cgi-bin/ticket/getticket?type=jsapi|wx_card}: the JS-SDK {@code jsapi_ticket} (and the card
 * {@code api_ticket}), the same ticket for 7200 s per account and type. Thread-safe.
 */
public final class TicketEndpoints implements Resettable {
    private static final Duration LIFETIME = Duration.ofSeconds(7200);
    private final Tokens tokens;
    private final Clock clock;
    private final SecureRandom random;
    private final Map<String, Ticket> tickets = new HashMap<>();

    private record Ticket(String value, Instant expiresAt) {
    }

    public TicketEndpoints(Tokens tokens, Clock clock, SecureRandom random) {
        this.tokens = tokens;
        this.clock = clock;
        this.random = random;
    }

    /** Registers the route. */
    public void routes(Router router) {
        router.get("/cgi-bin/ticket/getticket", this::getTicket);
    }

    /** The live ticket of an account and type, for tests that compute a JS-SDK signature; null if none. */
    public synchronized String current(String appId, String type) {
        Ticket t = tickets.get(appId + "/" + type);
        return t == null || !clock.instant().isBefore(t.expiresAt()) ? null : t.value();
    }

    private Answer getTicket(Request r) {
        String appId = tokens.appIdFor(r);
        String type = r.query("type");
        if (!"jsapi".equals(type) && !"wx_card".equals(type)) {
            throw new ApiError(40097, "invalid args");
        }
        Instant now = clock.instant();
        Ticket t;
        synchronized (this) {
            t = tickets.get(appId + "/" + type);
            if (t == null || !now.isBefore(t.expiresAt())) {
                byte[] b = new byte[64];
                random.nextBytes(b);
                t = new Ticket(Base64.getUrlEncoder().withoutPadding().encodeToString(b), now.plus(LIFETIME));
                tickets.put(appId + "/" + type, t);
            }
        }
        long left = Math.max(1, Duration.between(now, t.expiresAt()).toSeconds());
        return Answer.json(r.codec().object().put("errcode", 0).put("errmsg", "ok").put("ticket", t.value())
                .put("expires_in", left));
    }

    @Override
    public synchronized void reset() {
        tickets.clear();
    }
}
