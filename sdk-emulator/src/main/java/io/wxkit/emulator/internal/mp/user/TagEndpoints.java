package io.wxkit.emulator.internal.mp.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxkit.emulator.internal.account.Accounts;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.ApiError;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Resettable;
import io.wxkit.emulator.internal.http.Router;
import io.wxkit.emulator.internal.mp.token.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tag management: {@code tags/create|get|update|delete}, {@code user/tag/get}, {@code tags/members/batchtagging|
 * batchuntagging} (≤ 50 openids, ≤ 20 tags per user → 45059) and {@code tags/getidlist}.
 */
public final class TagEndpoints implements Resettable {
    private final Accounts accounts;
    private final Tokens tokens;
    private final Tags tags = new Tags();

    public TagEndpoints(Accounts accounts, Tokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    void routes(Router router) {
        router.post("/cgi-bin/tags/create", this::create);
        router.get("/cgi-bin/tags/get", this::get);
        router.post("/cgi-bin/tags/update", this::update);
        router.post("/cgi-bin/tags/delete", this::delete);
        router.post("/cgi-bin/user/tag/get", this::usersOfTag);
        router.post("/cgi-bin/tags/members/batchtagging", r -> batch(r, true));
        router.post("/cgi-bin/tags/members/batchuntagging", r -> batch(r, false));
        router.post("/cgi-bin/tags/getidlist", this::idList);
    }

    private Answer create(Request r) {
        String appId = tokens.appIdFor(r);
        String name = r.json().path("tag").path("name").asText(null);
        int id = tags.create(appId, name);
        ObjectNode out = r.codec().object();
        out.putObject("tag").put("id", id).put("name", name);
        return Answer.json(out);
    }

    private Answer get(Request r) {
        String appId = tokens.appIdFor(r);
        ObjectNode out = r.codec().object();
        ArrayNode list = out.putArray("tags");
        for (Map.Entry<Integer, String> t : tags.all(appId).entrySet()) {
            long count = accounts.followers(appId).stream().filter(u -> u.tagIds().contains(t.getKey())).count();
            list.addObject().put("id", t.getKey()).put("name", t.getValue()).put("count", count);
        }
        return Answer.json(out);
    }

    private Answer update(Request r) {
        String appId = tokens.appIdFor(r);
        JsonNode tag = r.json().path("tag");
        tags.update(appId, tag.path("id").asInt(-1), tag.path("name").asText(null));
        return ok(r);
    }

    private Answer delete(Request r) {
        String appId = tokens.appIdFor(r);
        int id = r.json().path("tag").path("id").asInt(-1);
        tags.delete(appId, id);
        accounts.users(appId).forEach(u -> u.untag(id));
        return ok(r);
    }

    private Answer usersOfTag(Request r) {
        String appId = tokens.appIdFor(r);
        int id = r.json().path("tagid").asInt(-1);
        tags.require(appId, id);
        List<String> openids = new ArrayList<>();
        accounts.followers(appId).stream().filter(u -> u.tagIds().contains(id)).forEach(u -> openids.add(u.openid()));
        String next = r.json().path("next_openid").asText("");
        int start = next.isEmpty() ? 0 : openids.indexOf(next) + 1;
        return Answer.json(OpenidPages.write(r.codec().object(), openids, start));
    }

    private Answer batch(Request r, boolean tag) {
        String appId = tokens.appIdFor(r);
        JsonNode list = r.json().get("openid_list");
        if (list == null || !list.isArray() || list.isEmpty() || list.size() > 50) {
            throw new ApiError(40032, "invalid openid list size");
        }
        int id = r.json().path("tagid").asInt(-1);
        tags.require(appId, id);
        List<FakeUser> users = new ArrayList<>();
        for (JsonNode o : list) {
            users.add(accounts.requireUser(appId, o.asText()));
        }
        for (FakeUser u : users) {
            if (!tag) {
                u.untag(id);
            } else if (!u.tag(id)) {
                throw new ApiError(45059, "has too many tags");
            }
        }
        return ok(r);
    }

    private Answer idList(Request r) {
        String appId = tokens.appIdFor(r);
        FakeUser u = accounts.requireUser(appId, r.json().path("openid").asText(null));
        ObjectNode out = r.codec().object();
        ArrayNode ids = out.putArray("tagid_list");
        u.tagIds().forEach(ids::add);
        return Answer.json(out);
    }

    private static Answer ok(Request r) {
        return Answer.json(r.codec().object().put("errcode", 0).put("errmsg", "ok"));
    }

    @Override
    public void reset() {
        tags.reset();
    }
}
