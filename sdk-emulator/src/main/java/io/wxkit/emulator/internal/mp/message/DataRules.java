package io.wxkit.emulator.internal.mp.message;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.internal.http.ApiError;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The value limits of template and subscribe message {@code data} by key prefix (api-reference §5): thing ≤ 20
 * characters, number ≤ 32, letter ≤ 32, symbol ≤ 5, character_string ≤ 32, phone_number ≤ 17, car_number ≤ 8,
 * name ≤ 10 (≤ 20 when all ASCII letters), phrase ≤ 5. A broken value answers 47003 naming the field.
 */
final class DataRules {
    private static final Pattern KEY = Pattern.compile("([a-z_]+?)(\\d+)");

    private DataRules() {
    }

    static void check(JsonNode data) {
        if (data == null || !data.isObject() || data.isEmpty()) {
            throw new ApiError(47003, "argument invalid! data is empty");
        }
        for (Map.Entry<String, JsonNode> e : data.properties()) {
            JsonNode value = e.getValue().get("value");
            if (value == null || !value.isValueNode()) {
                throw new ApiError(47003, "argument invalid! data." + e.getKey() + ".value invalid");
            }
            if (!fits(e.getKey(), value.asText())) {
                throw new ApiError(47003, "argument invalid! data." + e.getKey() + ".value invalid");
            }
        }
    }

    private static boolean fits(String key, String value) {
        var m = KEY.matcher(key);
        if (!m.matches()) {
            return true; // keyword1, first, remark...: legacy templates, no prefix rule
        }
        int n = value.codePointCount(0, value.length());
        return switch (m.group(1)) {
            case "thing" -> n >= 1 && n <= 20;
            case "number" -> n >= 1 && n <= 32 && value.matches("[0-9.]+");
            case "letter" -> n >= 1 && n <= 32 && value.matches("[A-Za-z]+");
            case "symbol" -> n >= 1 && n <= 5;
            case "character_string" -> n >= 1 && n <= 32;
            case "phone_number" -> n >= 1 && n <= 17;
            case "car_number" -> n >= 1 && n <= 8;
            case "name" -> n >= 1 && (value.matches("[A-Za-z ]+") ? n <= 20 : n <= 10);
            case "phrase" -> n >= 1 && n <= 5;
            default -> true;
        };
    }
}
