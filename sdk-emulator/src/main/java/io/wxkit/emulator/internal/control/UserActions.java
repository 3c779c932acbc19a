package io.wxkit.emulator.internal.control;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.internal.account.Accounts;
import io.wxkit.emulator.account.Activity;
import io.wxkit.emulator.internal.account.ActivityLog;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.account.InboxEntry;
import io.wxkit.emulator.internal.callback.CallbackDelivery;
import io.wxkit.emulator.callback.CallbackResult;
import io.wxkit.emulator.internal.http.ControlError;
import io.wxkit.emulator.internal.mp.menu.Menus;
import io.wxkit.emulator.internal.mp.qrcode.QrCodes;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a fake user does — follow, unfollow, send a message, tap the menu, scan a QR code — turned into the
 * message or event WeChat would push to the account, delivered, and the passive reply put in the inbox.
 * Thread-safe.
 */
public final class UserActions {
    private final Accounts accounts;
    private final Menus menus;
    private final QrCodes qrCodes;
    private final CallbackDelivery delivery;
    private final Clock clock;
    private final SecureRandom random;
    private final AtomicLong msgIds;
    private final ActivityLog activity;

    public UserActions(Accounts accounts, Menus menus, QrCodes qrCodes, CallbackDelivery delivery, Clock clock,
                       SecureRandom random, ActivityLog activity) {
        this.activity = activity;
        this.accounts = accounts;
        this.menus = menus;
        this.qrCodes = qrCodes;
        this.delivery = delivery;
        this.clock = clock;
        this.random = random;
        this.msgIds = new AtomicLong(24_000_000_000_000_000L + (random.nextLong() & 0xFFFF_FFFFL));
    }

    /**
     * The user follows the account, directly or through a QR scene ({@code qrscene_123} or {@code 123}).
     *
     * @throws ControlError 409 when the user already follows
     */
    public CallbackResult follow(String openid, String scene) {
        FakeUser u = accounts.requireControlUser(openid);
        if (u.subscribed()) {
            throw new ControlError(409, "user " + openid + " already follows " + u.appId());
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("Event", "subscribe");
        String sceneValue = null;
        if (scene != null && !scene.isEmpty()) {
            sceneValue = scene.startsWith("qrscene_") ? scene.substring("qrscene_".length()) : scene;
            f.put("EventKey", "qrscene_" + sceneValue);
            f.put("Ticket", ticket(u.appId(), sceneValue));
        }
        u.follow(clock.instant(), sceneValue == null ? "ADD_SCENE_SEARCH" : "ADD_SCENE_QR_CODE", sceneValue);
        activity.record(u.appId(), u.openid(), Activity.Kind.FOLLOW, clock.instant(),
                Map.of("scene", u.subscribeScene()));
        return deliver(u, "event", f);
    }

    /**
     * The user unfollows (WeChat ignores any reply to this event).
     *
     * @throws ControlError 409 when the user does not follow
     */
    public CallbackResult unfollow(String openid) {
        FakeUser u = requireFollower(openid);
        activity.record(u.appId(), u.openid(), Activity.Kind.UNFOLLOW, clock.instant(),
                Map.of("scene", u.subscribeScene()));
        u.unfollow();
        return delivery.deliver(u.appId(), u.openid(), "event", Map.of("Event", "unsubscribe"));
    }

    /**
     * The user sends a text, image, location or link message.
     *
     * @throws ControlError 400 for an unknown type or missing field, 409 when the user does not follow
     */
    public CallbackResult message(String openid, JsonNode body) {
        FakeUser u = requireFollower(openid);
        String type = body.path("type").asText("text");
        Map<String, Object> f = new LinkedHashMap<>();
        switch (type) {
            case "text" -> f.put("Content", required(body, "content"));
            case "image" -> {
                f.put("PicUrl", required(body, "picUrl"));
                f.put("MediaId", mediaId());
            }
            case "location" -> {
                f.put("Location_X", number(body, "lat"));
                f.put("Location_Y", number(body, "lng"));
                f.put("Scale", body.path("scale").asInt(15));
                f.put("Label", body.path("label").asText(""));
            }
            case "link" -> {
                f.put("Title", required(body, "title"));
                f.put("Description", body.path("description").asText(""));
                f.put("Url", required(body, "url"));
            }
            default -> throw new ControlError(400, "type must be text, image, location or link");
        }
        f.put("MsgId", msgIds.incrementAndGet());
        u.interacted(clock.instant());
        CallbackResult r = deliver(u, type, f);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("msgType", type);
        detail.put("text", type.equals("text") ? f.get("Content") : "[" + type + "]");
        // the app handed the user to customer service: they wait in the queue (kfsession/getwaitcase)
        detail.put("transfer", r.reply() != null && "transfer_customer_service".equals(r.reply().get("msgType")));
        activity.record(u.appId(), u.openid(), Activity.Kind.MESSAGE, clock.instant(), detail);
        return r;
    }

    /**
     * The user taps a menu button: {@code key} → CLICK, {@code url} → VIEW.
     *
     * @throws ControlError 404 when the user's menu has no such button, 400 for a button that needs device
     *                      input (scan, photo, location)
     */
    public CallbackResult menuClick(String openid, String key, String url) {
        FakeUser u = accounts.requireControlUser(openid);
        Map<String, Object> f = new LinkedHashMap<>();
        if (key != null) {
            JsonNode button = menus.buttonByKey(u, key);
            if (button == null) {
                throw new ControlError(404, "no button with key " + key + " in the menu " + openid + " sees");
            }
            if (!button.path("type").asText().equals("click")) {
                throw new ControlError(400, "menu-click drives click and view buttons; a "
                        + button.path("type").asText() + " button needs device input");
            }
            f.put("Event", "CLICK");
            f.put("EventKey", key);
            u.interacted(clock.instant());
            activity.record(u.appId(), u.openid(), Activity.Kind.MENU_CLICK, clock.instant(), Map.of("key", key));
        } else if (url != null) {
            if (menus.buttonByUrl(u, url) == null) {
                throw new ControlError(404, "no view button with url " + url + " in the menu " + openid + " sees");
            }
            f.put("Event", "VIEW");
            f.put("EventKey", url);
        } else {
            throw new ControlError(400, "key or url is required");
        }
        return deliver(u, "event", f);
    }

    /** The user scans a QR code: SCAN when following, else subscribe with {@code qrscene_}. */
    public CallbackResult scan(String openid, String scene) {
        FakeUser u = accounts.requireControlUser(openid);
        if (scene == null || scene.isEmpty()) {
            throw new ControlError(400, "scene is required");
        }
        if (!u.subscribed()) {
            return follow(openid, scene);
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("Event", "SCAN");
        f.put("EventKey", scene);
        f.put("Ticket", ticket(u.appId(), scene));
        u.interacted(clock.instant());
        return deliver(u, "event", f);
    }

    private CallbackResult deliver(FakeUser u, String msgType, Map<String, Object> fields) {
        CallbackResult r = delivery.deliver(u.appId(), u.openid(), msgType, fields);
        if (r.reply() != null) {
            Map<String, Object> copy = new LinkedHashMap<>(r.reply());
            String type = String.valueOf(copy.remove("msgType"));
            u.receive(new InboxEntry("reply", type, copy, Instant.now(clock)));
        }
        return r;
    }

    private FakeUser requireFollower(String openid) {
        FakeUser u = accounts.requireControlUser(openid);
        if (!u.subscribed()) {
            throw new ControlError(409, "user " + openid + " does not follow " + u.appId());
        }
        return u;
    }

    private String ticket(String appId, String scene) {
        String t = qrCodes.ticketFor(appId, scene);
        return t != null ? t : "gQ" + mediaId();
    }

    private String mediaId() {
        byte[] b = new byte[30];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String required(JsonNode body, String field) {
        String v = body.path(field).asText("");
        if (v.isEmpty()) {
            throw new ControlError(400, field + " is required");
        }
        return v;
    }

    private static Double number(JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || !n.isNumber()) {
            throw new ControlError(400, field + " must be a number");
        }
        return n.asDouble();
    }
}
