package io.wxkit.emulator.internal.mp.menu;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.internal.http.ApiError;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * WeChat's custom-menu validations (api-reference §4; error codes from the global return-code table):
 * 1–3 top buttons (40016), 1–5 sub-buttons (40023), known types (40017/40024), name ≤ 16 bytes top / ≤ 60 bytes
 * sub (40018/40025), key 1–128 bytes (40019/40026), url 1–1024 bytes (40020/40027).
 */
final class MenuRules {
    static final Set<String> KEY_TYPES = Set.of("click", "scancode_push", "scancode_waitmsg", "pic_sysphoto",
            "pic_photo_or_album", "pic_weixin", "location_select");
    private static final Set<String> TYPES = Set.of("click", "view", "scancode_push", "scancode_waitmsg",
            "pic_sysphoto", "pic_photo_or_album", "pic_weixin", "location_select", "media_id", "article_id",
            "article_view_limited", "view_limited", "miniprogram");

    private MenuRules() {
    }

    /**
     * Checks a {@code button} array.
     *
     * @throws ApiError with WeChat's code for the first broken rule
     */
    static void check(JsonNode buttons) {
        if (buttons == null || !buttons.isArray() || buttons.isEmpty() || buttons.size() > 3) {
            throw new ApiError(40016, "invalid button size");
        }
        for (JsonNode b : buttons) {
            JsonNode subs = b.get("sub_button");
            boolean container = subs != null && subs.isArray() && !subs.isEmpty();
            name(b, 16, 40018, "invalid button name size");
            if (container) {
                if (b.hasNonNull("type")) {
                    throw new ApiError(40017, "invalid button type");
                }
                if (subs.size() > 5) {
                    throw new ApiError(40023, "invalid sub button size");
                }
                for (JsonNode s : subs) {
                    name(s, 60, 40025, "invalid sub button name size");
                    leaf(s, 40024, 40026, 40027, "sub button");
                }
            } else {
                leaf(b, 40017, 40019, 40020, "button");
            }
        }
    }

    private static void name(JsonNode b, int maxBytes, int code, String msg) {
        int n = bytes(b.path("name").asText(""));
        if (n == 0 || n > maxBytes) {
            throw new ApiError(code, msg);
        }
    }

    private static void leaf(JsonNode b, int typeCode, int keyCode, int urlCode, String what) {
        String type = b.path("type").asText("");
        if (!TYPES.contains(type)) {
            throw new ApiError(typeCode, "invalid " + what + " type");
        }
        if (KEY_TYPES.contains(type)) {
            int n = bytes(b.path("key").asText(""));
            if (n == 0 || n > 128) {
                throw new ApiError(keyCode, "invalid " + what + " key size");
            }
        }
        if (type.equals("view") || type.equals("miniprogram")) {
            int n = bytes(b.path("url").asText(""));
            if (n == 0 || n > 1024) {
                throw new ApiError(urlCode, "invalid " + what + " url size");
            }
        }
        if (type.equals("miniprogram") && (b.path("appid").asText("").isEmpty()
                || b.path("pagepath").asText("").isEmpty())) {
            throw new ApiError(47001, "data format error");
        }
        if ((type.equals("media_id") || type.equals("view_limited")) && b.path("media_id").asText("").isEmpty()) {
            throw new ApiError(40007, "invalid media_id");
        }
        if (type.startsWith("article_") && b.path("article_id").asText("").isEmpty()) {
            throw new ApiError(47001, "data format error");
        }
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
