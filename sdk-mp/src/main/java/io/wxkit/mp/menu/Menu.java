package io.wxkit.mp.menu;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.wxkit.mp.internal.Checks;
import java.util.List;
import java.util.Objects;

/**
 * An Official Account custom menu: 1–3 top-level {@link Button buttons}, plus a {@link MatchRule}
 * when it is a conditional (personalized) menu.
 *
 * <p>The constructor enforces the menu-level limits (1–3 top buttons, top-level names at most 16
 * UTF-8 bytes); each {@link Button} enforces its own. Immutable and thread-safe.
 *
 * <pre>{@code
 * Menu menu = Menu.of(Button.click("News", "NEWS"), Button.view("Site", "https://example.com"));
 * mp.menu().create(menu);
 * }</pre>
 *
 * @param buttons the top-level buttons, in display order
 * @param matchRule who sees this menu; null for the default menu
 * @param menuId the id WeChat gave a conditional menu; only ever read from WeChat, never sent
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Menu(
        @JsonProperty("button") List<Button> buttons,
        @JsonProperty("matchrule") MatchRule matchRule,
        @JsonProperty(value = "menuid", access = JsonProperty.Access.WRITE_ONLY) String menuId) {

    static final int MAX_TOP_BUTTONS = 3;
    static final int MAX_TOP_NAME_BYTES = 16;

    /**
     * Validates the menu-level limits.
     *
     * @param buttons the top-level buttons, in display order
     * @param matchRule who sees this menu; null for the default menu
     * @param menuId the id WeChat gave a conditional menu; only ever read from WeChat, never sent
     * @throws IllegalArgumentException if there are not 1–3 top buttons or a top name is too long
     * @throws NullPointerException if {@code buttons} is null
     */
    public Menu {
        buttons = List.copyOf(Checks.requireSize(Objects.requireNonNull(buttons, "button"), "button", 1, MAX_TOP_BUTTONS));
        for (Button button : buttons) {
            Checks.requireBytes(button.name(), "top-level button name", MAX_TOP_NAME_BYTES);
        }
    }

    /**
     * The default menu made of {@code buttons}.
     *
     * @param buttons 1..3 top-level buttons, in display order; names at most 16 UTF-8 bytes
     * @return the menu
     * @throws IllegalArgumentException if there are not 1..3 buttons or a top-level name is too long
     * @throws NullPointerException if {@code buttons} or one of them is null
     */
    public static Menu of(Button... buttons) {
        return new Menu(List.of(buttons), null, null);
    }

    /**
     * The default menu made of {@code buttons}.
     *
     * @param buttons 1..3 top-level buttons, in display order; names at most 16 UTF-8 bytes
     * @return the menu
     * @throws IllegalArgumentException if there are not 1..3 buttons or a top-level name is too long
     * @throws NullPointerException if {@code buttons} or one of them is null
     */
    public static Menu of(List<Button> buttons) {
        return new Menu(buttons, null, null);
    }

    /**
     * This menu as a conditional menu shown to the followers {@code rule} matches.
     *
     * @param rule the match rule; not null
     * @return a copy with {@code matchrule} set, for {@link MenuApi#addConditional}
     * @throws NullPointerException if {@code rule} is null
     */
    public Menu withMatchRule(MatchRule rule) {
        return new Menu(buttons, Objects.requireNonNull(rule, "rule"), null);
    }

    /** Whether this menu only holds button types this SDK can send (no {@link ButtonType#UNKNOWN}). */
    @JsonIgnore
    boolean isCreatable() {
        return buttons.stream()
                .flatMap(b -> b.isSubMenu() ? b.subButtons().stream() : java.util.stream.Stream.of(b))
                .noneMatch(b -> b.type() == ButtonType.UNKNOWN);
    }
}
