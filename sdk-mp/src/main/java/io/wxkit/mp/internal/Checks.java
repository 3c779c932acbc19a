package io.wxkit.mp.internal;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Objects;

/**
 * Argument checks shared by the Official Account request models. Messages name the WeChat field
 * and the documented limit so a caller can fix the request without reading the WeChat docs.
 * Not a public API: no compatibility promise.
 */
public final class Checks {
    private Checks() {
    }

    /** Returns {@code value} if it is non-null and not blank. */
    public static String requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** Returns {@code value} if it is non-blank and at most {@code max} UTF-8 bytes long. */
    public static String requireBytes(String value, String field, int max) {
        requireText(value, field);
        int bytes = utf8Length(value);
        if (bytes > max) {
            throw new IllegalArgumentException(
                    field + " is " + bytes + " UTF-8 bytes, WeChat allows at most " + max + ": " + value);
        }
        return value;
    }

    /** Returns {@code value} if it is null or at most {@code max} UTF-8 bytes long (blank allowed). */
    public static String maxBytes(String value, String field, int max) {
        if (value != null && utf8Length(value) > max) {
            throw new IllegalArgumentException(
                    field + " is " + utf8Length(value) + " UTF-8 bytes, WeChat allows at most " + max);
        }
        return value;
    }

    /** Returns {@code value} if it is null, or non-blank and at most {@code max} characters long. */
    public static String optionalChars(String value, String field, int max) {
        if (value == null) {
            return null;
        }
        return requireChars(value, field, max);
    }

    /** Returns {@code value} if it is non-blank and at most {@code max} characters (code points) long. */
    public static String requireChars(String value, String field, int max) {
        requireText(value, field);
        int chars = value.codePointCount(0, value.length());
        if (chars > max) {
            throw new IllegalArgumentException(
                    field + " is " + chars + " characters, WeChat allows at most " + max);
        }
        return value;
    }

    /** Returns {@code values} if its size is within {@code [min, max]}. */
    public static <T extends Collection<?>> T requireSize(T values, String field, int min, int max) {
        Objects.requireNonNull(values, field);
        if (values.size() < min || values.size() > max) {
            throw new IllegalArgumentException(field + " has " + values.size()
                    + " entries, WeChat allows " + (min == max ? "exactly " + min : min + " to " + max));
        }
        return values;
    }

    /** The length of {@code value} in UTF-8 bytes, which is how WeChat counts byte limits. */
    public static int utf8Length(String value) {
        return value.getBytes(StandardCharsets.UTF_8).length;
    }
}
