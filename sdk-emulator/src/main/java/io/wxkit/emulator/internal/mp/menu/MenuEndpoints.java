package io.wxkit.emulator.internal.mp.menu;

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

/**
 * Custom menu endpoints: {@code menu/create|get|delete|addconditional|delconditional|trymatch} and
 * {@code get_current_selfmenu_info}, plus the control call {@code GET /emulator/users/{openid}/menu}.
 */
public final class MenuEndpoints {
    private final Accounts accounts;
    private final Tokens tokens;
    private final Menus menus;

    public MenuEndpoints(Accounts accounts, Tokens tokens, Menus menus) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.menus = menus;
    }

    /** Registers the routes. */
    public void routes(Router router) {
        router.post("/cgi-bin/menu/create", this::create);
        router.get("/cgi-bin/menu/get", this::get);
        router.get("/cgi-bin/menu/delete", this::delete);
        router.get("/cgi-bin/get_current_selfmenu_info", this::selfMenuInfo);
        router.post("/cgi-bin/menu/addconditional", this::addConditional);
        router.post("/cgi-bin/menu/delconditional", this::delConditional);
        router.post("/cgi-bin/menu/trymatch", this::tryMatch);
        router.get("/emulator/users/{openid}/menu", this::userMenu);
    }

    private Answer create(Request r) {
        String appId = tokens.appIdFor(r);
        JsonNode buttons = r.json().get("button");
        MenuRules.check(buttons);
        menus.create(appId, buttons);
        return ok(r);
    }

    private Answer get(Request r) {
        String appId = tokens.appIdFor(r);
        JsonNode buttons = menus.defaultButtons(appId);
        if (buttons == null) {
            throw new ApiError(46003, "menu no exist");
        }
        Json json = r.codec();
        ObjectNode out = json.object();
        out.putObject("menu").<ObjectNode>set("button", buttons.deepCopy()).put("menuid", menus.defaultMenuid(appId));
        if (!menus.conditionals(appId).isEmpty()) {
            ArrayNode cond = out.putArray("conditionalmenu");
            for (Menus.Conditional c : menus.conditionals(appId)) {
                cond.addObject().<ObjectNode>set("button", c.buttons().deepCopy())
                        .<ObjectNode>set("matchrule", c.matchrule().deepCopy()).put("menuid", c.menuid());
            }
        }
        return Answer.json(out);
    }

    private Answer delete(Request r) {
        menus.delete(tokens.appIdFor(r));
        return ok(r);
    }

    private Answer selfMenuInfo(Request r) {
        String appId = tokens.appIdFor(r);
        JsonNode buttons = menus.defaultButtons(appId);
        ObjectNode out = r.codec().object().put("is_menu_open", buttons == null ? 0 : 1);
        ArrayNode list = out.putObject("selfmenu_info").putArray("button");
        if (buttons != null) {
            for (JsonNode b : buttons) {
                ObjectNode copy = b.deepCopy();
                JsonNode subs = copy.remove("sub_button");
                if (subs != null && subs.isArray() && !subs.isEmpty()) {
                    copy.putObject("sub_button").set("list", subs);
                }
                list.add(copy);
            }
        }
        return Answer.json(out);
    }

    private Answer addConditional(Request r) {
        String appId = tokens.appIdFor(r);
        JsonNode buttons = r.json().get("button");
        MenuRules.check(buttons);
        JsonNode rule = r.json().get("matchrule");
        if (rule == null || !rule.isObject() || rule.isEmpty()) {
            throw new ApiError(65304, "match rule empty");
        }
        long id = menus.addConditional(appId, buttons, rule);
        if (id < 0) {
            throw new ApiError(65303, "there is no selfmenu, please create selfmenu first");
        }
        return Answer.json(r.codec().object().put("menuid", Long.toString(id)));
    }

    private Answer delConditional(Request r) {
        String appId = tokens.appIdFor(r);
        long id = r.json().path("menuid").asLong(-1);
        if (!menus.deleteConditional(appId, id)) {
            throw new ApiError(65301, "there is no such menuid");
        }
        return ok(r);
    }

    private Answer tryMatch(Request r) {
        String appId = tokens.appIdFor(r);
        FakeUser user = accounts.requireUser(appId, r.json().path("user_id").asText(null));
        JsonNode buttons = menus.effectiveButtons(user);
        if (buttons == null) {
            throw new ApiError(46003, "menu no exist");
        }
        return Answer.json(r.codec().object().set("button", buttons.deepCopy()));
    }

    private Answer userMenu(Request r) {
        FakeUser user = accounts.requireControlUser(r.pathParam("openid"));
        JsonNode buttons = menus.effectiveButtons(user);
        return Answer.json(r.codec().object().set("button", buttons == null ? r.codec().array() : buttons.deepCopy()));
    }

    private static Answer ok(Request r) {
        return Answer.json(r.codec().object().put("errcode", 0).put("errmsg", "ok"));
    }
}
