package io.wxkit.mp.subscribe;

/**
 * WeChat's length limits for subscribe-notification values, by the kind encoded in the key's
 * prefix ({@code thing8} is a {@code thing}). Kinds without a length limit (time, date, amount) or
 * unknown kinds pass unchecked.
 */
final class ValueLimits {
    private ValueLimits() {
    }

    static void check(String key, String value) {
        String kind = key.replaceAll("\\d+$", "");
        int length = value.codePointCount(0, value.length());
        int max = switch (kind) {
            case "thing" -> 20;
            case "number", "letter", "character_string" -> 32;
            case "symbol", "phrase" -> 5;
            case "phone_number" -> 17;
            case "car_number" -> 8;
            case "name" -> value.chars().allMatch(c -> c < 128) ? 20 : 10;
            default -> Integer.MAX_VALUE;
        };
        if (length > max) {
            throw new IllegalArgumentException("data." + key + " is " + length + " characters; WeChat allows "
                    + max + " for " + kind + " values (errcode 47003 otherwise)");
        }
    }
}
