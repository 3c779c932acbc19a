package io.wxkit.examples.admin.menu;

import io.wxkit.mp.menu.Button;
import io.wxkit.mp.menu.ButtonType;
import io.wxkit.mp.menu.Menu;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The editor's form: WeChat's grid of 3 top buttons with up to 5 sub-buttons each. Field names are
 * {@code t<i>.name|type|value} and {@code t<i>.s<j>.name|type|value}; a slot with neither name nor type is empty.
 * Types: {@code click} (value = key), {@code view} (value = URL) and, for top slots, {@code sub} (a sub-menu).
 */
record MenuForm(List<Slot> tops) {
    static final int TOPS = 3;
    static final int SUBS = 5;

    /** One button slot; {@code subs} is empty for sub-buttons. */
    record Slot(String name, String type, String value, List<Slot> subs) {
        boolean empty() {
            return name.isBlank() && type.isBlank();
        }
    }

    static MenuForm parse(Map<String, String> params) {
        List<Slot> tops = new ArrayList<>();
        for (int i = 0; i < TOPS; i++) {
            List<Slot> subs = new ArrayList<>();
            for (int j = 0; j < SUBS; j++) {
                subs.add(slot(params, "t" + i + ".s" + j, List.of()));
            }
            tops.add(slot(params, "t" + i, subs));
        }
        return new MenuForm(tops);
    }

    /** The form showing {@code menu} (click, view and sub-menus; other button types are not editable here). */
    static MenuForm of(Menu menu) {
        List<Slot> tops = new ArrayList<>();
        List<Button> buttons = menu == null ? List.of() : menu.buttons();
        for (int i = 0; i < TOPS; i++) {
            Button b = i < buttons.size() ? buttons.get(i) : null;
            List<Slot> subs = new ArrayList<>();
            for (int j = 0; j < SUBS; j++) {
                Button s = b != null && b.subButtons() != null && j < b.subButtons().size() ? b.subButtons().get(j) : null;
                subs.add(fromButton(s, List.of()));
            }
            tops.add(fromButton(b, subs));
        }
        return new MenuForm(tops);
    }

    static MenuForm empty() {
        return of(null);
    }

    private static Slot fromButton(Button b, List<Slot> subs) {
        if (b == null) {
            return new Slot("", "", "", subs);
        }
        if (b.isSubMenu()) {
            return new Slot(b.name(), "sub", "", subs);
        }
        if (b.type() == ButtonType.VIEW) {
            return new Slot(b.name(), "view", nonNull(b.url()), subs);
        }
        return new Slot(b.name(), "click", nonNull(b.key()), subs);
    }

    private static Slot slot(Map<String, String> params, String prefix, List<Slot> subs) {
        return new Slot(param(params, prefix + ".name"), param(params, prefix + ".type"),
                param(params, prefix + ".value"), subs);
    }

    private static String param(Map<String, String> params, String name) {
        return nonNull(params.get(name)).trim();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
