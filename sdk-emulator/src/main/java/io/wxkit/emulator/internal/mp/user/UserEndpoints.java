package io.wxkit.emulator.internal.mp.user;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxkit.emulator.internal.account.Accounts;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.ApiError;
import io.wxkit.emulator.internal.http.Json;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Router;
import io.wxkit.emulator.internal.mp.token.Tokens;
import java.util.List;

/**
 * User management: {@code user/info}, {@code user/info/batchget} (≤ 100), {@code user/get} (followers, 10 000 a
 * page with {@code next_openid}), {@code user/info/updateremark} (remark &lt; 30 characters).
 */
public final class UserEndpoints {
    static final int PAGE = 10_000;
    private final Accounts accounts;
    private final Tokens tokens;

    public UserEndpoints(Accounts accounts, Tokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    /** Registers the user and tag routes. */
    public void routes(Router router, TagEndpoints tags) {
        router.get("/cgi-bin/user/info", this::info);
        router.post("/cgi-bin/user/info/batchget", this::batchGet);
        router.get("/cgi-bin/user/get", this::list);
        router.post("/cgi-bin/user/info/updateremark", this::updateRemark);
        tags.routes(router);
    }

    private Answer info(Request r) {
        String appId = tokens.appIdFor(r);
        FakeUser u = accounts.requireUser(appId, r.query("openid"));
        return Answer.json(userInfo(r.codec(), u));
    }

    /** One user as {@code user/info} shows them (only openid and unionid for a non-follower). */
    static ObjectNode userInfo(Json json, FakeUser u) {
        ObjectNode n = json.object();
        if (!u.subscribed()) {
            return n.put("subscribe", 0).put("openid", u.openid()).put("unionid", u.unionid());
        }
        n.put("subscribe", 1).put("openid", u.openid()).put("language", "zh_CN")
                .put("subscribe_time", u.subscribeTime().getEpochSecond()).put("unionid", u.unionid())
                .put("remark", u.remark()).put("groupid", 0);
        ArrayNode tags = n.putArray("tagid_list");
        u.tagIds().forEach(tags::add);
        n.put("subscribe_scene", u.subscribeScene());
        String scene = u.qrScene();
        boolean numeric = !scene.isEmpty() && scene.chars().allMatch(Character::isDigit) && scene.length() < 10;
        n.put("qr_scene", numeric ? Integer.parseInt(scene) : 0).put("qr_scene_str", numeric ? "" : scene);
        return n;
    }

    private Answer batchGet(Request r) {
        String appId = tokens.appIdFor(r);
        JsonNode list = r.json().get("user_list");
        if (list == null || !list.isArray() || list.isEmpty() || list.size() > 100) {
            throw new ApiError(40032, "invalid openid list size");
        }
        ObjectNode out = r.codec().object();
        ArrayNode infos = out.putArray("user_info_list");
        for (JsonNode item : list) {
            infos.add(userInfo(r.codec(), accounts.requireUser(appId, item.path("openid").asText(null))));
        }
        return Answer.json(out);
    }

    private Answer list(Request r) {
        String appId = tokens.appIdFor(r);
        List<FakeUser> followers = accounts.followers(appId);
        String next = r.query("next_openid");
        int start = 0;
        if (next != null && !next.isEmpty()) {
            accounts.requireUser(appId, next);
            start = indexAfter(followers, next);
        }
        List<FakeUser> page = followers.subList(start, Math.min(followers.size(), start + PAGE));
        ObjectNode out = r.codec().object().put("total", followers.size()).put("count", page.size());
        if (!page.isEmpty()) {
            ArrayNode ids = out.putObject("data").putArray("openid");
            page.forEach(u -> ids.add(u.openid()));
        }
        out.put("next_openid", page.isEmpty() ? "" : page.get(page.size() - 1).openid());
        return Answer.json(out);
    }

    private static int indexAfter(List<FakeUser> users, String openid) {
        for (int i = 0; i < users.size(); i++) {
            if (users.get(i).openid().equals(openid)) {
                return i + 1;
            }
        }
        return users.size();
    }

    private Answer updateRemark(Request r) {
        String appId = tokens.appIdFor(r);
        FakeUser u = accounts.requireUser(appId, r.json().path("openid").asText(null));
        String remark = r.json().path("remark").asText("");
        if (remark.codePointCount(0, remark.length()) >= 30) {
            throw new ApiError(47001, "data format error: remark must be under 30 characters");
        }
        u.remark(remark);
        return Answer.json(r.codec().object().put("errcode", 0).put("errmsg", "ok"));
    }
}
