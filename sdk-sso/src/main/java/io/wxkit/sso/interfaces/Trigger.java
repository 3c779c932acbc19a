package io.wxkit.sso.interfaces;

import java.util.List;
import java.util.Objects;
import java.util.regex.PatternSyntaxException;

/**
 * What a WeChat user does to reach a business interface: a text equal to a keyword, a text starting
 * with one of several keywords (关键词查询, the rest is the argument), a text matching a regular
 * expression (its groups are captured), a menu {@code CLICK} key, or a parametric QR-code scene.
 *
 * <pre>{@code
 * Trigger t = Trigger.keywords("订单", "order");          // "订单 12345" -> argument "12345"
 * Trigger r = Trigger.regex("订单\\s*(\\d{4,20})");        // group 1 -> {group1}
 * }</pre>
 */
public sealed interface Trigger permits Trigger.Exact, Trigger.Keywords, Trigger.Regex, Trigger.MenuClick,
        Trigger.ScanScene {

    /** The longest keyword, key, scene or pattern accepted. */
    int MAX_LENGTH = 200;

    /**
     * A text whose trimmed content equals {@code keyword} (ASCII case ignored).
     *
     * @param keyword the exact text, e.g. {@code "余额"}; 1..200 characters
     * @return the trigger
     * @throws InterfaceException {@code INVALID_DEFINITION} for a blank value, one over 200 characters or one with control characters
     */
    static Trigger exact(String keyword) {
        return new Exact(keyword);
    }

    /**
     * A text whose trimmed content starts with one of {@code keywords}, the trimmed rest being the argument.
     *
     * @param keywords the leading keywords, tried in order, e.g. {@code "订单", "order"}
     * @return the trigger
     * @throws InterfaceException {@code INVALID_DEFINITION} for a blank value, one over 200 characters or one with control characters or more than 20 keywords
     */
    static Trigger keywords(String... keywords) {
        return new Keywords(List.of(keywords));
    }

    /**
     * A text whose whole trimmed content matches {@code regex}; group 1 (or the whole match) is the argument.
     *
     * @param regex a Java regular expression, e.g. {@code "查快递\\s*(\\d{10,20})"}
     * @return the trigger
     * @throws InterfaceException {@code INVALID_DEFINITION} for a blank value, one over 200 characters or one with control characters or a pattern that does not compile
     */
    static Trigger regex(String regex) {
        return new Regex(regex);
    }

    /**
     * A {@code CLICK} menu button with this key.
     *
     * @param key the {@code EventKey} of the {@code CLICK} button, e.g. {@code "ORDER_STATUS"}
     * @return the trigger
     * @throws InterfaceException {@code INVALID_DEFINITION} for a blank value, one over 200 characters or one with control characters
     */
    static Trigger menuClick(String key) {
        return new MenuClick(key);
    }

    /**
     * A scan of the parametric QR code with this scene (also when the scan makes the user follow).
     *
     * @param scene the QR code's scene value without {@code qrscene_}, e.g. {@code "shop-7"}
     * @return the trigger
     * @throws InterfaceException {@code INVALID_DEFINITION} for a blank value, one over 200 characters or one with control characters
     */
    static Trigger scanScene(String scene) {
        return new ScanScene(scene);
    }

    /** @param keyword the exact text */
    record Exact(String keyword) implements Trigger {
        /**
         * Validates.
         *
         * @param keyword the exact text
         */
        public Exact {
            keyword = plain(keyword, "keyword").trim();
        }
    }

    /** @param keywords the leading keywords, tried in order */
    record Keywords(List<String> keywords) implements Trigger {
        /**
         * Validates.
         *
         * @param keywords the leading keywords, tried in order
         */
        public Keywords {
            if (keywords == null || keywords.isEmpty() || keywords.size() > 20) {
                throw new InterfaceException(InterfaceError.INVALID_DEFINITION, "a keyword trigger needs 1..20 keywords");
            }
            keywords = keywords.stream().map(k -> plain(k, "keyword").trim()).toList();
        }
    }

    /** @param regex a Java regular expression the whole trimmed text must match */
    record Regex(String regex) implements Trigger {
        /**
         * Validates and compiles once to refuse a broken pattern at configuration time.
         *
         * @param regex a Java regular expression the whole trimmed text must match
         */
        public Regex {
            plain(regex, "regex");
            try {
                java.util.regex.Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new InterfaceException(InterfaceError.INVALID_DEFINITION, "regex does not compile: "
                        + e.getDescription());
            }
        }
    }

    /** @param key the menu button's {@code key} */
    record MenuClick(String key) implements Trigger {
        /**
         * Validates.
         *
         * @param key the menu button's {@code key}
         */
        public MenuClick {
            plain(key, "menu key");
        }
    }

    /** @param scene the scene value without the {@code qrscene_} prefix */
    record ScanScene(String scene) implements Trigger {
        /**
         * Validates.
         *
         * @param scene the scene value without the {@code qrscene_} prefix
         */
        public ScanScene {
            plain(scene, "scene");
        }
    }

    private static String plain(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank() || value.length() > MAX_LENGTH || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InterfaceException(InterfaceError.INVALID_DEFINITION,
                    what + " must be 1.." + MAX_LENGTH + " characters without control characters");
        }
        return value;
    }
}
