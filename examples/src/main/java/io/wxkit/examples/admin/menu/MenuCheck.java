package io.wxkit.examples.admin.menu;

import io.wxkit.examples.admin.menu.MenuForm.Slot;
import io.wxkit.mp.menu.Button;
import io.wxkit.mp.menu.Menu;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * WeChat's custom-menu limits, checked field by field before publishing so the page can say what is wrong next
 * to the field: 1–3 top buttons, 1–5 sub-buttons in a sub-menu, names ≤ 16 bytes (top) / 60 bytes (sub) in UTF-8,
 * {@code key} ≤ 128 bytes, {@code url} ≤ 1024 bytes and http(s). sdk-mp's {@link Menu}/{@link Button} check the same
 * limits again when the menu is built (and name the field in their message).
 */
final class MenuCheck {
    static final int TOP_NAME_BYTES = 16;
    static final int SUB_NAME_BYTES = 60;
    static final int KEY_BYTES = 128;
    static final int URL_BYTES = 1024;

    private final Map<String, String> errors = new LinkedHashMap<>();

    /** The field errors of {@code form}, keyed by field name; empty when it can be published. */
    static Map<String, String> errors(MenuForm form) {
        MenuCheck check = new MenuCheck();
        check.run(form);
        return check.errors;
    }

    /** The menu of a form that passed {@link #errors}. */
    static Menu build(MenuForm form) {
        List<Button> tops = new ArrayList<>();
        for (Slot top : form.tops()) {
            if (top.empty()) {
                continue;
            }
            if (top.type().equals("sub")) {
                Button[] subs = top.subs().stream().filter(s -> !s.empty()).map(MenuCheck::button).toArray(Button[]::new);
                tops.add(Button.subMenu(top.name(), subs));
            } else {
                tops.add(button(top));
            }
        }
        return Menu.of(tops);
    }

    private static Button button(Slot slot) {
        return slot.type().equals("view") ? Button.view(slot.name(), slot.value()) : Button.click(slot.name(), slot.value());
    }

    private void run(MenuForm form) {
        int used = 0;
        for (int i = 0; i < form.tops().size(); i++) {
            Slot top = form.tops().get(i);
            if (top.empty()) {
                continue;
            }
            used++;
            String field = "t" + i;
            name(field, top, TOP_NAME_BYTES);
            switch (top.type()) {
                case "sub" -> subs(field, top);
                case "click", "view" -> value(field, top);
                default -> errors.put(field + ".type", "请选择类型 Choose a type");
            }
        }
        if (used == 0) {
            errors.put("menu", "至少需要一个菜单按钮 A menu needs at least one button");
        }
    }

    private void subs(String field, Slot top) {
        int used = 0;
        for (int j = 0; j < top.subs().size(); j++) {
            Slot sub = top.subs().get(j);
            if (sub.empty()) {
                continue;
            }
            used++;
            String subField = field + ".s" + j;
            name(subField, sub, SUB_NAME_BYTES);
            if (sub.type().equals("click") || sub.type().equals("view")) {
                value(subField, sub);
            } else {
                errors.put(subField + ".type", "请选择类型 Choose a type");
            }
        }
        if (used == 0) {
            errors.put(field + ".type", "子菜单需要 1–5 个子按钮 A sub-menu needs 1–5 sub-buttons");
        }
    }

    private void name(String field, Slot slot, int maxBytes) {
        int bytes = slot.name().getBytes(StandardCharsets.UTF_8).length;
        if (bytes == 0) {
            errors.put(field + ".name", "请填写名称 Name required");
        } else if (bytes > maxBytes) {
            errors.put(field + ".name", "名称最多 " + maxBytes + " 字节（汉字 3 字节），现在 " + bytes
                    + " Name is " + bytes + " bytes, at most " + maxBytes);
        }
    }

    private void value(String field, Slot slot) {
        int bytes = slot.value().getBytes(StandardCharsets.UTF_8).length;
        if (slot.type().equals("click")) {
            if (bytes == 0 || bytes > KEY_BYTES) {
                errors.put(field + ".value", "key 需要 1–" + KEY_BYTES + " 字节 key needs 1–" + KEY_BYTES + " bytes");
            }
        } else if (!(slot.value().startsWith("http://") || slot.value().startsWith("https://"))) {
            errors.put(field + ".value", "网址需以 http:// 或 https:// 开头 URL must start with http:// or https://");
        } else if (bytes > URL_BYTES) {
            errors.put(field + ".value", "网址最多 " + URL_BYTES + " 字节 URL at most " + URL_BYTES + " bytes");
        }
    }
}
