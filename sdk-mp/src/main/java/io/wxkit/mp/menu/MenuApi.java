package io.wxkit.mp.menu;

import io.wxkit.core.http.ApiClient;
import io.wxkit.core.http.ApiRequest;
import io.wxkit.mp.internal.Checks;
import io.wxkit.mp.internal.MpCalls;
import java.util.Map;
import java.util.Objects;

/**
 * The custom menu APIs (自定义菜单) of one Official Account: the default menu and conditional
 * (personalized) menus.
 *
 * <pre>{@code
 * mp.menu().create(Menu.of(Button.click("News", "NEWS"), Button.view("Site", "https://example.com")));
 * MenuInfo menus = mp.menu().get();
 * }</pre>
 *
 * <p>Stateless and thread-safe; obtain it from {@code mp.menu()}. Every method blocks for one
 * WeChat call and throws {@link io.wxkit.core.http.WxApiException} when WeChat answers an errcode
 * (e.g. 40016–40019 for a menu WeChat rejects, 46003 when no menu exists) or cannot be reached.
 */
public final class MenuApi {
    private final MpCalls context;

    /**
     * This API over {@code api}; users call {@code mp.menu()}, which passes its account's pipeline.
     *
     * @param api the account's call pipeline, with access tokens attached
     * @throws NullPointerException if {@code api} is null
     */
    public MenuApi(ApiClient api) {
        this.context = new MpCalls(api);
    }

    /**
     * Creates (replaces) the default menu: {@code POST cgi-bin/menu/create}. Replacing is
     * idempotent, so a lost answer is retried.
     *
     * @param menu the menu, without match rule; not null
     * @throws IllegalArgumentException if the menu has a match rule or a button of unknown type
     * @throws NullPointerException if {@code menu} is null
     */
    public void create(Menu menu) {
        requireCreatable(menu);
        if (menu.matchRule() != null) {
            throw new IllegalArgumentException("a menu with a matchrule is a conditional menu: use addConditional(..)");
        }
        context.execute(ApiRequest.post("cgi-bin/menu/create").json(menu).asIdempotent());
    }

    /**
     * The menus created through the API, default and conditional: {@code GET cgi-bin/menu/get}.
     *
     * @return the default menu ({@code menu}) and the conditional menus ({@code conditionalmenu})
     * @throws io.wxkit.core.http.WxApiException 46003 if no menu was created through the API
     */
    public MenuInfo get() {
        return context.call(ApiRequest.get("cgi-bin/menu/get"), MenuInfo.class);
    }

    /**
     * The menu the account shows now, however it was set (API or admin site):
     * {@code GET cgi-bin/get_current_selfmenu_info}.
     *
     * @return whether the menu is on and its buttons, with WeChat's raw type strings
     */
    public SelfMenuInfo current() {
        return context.call(ApiRequest.get("cgi-bin/get_current_selfmenu_info"), SelfMenuInfo.Wire.class).toInfo();
    }

    /** Deletes the default menu and every conditional menu: {@code GET cgi-bin/menu/delete}. */
    public void delete() {
        context.execute(ApiRequest.get("cgi-bin/menu/delete"));
    }

    /**
     * Adds a conditional menu and returns its {@code menuid}: {@code POST cgi-bin/menu/addconditional}.
     * A default menu must exist first.
     *
     * @param menu the menu with a match rule on a tag and/or platform; not null
     * @return the {@code menuid}, for {@link #deleteConditional}
     * @throws IllegalArgumentException if the menu has no match rule, a rule WeChat no longer
     *     accepts (sex, region, language), or a button of unknown type
     * @throws NullPointerException if {@code menu} is null
     */
    public String addConditional(Menu menu) {
        requireCreatable(menu);
        if (menu.matchRule() == null || !menu.matchRule().isCreatable()) {
            throw new IllegalArgumentException("a conditional menu needs a matchrule on tag_id and/or"
                    + " client_platform_type (Menu.withMatchRule(..))");
        }
        return context.text(ApiRequest.post("cgi-bin/menu/addconditional").json(menu), "menuid");
    }

    /**
     * Deletes the conditional menu {@code menuId}: {@code POST cgi-bin/menu/delconditional}.
     *
     * @param menuId the {@code menuid} returned by {@link #addConditional}; not blank
     * @throws NullPointerException if {@code menuId} is null
     * @throws IllegalArgumentException if {@code menuId} is blank
     */
    public void deleteConditional(String menuId) {
        Checks.requireText(menuId, "menuid");
        context.execute(ApiRequest.post("cgi-bin/menu/delconditional").json(Map.of("menuid", menuId)).asIdempotent());
    }

    /**
     * The menu a follower would see: {@code POST cgi-bin/menu/trymatch}.
     *
     * @param userId the follower's openid or WeChat id
     * @return the menu that follower sees (its {@code button} list; no {@code menuid})
     * @throws NullPointerException if {@code userId} is null
     * @throws IllegalArgumentException if {@code userId} is blank
     */
    public Menu tryMatch(String userId) {
        Checks.requireText(userId, "user_id");
        return context.call(ApiRequest.post("cgi-bin/menu/trymatch").json(Map.of("user_id", userId)).asIdempotent(),
                Menu.class);
    }

    private static void requireCreatable(Menu menu) {
        Objects.requireNonNull(menu, "menu");
        if (!menu.isCreatable()) {
            throw new IllegalArgumentException("the menu holds a button type this SDK cannot send (read from WeChat)");
        }
    }
}
