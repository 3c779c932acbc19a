package io.wxkit.mp.menu;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code type} of a custom-menu button, as WeChat names it. {@link #UNKNOWN} stands for a type
 * WeChat introduced after this SDK was built; such a button can be read but not created.
 */
public enum ButtonType {
    /** Sends a CLICK event with the button's key. */
    CLICK("click"),
    /** Opens a web page. */
    VIEW("view"),
    /** Opens a mini program page (url is the fallback for old clients). */
    MINIPROGRAM("miniprogram"),
    /** Opens the scanner and pushes the scan result event. */
    SCANCODE_PUSH("scancode_push"),
    /** Opens the scanner, pushes the event and shows "receiving message". */
    SCANCODE_WAITMSG("scancode_waitmsg"),
    /** Opens the camera. */
    PIC_SYSPHOTO("pic_sysphoto"),
    /** Lets the user take a photo or pick one from the album. */
    PIC_PHOTO_OR_ALBUM("pic_photo_or_album"),
    /** Opens the WeChat album picker. */
    PIC_WEIXIN("pic_weixin"),
    /** Opens the location picker. */
    LOCATION_SELECT("location_select"),
    /** Sends a permanent material (media_id) to the user. */
    MEDIA_ID("media_id"),
    /** Sends a published article (article_id) as a card. */
    ARTICLE_ID("article_id"),
    /** Opens a published article (article_id) as a page. */
    ARTICLE_VIEW_LIMITED("article_view_limited"),
    /** Deprecated by WeChat: opens a permanent news material (media_id). */
    VIEW_LIMITED("view_limited"),
    /** A type this SDK does not know yet (read only). */
    UNKNOWN("unknown");

    private final String wireName;

    ButtonType(String wireName) {
        this.wireName = wireName;
    }

    /**
     * The name WeChat uses on the wire, e.g. {@code scancode_push}.
     *
     * @return the {@code type} value, e.g. {@code click}
     */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    /**
     * The type for a wire name; {@link #UNKNOWN} for names this SDK does not know.
     *
     * @param wireName the {@code type} value as read from WeChat, possibly null
     * @return the matching constant, or {@link #UNKNOWN}
     */
    @JsonCreator
    public static ButtonType fromWireName(String wireName) {
        for (ButtonType type : values()) {
            if (type.wireName.equals(wireName)) {
                return type;
            }
        }
        return UNKNOWN;
    }

    boolean needsKey() {
        return this == CLICK || this == SCANCODE_PUSH || this == SCANCODE_WAITMSG || this == PIC_SYSPHOTO
                || this == PIC_PHOTO_OR_ALBUM || this == PIC_WEIXIN || this == LOCATION_SELECT;
    }
}
