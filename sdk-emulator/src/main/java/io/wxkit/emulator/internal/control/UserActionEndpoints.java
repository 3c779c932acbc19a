package io.wxkit.emulator.internal.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxkit.emulator.callback.CallbackResult;
import io.wxkit.emulator.internal.callback.DeliveryLog;
import io.wxkit.emulator.callback.Delivery;
import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.Json;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Router;

/**
 * The control API's fake-user actions (DESIGN §7): follow, unfollow, messages, menu-click, scan — each answers
 * {@code {"reply": Reply|null}} (plus {@code "error"} when the app answered badly) — and the delivery log.
 */
public final class UserActionEndpoints {
    private final UserActions actions;
    private final DeliveryLog log;

    public UserActionEndpoints(UserActions actions, DeliveryLog log) {
        this.actions = actions;
        this.log = log;
    }

    /** Registers the routes. */
    public void routes(Router router) {
        router.post("/emulator/users/{openid}/follow", r -> answer(r, actions.follow(openid(r),
                optional(r).path("scene").asText(null))));
        router.post("/emulator/users/{openid}/unfollow", r -> {
            actions.unfollow(openid(r));
            return Answer.json(r.codec().object());
        });
        router.post("/emulator/users/{openid}/messages", r -> answer(r, actions.message(openid(r), r.json())));
        router.post("/emulator/users/{openid}/menu-click", r -> answer(r, actions.menuClick(openid(r),
                r.json().path("key").asText(null), r.json().path("url").asText(null))));
        router.post("/emulator/users/{openid}/scan", r -> answer(r, actions.scan(openid(r),
                r.json().path("scene").asText(null))));
        router.get("/emulator/accounts/{appId}/deliveries", this::deliveries);
    }

    private static String openid(Request r) {
        return r.pathParam("openid");
    }

    private static JsonNode optional(Request r) {
        return r.body().length == 0 ? r.codec().object() : r.json();
    }

    /** {@code {"reply": {...}|null}} and, when the app's answer was unusable, {@code "error"}. */
    static Answer answer(Request r, CallbackResult result) {
        return Answer.json(toJson(r.codec(), result));
    }

    static ObjectNode toJson(Json json, CallbackResult result) {
        ObjectNode out = json.object();
        out.set("reply", result.reply() == null ? null : json.tree(result.reply()));
        if (result.error() != null) {
            out.put("error", result.error());
        }
        return out;
    }

    private Answer deliveries(Request r) {
        String appId = r.pathParam("appId");
        ArrayNode out = r.codec().array();
        for (Delivery e : log.entries(appId)) {
            ObjectNode n = out.addObject().put("msgType", e.msgType());
            n.set("fields", r.codec().tree(e.fields()));
            n.set("result", toJson(r.codec(), e.result()));
            n.put("at", e.at().toString());
        }
        return Answer.json(out);
    }
}
