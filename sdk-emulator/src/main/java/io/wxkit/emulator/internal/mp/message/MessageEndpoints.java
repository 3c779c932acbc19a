package io.wxkit.emulator.internal.mp.message;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.internal.account.Accounts;
import io.wxkit.emulator.account.Activity;
import io.wxkit.emulator.internal.account.ActivityLog;
import io.wxkit.emulator.internal.account.EventPush;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.account.InboxEntry;
import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.ApiError;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Router;
import io.wxkit.emulator.internal.mp.token.Tokens;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Messages the app sends to one user: template messages ({@code message/template/send}, then a
 * TEMPLATESENDJOBFINISH event), subscribe messages ({@code message/subscribe/bizsend}) and customer-service
 * messages ({@code message/custom/send}, {@code message/custom/typing}). Each lands in the user's inbox.
 */
public final class MessageEndpoints {
    static final Duration KF_WINDOW = Duration.ofHours(48);
    private static final Pattern TEMPLATE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Set<String> KF_TYPES = Set.of("text", "image", "voice", "video", "music", "news", "mpnews",
            "mpnewsarticle", "msgmenu", "wxcard", "miniprogrampage");

    private final Accounts accounts;
    private final Tokens tokens;
    private final EventPush events;
    private final Clock clock;
    private final AtomicLong msgIds = new AtomicLong(200228332);
    private final ActivityLog activity;

    public MessageEndpoints(Accounts accounts, Tokens tokens, EventPush events, Clock clock, ActivityLog activity) {
        this.activity = activity;
        this.accounts = accounts;
        this.tokens = tokens;
        this.events = events;
        this.clock = clock;
    }

    /** Registers the routes. */
    public void routes(Router router) {
        router.post("/cgi-bin/message/template/send", this::template);
        router.post("/cgi-bin/message/subscribe/bizsend", this::subscribe);
        router.post("/cgi-bin/message/custom/send", this::custom);
        router.post("/cgi-bin/message/custom/typing", this::typing);
    }

    private Answer template(Request r) {
        String appId = tokens.appIdFor(r);
        JsonNode b = r.json();
        FakeUser user = accounts.requireUser(appId, b.path("touser").asText(null));
        if (!TEMPLATE_ID.matcher(b.path("template_id").asText("")).matches()) {
            throw new ApiError(40037, "invalid template_id");
        }
        if (!user.subscribed()) {
            throw new ApiError(43004, "require subscribe");
        }
        DataRules.check(b.get("data"));
        long msgId = msgIds.incrementAndGet();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("templateId", b.get("template_id").asText());
        fields.put("data", r.codec().toMap(b.get("data")));
        putIfText(fields, "url", b.get("url"));
        if (b.path("miniprogram").isObject()) {
            fields.put("miniprogram", r.codec().toMap(b.get("miniprogram")));
        }
        fields.put("msgid", msgId);
        user.receive(new InboxEntry("template", "template", fields, clock.instant()));
        activity.record(appId, user.openid(), Activity.Kind.TEMPLATE, clock.instant(), Map.of("msgId", msgId));
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("Event", "TEMPLATESENDJOBFINISH");
        event.put("MsgID", msgId);
        event.put("Status", "success");
        events.push(appId, user.openid(), event);
        return Answer.json(r.codec().object().put("errcode", 0).put("errmsg", "ok").put("msgid", msgId));
    }

    private Answer subscribe(Request r) {
        String appId = tokens.appIdFor(r);
        JsonNode b = r.json();
        FakeUser user = accounts.requireUser(appId, b.path("touser").asText(null));
        if (!TEMPLATE_ID.matcher(b.path("template_id").asText("")).matches()) {
            throw new ApiError(40037, "invalid template_id");
        }
        DataRules.check(b.get("data"));
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("templateId", b.get("template_id").asText());
        fields.put("data", r.codec().toMap(b.get("data")));
        putIfText(fields, "page", b.get("page"));
        if (b.path("miniprogram").isObject()) {
            fields.put("miniprogram", r.codec().toMap(b.get("miniprogram")));
        }
        user.receive(new InboxEntry("subscribe", "subscribe", fields, clock.instant()));
        return ok(r);
    }

    private Answer custom(Request r) {
        String appId = tokens.appIdFor(r);
        JsonNode b = r.json();
        FakeUser user = accounts.requireUser(appId, b.path("touser").asText(null));
        String type = b.path("msgtype").asText("");
        if (!KF_TYPES.contains(type)) {
            throw new ApiError(40008, "invalid message type");
        }
        JsonNode body = b.get(type);
        if (body == null || !body.isObject()) {
            throw new ApiError(47001, "data format error");
        }
        if (type.equals("text")) {
            String content = body.path("content").asText("");
            if (content.isEmpty()) {
                throw new ApiError(44004, "empty content");
            }
            if (content.getBytes(StandardCharsets.UTF_8).length > 2048) {
                throw new ApiError(45002, "content size out of limit");
            }
        }
        requireWindow(user);
        Map<String, Object> fields = r.codec().toMap(body);
        if (b.path("customservice").isObject()) {
            fields.put("kfAccount", b.path("customservice").path("kf_account").asText());
        }
        user.receive(new InboxEntry("kf", type, fields, clock.instant()));
        Map<String, Object> sent = new LinkedHashMap<>();
        sent.put("msgType", type);
        sent.put("text", type.equals("text") ? body.path("content").asText() : "[" + type + "]");
        if (fields.get("kfAccount") != null) {
            sent.put("kfAccount", fields.get("kfAccount"));
        }
        activity.record(appId, user.openid(), Activity.Kind.KF_SENT, clock.instant(), sent);
        return ok(r);
    }

    private Answer typing(Request r) {
        String appId = tokens.appIdFor(r);
        FakeUser user = accounts.requireUser(appId, r.json().path("touser").asText(null));
        String command = r.json().path("command").asText("");
        if (!command.equals("Typing") && !command.equals("CancelTyping")) {
            throw new ApiError(47001, "data format error");
        }
        requireWindow(user);
        return ok(r);
    }

    /** The 48-hour customer-service window opened by the user's last message, click, follow or scan. */
    private void requireWindow(FakeUser user) {
        Instant last = user.lastInteraction();
        if (!user.subscribed() || last == null || !clock.instant().isBefore(last.plus(KF_WINDOW))) {
            throw new ApiError(45015, "response out of time limit or subscription is canceled");
        }
    }

    private static void putIfText(Map<String, Object> fields, String name, JsonNode value) {
        if (value != null && value.isTextual() && !value.asText().isEmpty()) {
            fields.put(name, value.asText());
        }
    }

    private static Answer ok(Request r) {
        return Answer.json(r.codec().object().put("errcode", 0).put("errmsg", "ok"));
    }
}
