package io.wxkit.emulator.internal.mp.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxkit.emulator.account.Account;
import io.wxkit.emulator.internal.account.Accounts;
import io.wxkit.emulator.account.Activity;
import io.wxkit.emulator.internal.account.ActivityLog;
import io.wxkit.emulator.internal.account.EventPush;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.account.InboxEntry;
import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.ApiError;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Resettable;
import io.wxkit.emulator.internal.http.Router;
import io.wxkit.emulator.internal.mp.article.Articles;
import io.wxkit.emulator.internal.mp.media.MediaEndpoints;
import io.wxkit.emulator.internal.mp.token.Tokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Mass send: {@code message/mass/sendall} (all followers or one tag), {@code mass/send} (2–10 000 openids),
 * {@code mass/preview}, {@code mass/get}, {@code mass/delete}. Each follower reached gets a {@code mass} inbox
 * entry, then a MASSSENDJOBFINISH event is pushed to the callback. {@code clientmsgid} dedups for 24 h (45065).
 * Also {@code message/mass/speed/get|set} (level 0–4 = 80/60/45/30/10 ten-thousand per minute; 47001 for another
 * level) and {@code media/uploadnews} (1–8 articles with a title, content and a {@code thumb_media_id} that is a
 * permanent or temporary media, else 47001/44003/40007; kept 3 days): an mpnews send of such a news records its articles,
 * so comments and article statistics can refer to them by {@code msg_data_id}.
 */
public final class MassEndpoints implements Resettable {
    private static final Set<String> TYPES = Set.of("mpnews", "text", "voice", "image", "mpvideo", "wxcard",
            "music", "video");
    private final Accounts accounts;
    private final Tokens tokens;
    private final EventPush events;
    private final Clock clock;
    private final AtomicLong ids = new AtomicLong(1000001625);
    private final Map<Long, String> status = new HashMap<>();
    private final Map<String, Instant> clientMsgIds = new HashMap<>();
    private final MassNews news;
    private final Articles articles;
    private final ActivityLog activity;

    public MassEndpoints(Accounts accounts, Tokens tokens, EventPush events, Clock clock, MediaEndpoints media,
                         Articles articles, ActivityLog activity) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.events = events;
        this.clock = clock;
        this.news = new MassNews(tokens, media, clock);
        this.articles = articles;
        this.activity = activity;
    }

    /** Registers the routes. */
    public void routes(Router router) {
        router.post("/cgi-bin/message/mass/sendall", this::sendAll);
        router.post("/cgi-bin/message/mass/send", this::send);
        router.post("/cgi-bin/message/mass/preview", this::preview);
        router.post("/cgi-bin/message/mass/get", this::get);
        router.post("/cgi-bin/message/mass/delete", this::delete);
        news.routes(router);
    }

    private Answer sendAll(Request r) {
        String appId = tokens.appIdFor(r);
        JsonNode b = r.json();
        JsonNode filter = b.path("filter");
        List<FakeUser> targets;
        if (filter.path("is_to_all").asBoolean(false)) {
            targets = accounts.followers(appId);
        } else if (filter.has("tag_id")) {
            int tag = filter.path("tag_id").asInt();
            targets = accounts.followers(appId).stream().filter(u -> u.tagIds().contains(tag)).toList();
        } else {
            throw new ApiError(47001, "data format error");
        }
        return deliver(r, appId, b, targets, 0);
    }

    private Answer send(Request r) {
        String appId = tokens.appIdFor(r);
        JsonNode b = r.json();
        JsonNode to = b.get("touser");
        if (to == null || !to.isArray() || to.size() < 2 || to.size() > 10_000) {
            throw new ApiError(40130, "invalid openid list size, at least two openid");
        }
        List<FakeUser> targets = new ArrayList<>();
        int errors = 0;
        for (JsonNode o : to) {
            FakeUser u = accounts.user(o.asText());
            if (u != null && u.appId().equals(appId) && u.subscribed()) {
                targets.add(u);
            } else {
                errors++;
            }
        }
        return deliver(r, appId, b, targets, errors);
    }

    private Answer preview(Request r) {
        String appId = tokens.appIdFor(r);
        JsonNode b = r.json();
        FakeUser u = accounts.requireUser(appId, b.path("touser").asText(null));
        String type = type(b);
        Map<String, Object> fields = r.codec().toMap(b.get(type));
        fields.put("preview", true);
        u.receive(new InboxEntry("mass", b.path("msgtype").asText(), fields, clock.instant()));
        return Answer.json(r.codec().object().put("errcode", 0).put("errmsg", "preview success")
                .put("msg_id", ids.incrementAndGet()));
    }

    private Answer deliver(Request r, String appId, JsonNode b, List<FakeUser> targets, int errors) {
        String type = type(b);
        checkClientMsgId(appId, b.path("clientmsgid").asText(""));
        long msgId = ids.incrementAndGet();
        Map<String, Object> fields = r.codec().toMap(b.get(type));
        fields.put("msgId", msgId);
        for (FakeUser u : targets) {
            u.receive(new InboxEntry("mass", b.path("msgtype").asText(), fields, clock.instant()));
        }
        synchronized (this) {
            status.put(msgId, "SEND_SUCCESS");
        }
        Map<String, Object> sent = new LinkedHashMap<>();
        sent.put("msgId", msgId);
        sent.put("recipients", (long) targets.size());
        activity.record(appId, null, Activity.Kind.MASS, clock.instant(), sent);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("Event", "MASSSENDJOBFINISH");
        event.put("MsgID", msgId);
        event.put("Status", "send success");
        event.put("TotalCount", targets.size() + errors);
        event.put("FilterCount", targets.size());
        event.put("SentCount", targets.size());
        event.put("ErrorCount", errors);
        Account account = accounts.require(appId);
        events.push(appId, targets.isEmpty() ? account.originalId() : targets.get(0).openid(), event);
        ObjectNode out = r.codec().object().put("errcode", 0).put("errmsg", "send job submission success")
                .put("msg_id", msgId);
        if (b.path("msgtype").asText().equals("mpnews")) {
            long msgDataId = msgId * 10 + 1;
            out.put("msg_data_id", msgDataId);
            List<JsonNode> items = news.articles(appId, b.path("mpnews").path("media_id").asText(""));
            if (!items.isEmpty()) {
                articles.sent(appId, msgDataId, items, clock.instant(), targets.size());
            }
        }
        return Answer.json(out);
    }

    private static String type(JsonNode b) {
        String type = b.path("msgtype").asText("");
        if (!TYPES.contains(type)) {
            throw new ApiError(40008, "invalid message type");
        }
        String object = type.equals("image") ? "images" : type;
        if (!b.path(object).isObject() && !b.path(type).isObject()) {
            throw new ApiError(47001, "data format error");
        }
        if (type.equals("text") && b.path("text").path("content").asText("").isEmpty()) {
            throw new ApiError(44004, "empty content");
        }
        return b.path(object).isObject() ? object : type;
    }

    private synchronized void checkClientMsgId(String appId, String clientMsgId) {
        if (clientMsgId.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Instant seen = clientMsgIds.get(appId + "/" + clientMsgId);
        if (seen != null && now.isBefore(seen.plus(Duration.ofHours(24)))) {
            throw new ApiError(45065, "clientmsgid exist");
        }
        clientMsgIds.put(appId + "/" + clientMsgId, now);
    }

    private Answer get(Request r) {
        tokens.appIdFor(r);
        long id = r.json().path("msg_id").asLong(-1);
        String s;
        synchronized (this) {
            s = status.get(id);
        }
        if (s == null) {
            throw new ApiError(47001, "data format error: unknown msg_id");
        }
        return Answer.json(r.codec().object().put("msg_id", id).put("msg_status", s));
    }

    private Answer delete(Request r) {
        tokens.appIdFor(r);
        long id = r.json().path("msg_id").asLong(-1);
        synchronized (this) {
            if (status.replace(id, "DELETE") == null) {
                throw new ApiError(47001, "data format error: unknown msg_id");
            }
        }
        return Answer.json(r.codec().object().put("errcode", 0).put("errmsg", "ok"));
    }

    @Override
    public synchronized void reset() {
        status.clear();
        clientMsgIds.clear();
        news.reset();
    }
}
