package io.wxkit.emulator.internal.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxkit.emulator.account.Account;
import io.wxkit.emulator.internal.account.Accounts;
import io.wxkit.emulator.account.CallbackMode;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.account.InboxEntry;
import io.wxkit.emulator.fault.Fault;
import io.wxkit.emulator.fault.FaultKind;
import io.wxkit.emulator.internal.fault.Faults;
import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.ControlError;
import io.wxkit.emulator.internal.http.Json;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Router;
import java.time.Duration;
import java.util.List;

/**
 * The control API's bookkeeping endpoints: accounts, fake users, inbox, faults and reset (DESIGN §7).
 */
public final class ControlEndpoints {
    private final Accounts accounts;
    private final Faults faults;
    private final Runnable reset;

    public ControlEndpoints(Accounts accounts, Faults faults, Runnable reset) {
        this.accounts = accounts;
        this.faults = faults;
        this.reset = reset;
    }

    /** Registers the routes. */
    public void routes(Router router) {
        router.post("/emulator/accounts", this::createAccount);
        router.get("/emulator/accounts", this::listAccounts);
        router.post("/emulator/users", this::createUser);
        router.get("/emulator/users", this::listUsers);
        router.get("/emulator/users/{openid}", this::getUser);
        router.get("/emulator/users/{openid}/inbox", this::inbox);
        router.post("/emulator/faults", this::addFault);
        router.get("/emulator/faults", this::listFaults);
        router.post("/emulator/reset", r -> {
            reset.run();
            return Answer.empty(204);
        });
    }

    private Answer createAccount(Request r) {
        JsonNode b = r.json();
        try {
            Account a = accounts.register(text(b, "appId"), text(b, "secret"), text(b, "token"),
                    text(b, "encodingAesKey"), text(b, "callbackUrl"),
                    CallbackMode.fromWire(b.path("mode").asText("plain")));
            return Answer.json(201, r.codec().object().put("appId", a.appId()).put("originalId", a.originalId()));
        } catch (IllegalArgumentException e) {
            throw new ControlError(400, e.getMessage());
        }
    }

    private Answer listAccounts(Request r) {
        ArrayNode out = r.codec().array();
        for (Account a : accounts.all()) {
            out.addObject().put("appId", a.appId()).put("originalId", a.originalId())
                    .put("mode", a.mode().wireName()).put("callbackUrl", a.callbackUrl());
        }
        return Answer.json(out);
    }

    private Answer createUser(Request r) {
        JsonNode b = r.json();
        String appId = text(b, "appId");
        if (appId == null) {
            throw new ControlError(400, "appId is required");
        }
        String nickname = b.path("nickname").asText("WeChat user");
        FakeUser u = accounts.createUser(appId, nickname);
        return Answer.json(201, r.codec().object().put("openid", u.openid()).put("unionid", u.unionid()));
    }

    private Answer listUsers(Request r) {
        String appId = r.query("appId");
        if (appId == null) {
            throw new ControlError(400, "query parameter appId is required");
        }
        ArrayNode out = r.codec().array();
        accounts.users(appId).forEach(u -> out.add(user(r.codec(), u)));
        return Answer.json(out);
    }

    private Answer getUser(Request r) {
        return Answer.json(user(r.codec(), accounts.requireControlUser(r.pathParam("openid"))));
    }

    static ObjectNode user(Json json, FakeUser u) {
        ObjectNode n = json.object().put("openid", u.openid()).put("unionid", u.unionid())
                .put("appId", u.appId()).put("nickname", u.nickname()).put("subscribed", u.subscribed())
                .put("remark", u.remark());
        ArrayNode tags = n.putArray("tagIds");
        u.tagIds().forEach(tags::add);
        return n;
    }

    private Answer inbox(Request r) {
        FakeUser u = accounts.requireControlUser(r.pathParam("openid"));
        return Answer.json(inboxJson(r.codec(), u.inbox()));
    }

    /** The inbox as the control API shows it: {@code [{"kind","msgType",...fields,"at"}]}. */
    public static ArrayNode inboxJson(Json json, List<InboxEntry> entries) {
        ArrayNode out = json.array();
        for (InboxEntry e : entries) {
            ObjectNode n = out.addObject().put("kind", e.kind()).put("msgType", e.msgType());
            e.fields().forEach((k, v) -> n.set(k, json.tree(v)));
            n.put("at", e.at().toString());
        }
        return out;
    }

    private Answer addFault(Request r) {
        JsonNode b = r.json();
        try {
            FaultKind kind = FaultKind.fromWire(b.path("kind").asText(""));
            Fault f = new Fault(b.path("path").asText(""), kind, b.path("times").asInt(1),
                    Duration.ofMillis(b.path("ms").asLong(0)));
            faults.add(f);
            return Answer.json(201, r.codec().object().put("path", f.path()).put("kind", kind.wireName())
                    .put("times", f.times()));
        } catch (IllegalArgumentException e) {
            throw new ControlError(400, e.getMessage());
        }
    }

    private Answer listFaults(Request r) {
        ArrayNode out = r.codec().array();
        for (Fault f : faults.pending()) {
            out.addObject().put("path", f.path()).put("kind", f.kind().wireName()).put("times", f.times())
                    .put("ms", f.latency().toMillis());
        }
        return Answer.json(out);
    }

    private static String text(JsonNode b, String field) {
        JsonNode n = b.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
