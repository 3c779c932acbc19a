package io.wxkit.emulator.internal.mp.user;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.internal.account.Accounts;
import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.ApiError;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Resettable;
import io.wxkit.emulator.internal.http.Router;
import io.wxkit.emulator.internal.mp.token.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The blacklist (api-reference §6): {@code tags/members/getblacklist} pages from {@code begin_openid} (≤ 10 000
 * per page, in the order users were blocked), {@code batchblacklist|batchunblacklist} take 1–20 openids of the
 * account (40032 for another size, 40003 for an openid that is not the account's; nothing changes then).
 * Thread-safe.
 */
public final class BlacklistEndpoints implements Resettable {
    static final int MAX_BATCH = 20;
    private final Accounts accounts;
    private final Tokens tokens;
    private final Map<String, Set<String>> blocked = new HashMap<>();

    public BlacklistEndpoints(Accounts accounts, Tokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    /** Registers the routes. */
    public void routes(Router router) {
        router.post("/cgi-bin/tags/members/getblacklist", this::list);
        router.post("/cgi-bin/tags/members/batchblacklist", r -> batch(r, true));
        router.post("/cgi-bin/tags/members/batchunblacklist", r -> batch(r, false));
    }

    private Answer list(Request r) {
        String appId = tokens.appIdFor(r);
        List<String> all;
        synchronized (this) {
            all = new ArrayList<>(blocked.getOrDefault(appId, Set.of()));
        }
        String begin = r.json().path("begin_openid").asText("");
        int start = 0;
        if (!begin.isEmpty()) {
            start = all.indexOf(begin) + 1;
            if (start == 0) {
                throw new ApiError(40003, "invalid openid");
            }
        }
        return Answer.json(OpenidPages.write(r.codec().object().put("total", all.size()), all, start));
    }

    private Answer batch(Request r, boolean block) {
        String appId = tokens.appIdFor(r);
        JsonNode list = r.json().get("openid_list");
        if (list == null || !list.isArray() || list.isEmpty() || list.size() > MAX_BATCH) {
            throw new ApiError(40032, "invalid openid list size");
        }
        List<String> openids = new ArrayList<>();
        for (JsonNode o : list) {
            openids.add(accounts.requireUser(appId, o.asText()).openid());
        }
        synchronized (this) {
            Set<String> set = blocked.computeIfAbsent(appId, k -> new LinkedHashSet<>());
            if (block) {
                set.addAll(openids);
            } else {
                openids.forEach(set::remove);
            }
        }
        return Answer.json(r.codec().object().put("errcode", 0).put("errmsg", "ok"));
    }

    @Override
    public synchronized void reset() {
        blocked.clear();
    }
}
