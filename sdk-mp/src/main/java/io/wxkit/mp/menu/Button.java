package io.wxkit.mp.menu;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.wxkit.mp.internal.Checks;
import java.util.List;

/**
 * One button of an Official Account custom menu ({@code button} / {@code sub_button} in WeChat's
 * JSON): either a leaf with a {@link ButtonType type}, or a parent holding 1–5 sub-buttons.
 *
 * <p>The constructor enforces WeChat's per-button limits so a bad menu fails before it is sent:
 * name non-blank and at most 60 UTF-8 bytes (the sub-button limit; {@link Menu} enforces 16 bytes
 * for top-level buttons), {@code key} at most 128 bytes and required for click-like types,
 * {@code url} at most 1024 bytes and required for {@code view} and {@code miniprogram}, and
 * {@code type} and {@code sub_button} mutually exclusive. Immutable and thread-safe.
 *
 * <pre>{@code
 * Button news = Button.click("News", "NEWS");
 * Button more = Button.subMenu("More", Button.view("Site", "https://example.com"));
 * }</pre>
 *
 * @param type the button type; null for a parent button
 * @param name the label shown in the menu bar
 * @param key the event key of click-like buttons
 * @param url the page of {@code view} buttons, the fallback page of {@code miniprogram} buttons
 * @param mediaId the permanent material of {@code media_id} / {@code view_limited} buttons
 * @param articleId the published article of {@code article_id} / {@code article_view_limited} buttons
 * @param appId the mini program of {@code miniprogram} buttons
 * @param pagePath the mini program page of {@code miniprogram} buttons
 * @param subButtons the sub-buttons of a parent button; empty for a leaf
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Button(
        @JsonProperty("type") ButtonType type,
        @JsonProperty("name") String name,
        @JsonProperty("key") String key,
        @JsonProperty("url") String url,
        @JsonProperty("media_id") String mediaId,
        @JsonProperty("article_id") String articleId,
        @JsonProperty("appid") String appId,
        @JsonProperty("pagepath") String pagePath,
        @JsonProperty("sub_button") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Button> subButtons) {

    static final int MAX_SUB_NAME_BYTES = 60;
    static final int MAX_KEY_BYTES = 128;
    static final int MAX_URL_BYTES = 1024;
    static final int MAX_SUB_BUTTONS = 5;

    /**
     * Validates the button against WeChat's limits.
     *
     * @param type the button type; null for a parent button
     * @param name the label shown in the menu bar
     * @param key the event key of click-like buttons
     * @param url the page of {@code view} buttons, the fallback page of {@code miniprogram} buttons
     * @param mediaId the permanent material of {@code media_id} / {@code view_limited} buttons
     * @param articleId the published article of {@code article_id} / {@code article_view_limited} buttons
     * @param appId the mini program of {@code miniprogram} buttons
     * @param pagePath the mini program page of {@code miniprogram} buttons
     * @param subButtons the sub-buttons of a parent button; empty for a leaf
     * @throws IllegalArgumentException if a limit is broken or a required field is missing
     * @throws NullPointerException if {@code name} is null
     */
    public Button {
        Checks.requireBytes(name, "button name", MAX_SUB_NAME_BYTES);
        subButtons = subButtons == null ? List.of() : List.copyOf(subButtons);
        Checks.maxBytes(key, "button key", MAX_KEY_BYTES);
        Checks.maxBytes(url, "button url", MAX_URL_BYTES);
        if (subButtons.isEmpty()) {
            requireLeafFields(type, name, key, url, mediaId, articleId, appId, pagePath);
        } else {
            requireParent(type, name, subButtons);
        }
    }

    /**
     * A {@code click} button: WeChat pushes a CLICK event carrying {@code key}.
     *
     * @param name the label; not blank, at most 60 UTF-8 bytes (16 for a top-level button, checked by {@link Menu})
     * @param key the {@code key} pushed back in the event; not blank, at most 128 UTF-8 bytes
     * @return the button
     * @throws IllegalArgumentException if a value is blank or too long
     * @throws NullPointerException if {@code name} is null
     */
    public static Button click(String name, String key) {
        return keyed(ButtonType.CLICK, name, key);
    }

    /**
     * A {@code view} button that opens {@code url}.
     *
     * @param name the label; not blank, at most 60 UTF-8 bytes (16 for a top-level button, checked by {@link Menu})
     * @param url the page; not blank, at most 1024 UTF-8 bytes
     * @return the button
     * @throws IllegalArgumentException if a value is blank or too long
     * @throws NullPointerException if {@code name} is null
     */
    public static Button view(String name, String url) {
        return new Button(ButtonType.VIEW, name, null, url, null, null, null, null, List.of());
    }

    /**
     * A {@code miniprogram} button; {@code url} opens on clients without mini program support.
     *
     * @param name the label; not blank, at most 60 UTF-8 bytes (16 for a top-level button, checked by {@link Menu})
     * @param url the page opened instead; not blank, at most 1024 UTF-8 bytes
     * @param appId the mini program's appId ({@code appid}), bound to the account; not blank
     * @param pagePath the page ({@code pagepath}); not blank
     * @return the button
     * @throws IllegalArgumentException if a value is blank or too long
     * @throws NullPointerException if {@code name} is null
     */
    public static Button miniProgram(String name, String url, String appId, String pagePath) {
        return new Button(ButtonType.MINIPROGRAM, name, null, url, null, null, appId, pagePath, List.of());
    }

    /**
     * A {@code scancode_push} button.
     *
     * @param name the label; not blank, at most 60 UTF-8 bytes (16 for a top-level button, checked by {@link Menu})
     * @param key the {@code key} pushed back in the event; not blank, at most 128 UTF-8 bytes
     * @return the button
     * @throws IllegalArgumentException if a value is blank or too long
     * @throws NullPointerException if {@code name} is null
     */
    public static Button scanCodePush(String name, String key) {
        return keyed(ButtonType.SCANCODE_PUSH, name, key);
    }

    /**
     * A {@code scancode_waitmsg} button.
     *
     * @param name the label; not blank, at most 60 UTF-8 bytes (16 for a top-level button, checked by {@link Menu})
     * @param key the {@code key} pushed back in the event; not blank, at most 128 UTF-8 bytes
     * @return the button
     * @throws IllegalArgumentException if a value is blank or too long
     * @throws NullPointerException if {@code name} is null
     */
    public static Button scanCodeWaitMsg(String name, String key) {
        return keyed(ButtonType.SCANCODE_WAITMSG, name, key);
    }

    /**
     * A {@code pic_sysphoto} button.
     *
     * @param name the label; not blank, at most 60 UTF-8 bytes (16 for a top-level button, checked by {@link Menu})
     * @param key the {@code key} pushed back in the event; not blank, at most 128 UTF-8 bytes
     * @return the button
     * @throws IllegalArgumentException if a value is blank or too long
     * @throws NullPointerException if {@code name} is null
     */
    public static Button picSysPhoto(String name, String key) {
        return keyed(ButtonType.PIC_SYSPHOTO, name, key);
    }

    /**
     * A {@code pic_photo_or_album} button.
     *
     * @param name the label; not blank, at most 60 UTF-8 bytes (16 for a top-level button, checked by {@link Menu})
     * @param key the {@code key} pushed back in the event; not blank, at most 128 UTF-8 bytes
     * @return the button
     * @throws IllegalArgumentException if a value is blank or too long
     * @throws NullPointerException if {@code name} is null
     */
    public static Button picPhotoOrAlbum(String name, String key) {
        return keyed(ButtonType.PIC_PHOTO_OR_ALBUM, name, key);
    }

    /**
     * A {@code pic_weixin} button.
     *
     * @param name the label; not blank, at most 60 UTF-8 bytes (16 for a top-level button, checked by {@link Menu})
     * @param key the {@code key} pushed back in the event; not blank, at most 128 UTF-8 bytes
     * @return the button
     * @throws IllegalArgumentException if a value is blank or too long
     * @throws NullPointerException if {@code name} is null
     */
    public static Button picWeixin(String name, String key) {
        return keyed(ButtonType.PIC_WEIXIN, name, key);
    }

    /**
     * A {@code location_select} button.
     *
     * @param name the label; not blank, at most 60 UTF-8 bytes (16 for a top-level button, checked by {@link Menu})
     * @param key the {@code key} pushed back in the event; not blank, at most 128 UTF-8 bytes
     * @return the button
     * @throws IllegalArgumentException if a value is blank or too long
     * @throws NullPointerException if {@code name} is null
     */
    public static Button locationSelect(String name, String key) {
        return keyed(ButtonType.LOCATION_SELECT, name, key);
    }

    /**
     * A {@code media_id} button that sends the permanent material {@code mediaId}.
     *
     * @param name the label; not blank, at most 60 UTF-8 bytes (16 for a top-level button, checked by {@link Menu})
     * @param mediaId the permanent material's {@code media_id}; not blank
     * @return the button
     * @throws IllegalArgumentException if a value is blank or too long
     * @throws NullPointerException if {@code name} is null
     */
    public static Button media(String name, String mediaId) {
        return new Button(ButtonType.MEDIA_ID, name, null, null, mediaId, null, null, null, List.of());
    }

    /**
     * An {@code article_id} button that sends the published article as a card.
     *
     * @param name the label; not blank, at most 60 UTF-8 bytes (16 for a top-level button, checked by {@link Menu})
     * @param articleId the {@code article_id} from {@code mp.freepublish()}; not blank
     * @return the button
     * @throws IllegalArgumentException if a value is blank or too long
     * @throws NullPointerException if {@code name} is null
     */
    public static Button article(String name, String articleId) {
        return new Button(ButtonType.ARTICLE_ID, name, null, null, null, articleId, null, null, List.of());
    }

    /**
     * An {@code article_view_limited} button that opens the published article.
     *
     * @param name the label; not blank, at most 60 UTF-8 bytes (16 for a top-level button, checked by {@link Menu})
     * @param articleId the {@code article_id} from {@code mp.freepublish()}; not blank
     * @return the button
     * @throws IllegalArgumentException if a value is blank or too long
     * @throws NullPointerException if {@code name} is null
     */
    public static Button articleView(String name, String articleId) {
        return new Button(ButtonType.ARTICLE_VIEW_LIMITED, name, null, null, null, articleId, null, null, List.of());
    }

    /**
     * A {@code view_limited} button (deprecated by WeChat in favour of {@link #articleView}).
     *
     * @param name the label; not blank, at most 60 UTF-8 bytes (16 for a top-level button, checked by {@link Menu})
     * @param mediaId the permanent news material's {@code media_id}; not blank
     * @return the button
     * @throws IllegalArgumentException if a value is blank or too long
     * @throws NullPointerException if {@code name} is null
     * @deprecated WeChat replaced it with {@code article_view_limited}
     */
    @Deprecated
    public static Button viewLimited(String name, String mediaId) {
        return new Button(ButtonType.VIEW_LIMITED, name, null, null, mediaId, null, null, null, List.of());
    }

    /**
     * A parent button that opens 1–5 {@code subButtons}, which must be leaves.
     *
     * @param name the label; not blank, at most 60 UTF-8 bytes (16 for a top-level button, checked by {@link Menu})
     * @param subButtons 1..5 leaf buttons, in display order
     * @return the parent button
     * @throws IllegalArgumentException if {@code name} is blank or too long, or {@code subButtons} has
     *     fewer than 1 or more than 5 entries or one of them is a parent
     * @throws NullPointerException if {@code name} or a sub-button is null
     */
    public static Button subMenu(String name, Button... subButtons) {
        return new Button(null, name, null, null, null, null, null, null, List.of(subButtons));
    }

    /**
     * Whether this is a parent button holding sub-buttons.
     *
     * @return true if {@code sub_button} is not empty (then {@code type} is null)
     */
    @JsonIgnore
    public boolean isSubMenu() {
        return !subButtons.isEmpty();
    }

    private static Button keyed(ButtonType type, String name, String key) {
        return new Button(type, name, key, null, null, null, null, null, List.of());
    }

    private static void requireParent(ButtonType type, String name, List<Button> subButtons) {
        if (type != null) {
            throw new IllegalArgumentException("button '" + name + "' has both a type and sub_button; WeChat allows one");
        }
        Checks.requireSize(subButtons, "sub_button of '" + name + "'", 1, MAX_SUB_BUTTONS);
        for (Button sub : subButtons) {
            if (sub.isSubMenu()) {
                throw new IllegalArgumentException("sub-button '" + sub.name() + "' has sub-buttons; menus are two levels deep");
            }
        }
    }

    private static void requireLeafFields(ButtonType type, String name, String key, String url, String mediaId,
            String articleId, String appId, String pagePath) {
        if (type == null) {
            throw new IllegalArgumentException("button '" + name + "' needs a type or 1-5 sub-buttons");
        }
        if (type.needsKey()) {
            require(key, "key", type, name);
        }
        switch (type) {
            case VIEW -> require(url, "url", type, name);
            case MINIPROGRAM -> {
                require(url, "url", type, name);
                require(appId, "appid", type, name);
                require(pagePath, "pagepath", type, name);
            }
            case MEDIA_ID, VIEW_LIMITED -> require(mediaId, "media_id", type, name);
            case ARTICLE_ID, ARTICLE_VIEW_LIMITED -> require(articleId, "article_id", type, name);
            default -> { }
        }
    }

    private static void require(String value, String field, ButtonType type, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(type.wireName() + " button '" + name + "' requires " + field);
        }
    }
}
