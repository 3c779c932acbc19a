package io.wxkit.mp.menu;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The menu the account currently shows ({@code get_current_selfmenu_info}), whether it was set
 * through the API or on the WeChat admin site. Read-only and lenient: the admin site uses types the
 * API cannot create ({@code text}, {@code img}, {@code voice}, {@code video}, {@code news}), so the
 * button type stays WeChat's raw string.
 *
 * @param menuOpen whether the menu is switched on ({@code is_menu_open} = 1)
 * @param buttons the top-level buttons
 */
public record SelfMenuInfo(boolean menuOpen, List<SelfMenuButton> buttons) {

    /**
     * Copies the list.
     *
     * @param menuOpen whether the menu is switched on ({@code is_menu_open} = 1)
     * @param buttons the top-level buttons
     */
    public SelfMenuInfo {
        buttons = List.copyOf(buttons);
    }

    /**
     * One button of the current menu.
     *
     * @param type WeChat's type string ({@code click}, {@code view}, {@code text}, {@code news}, ...); null for parents
     * @param name the label
     * @param key the click key (API menus)
     * @param url the link ({@code view})
     * @param value text, media id or video link (admin-site menus; meaning depends on type)
     * @param appId the mini program ({@code miniprogram})
     * @param pagePath the mini program page ({@code miniprogram})
     * @param subButtons the sub-buttons of a parent button; empty for a leaf
     */
    public record SelfMenuButton(String type, String name, String key, String url, String value, String appId,
            String pagePath, List<SelfMenuButton> subButtons) {

        /**
         * Copies the list; a missing list becomes empty.
         *
         * @param type WeChat's type string ({@code click}, {@code view}, {@code text}, {@code news}, ...); null for parents
         * @param name the label
         * @param key the click key (API menus)
         * @param url the link ({@code view})
         * @param value text, media id or video link (admin-site menus; meaning depends on type)
         * @param appId the mini program ({@code miniprogram})
         * @param pagePath the mini program page ({@code miniprogram})
         * @param subButtons the sub-buttons of a parent button; empty for a leaf
         */
        public SelfMenuButton {
            subButtons = subButtons == null ? List.of() : List.copyOf(subButtons);
        }
    }

    /** The wire shape: {@code sub_button} is an object holding {@code list}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Wire(@JsonProperty("is_menu_open") int isMenuOpen, @JsonProperty("selfmenu_info") Info info) {
        SelfMenuInfo toInfo() {
            return new SelfMenuInfo(isMenuOpen == 1,
                    info == null || info.button() == null ? List.of() : info.button().stream().map(WireButton::toButton).toList());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Info(@JsonProperty("button") List<WireButton> button) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record WireButton(@JsonProperty("type") String type, @JsonProperty("name") String name,
            @JsonProperty("key") String key, @JsonProperty("url") String url, @JsonProperty("value") String value,
            @JsonProperty("appid") String appId, @JsonProperty("pagepath") String pagePath,
            @JsonProperty("sub_button") SubButtons subButton) {
        SelfMenuButton toButton() {
            List<SelfMenuButton> subs = subButton == null || subButton.list() == null
                    ? List.of() : subButton.list().stream().map(WireButton::toButton).toList();
            return new SelfMenuButton(type, name, key, url, value, appId, pagePath, subs);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SubButtons(@JsonProperty("list") List<WireButton> list) {
    }
}
