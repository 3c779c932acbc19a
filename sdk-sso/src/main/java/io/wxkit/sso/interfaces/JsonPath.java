package io.wxkit.sso.interfaces;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dotted path into a JSON answer: {@code data.items}, {@code order.lines[0].sku}. Names are
 * {@code [A-Za-z0-9_-]+}, indexes {@code [0-99]}; nothing else (no wildcards, no expressions), so a
 * path is cheap and cannot surprise.
 */
final class JsonPath {
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9_-]{1,64})((?:\\[\\d{1,2}])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,2})]");

    private final List<Object> steps;

    private JsonPath(List<Object> steps) {
        this.steps = steps;
    }

    /** Parses {@code path}; refuses anything but names and small indexes. */
    static JsonPath parse(String path) {
        if (path == null || path.isEmpty() || path.length() > 200) {
            throw new InterfaceException(InterfaceError.INVALID_DEFINITION, "JSON path must be 1..200 characters");
        }
        List<Object> steps = new ArrayList<>();
        for (String segment : path.split("\\.", -1)) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) {
                throw new InterfaceException(InterfaceError.INVALID_DEFINITION, "bad JSON path segment '"
                        + io.wxkit.sso.internal.Text.safe(segment, 40) + "'");
            }
            steps.add(m.group(1));
            Matcher i = INDEX.matcher(m.group(2));
            while (i.find()) {
                steps.add(Integer.parseInt(i.group(1)));
            }
        }
        return new JsonPath(List.copyOf(steps));
    }

    /** The node at this path, or {@code null} when any step is missing. */
    JsonNode find(JsonNode root) {
        JsonNode node = root;
        for (Object step : steps) {
            if (node == null) {
                return null;
            }
            node = step instanceof Integer i ? (node.isArray() ? node.get(i) : null)
                    : (node.isObject() ? node.get((String) step) : null);
        }
        return node;
    }

    /** The scalar at this path as text, or {@code ""} when missing, null, an object or an array. */
    String text(JsonNode root) {
        JsonNode node = find(root);
        return node == null || !node.isValueNode() || node.isNull() ? "" : node.asText();
    }
}
