package io.wxkit.sso.interfaces;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with {@code {placeholder}}s. Known names: {@code content}, {@code argument}, {@code group1..9},
 * {@code openid}, {@code account}, {@code interface}, {@code bind_url} and {@code answer.<json path>}; an
 * unknown name is refused when the template is defined, not when a user triggers it. Rendering passes every
 * inserted value through the escaper of the destination (JSON string, URL query, WeChat text); the
 * template's own text is the administrator's and stays as written.
 */
final class Template {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_][a-z0-9_]*(?:\\.[A-Za-z0-9_\\[\\].-]+)?)}");
    private static final Set<String> NAMES = Set.of("content", "argument", "openid", "account", "interface", "bind_url",
            "group1", "group2", "group3", "group4", "group5", "group6", "group7", "group8", "group9");

    private final List<String> literals;
    private final List<String> names;
    private final List<JsonPath> answerPaths;

    private Template(List<String> literals, List<String> names, List<JsonPath> answerPaths) {
        this.literals = literals;
        this.names = names;
        this.answerPaths = answerPaths;
    }

    /** Parses {@code text}; refuses unknown placeholder names and bad answer paths. */
    static Template parse(String text) {
        List<String> literals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<JsonPath> paths = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int last = 0;
        while (m.find()) {
            String name = m.group(1);
            JsonPath path = null;
            if (name.startsWith("answer.")) {
                path = JsonPath.parse(name.substring("answer.".length()));
            } else if (!NAMES.contains(name)) {
                throw new InterfaceException(InterfaceError.INVALID_DEFINITION, "unknown placeholder {"
                        + io.wxkit.sso.internal.Text.safe(name, 40) + "}");
            }
            literals.add(text.substring(last, m.start()));
            names.add(name);
            paths.add(path);
            last = m.end();
        }
        literals.add(text.substring(last));
        return new Template(List.copyOf(literals), List.copyOf(names), java.util.Collections.unmodifiableList(paths));
    }

    /** Whether the template uses a placeholder from the answer (then it can only render after the call). */
    boolean usesAnswer() {
        return answerPaths.stream().anyMatch(java.util.Objects::nonNull);
    }

    /**
     * The text with each placeholder replaced by {@code escape(value)}: variables from {@code vars}
     * (missing ones empty), answer values from {@code answer} (may be null before the call).
     */
    String render(Map<String, String> vars, JsonNode answer, UnaryOperator<String> escape) {
        StringBuilder sb = new StringBuilder(literals.get(0).length() + 64);
        sb.append(literals.get(0));
        for (int i = 0; i < names.size(); i++) {
            JsonPath path = answerPaths.get(i);
            String value = path != null ? (answer == null ? "" : path.text(answer)) : vars.getOrDefault(names.get(i), "");
            sb.append(escape.apply(value)).append(literals.get(i + 1));
        }
        return sb.toString();
    }
}
