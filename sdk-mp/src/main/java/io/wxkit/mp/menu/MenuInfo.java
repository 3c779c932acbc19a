package io.wxkit.mp.menu;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The menus created through the API ({@code menu/get}): the default menu and every conditional
 * menu with its {@code menuid} and match rule.
 *
 * @param defaultMenu the default menu; null if none was created through the API
 * @param conditionalMenus the conditional menus, newest last as WeChat lists them
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MenuInfo(
        @JsonProperty("menu") Menu defaultMenu,
        @JsonProperty("conditionalmenu") List<Menu> conditionalMenus) {

    /**
     * Copies the list; a missing list becomes empty.
     *
     * @param defaultMenu the default menu; null if none was created through the API
     * @param conditionalMenus the conditional menus, newest last as WeChat lists them
     */
    public MenuInfo {
        conditionalMenus = conditionalMenus == null ? List.of() : List.copyOf(conditionalMenus);
    }
}
