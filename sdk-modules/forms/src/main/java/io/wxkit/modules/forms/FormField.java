package io.wxkit.modules.forms;

import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Untrusted;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One field of a form. Start from a factory per {@link FieldType} and refine:
 *
 * <pre>{@code
 * FormField name = FormField.text("name", "姓名").mandatory().length(2, 20);
 * FormField size = FormField.singleChoice("size", "T-shirt", "S", "M", "L").mandatory();
 * FormField id   = FormField.idCard("id", "身份证号").mandatory();
 * }</pre>
 *
 * @param key      the stable key answers use ({@code [a-z][a-z0-9_]{0,31}})
 * @param label    the question shown to people (1-200 characters)
 * @param type     the value type
 * @param required whether a value must be given
 * @param min      TEXT: min length; NUMBER: min value; DATE: earliest; MULTIPLE_CHOICE/MEDIA: min count; or null
 * @param max      as {@code min}, the upper bound, or null
 * @param options  the choices of SINGLE_CHOICE and MULTIPLE_CHOICE (distinct, 1-100 characters each)
 * @param pattern  TEXT only: a regular expression the whole value must match, or null
 */
public record FormField(String key, String label, FieldType type, boolean required, String min, String max,
                        List<String> options, String pattern) {
    static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,31}");
    static final int TEXT_MAX = 2000;

    /**
     * Validates the definition.
     *
     * @param key the stable key answers use ({@code [a-z][a-z0-9_]{0,31}})
     * @param label the question shown to people (1-200 characters)
     * @param type the value type
     * @param required whether a value must be given
     * @param min TEXT: min length; NUMBER: min value; DATE: earliest; MULTIPLE_CHOICE/MEDIA: min count; or null
     * @param max as {@code min}, the upper bound, or null
     * @param options the choices of SINGLE_CHOICE and MULTIPLE_CHOICE (distinct, 1-100 characters each)
     * @param pattern TEXT only: a regular expression the whole value must match, or null
     * @throws ModuleException {@code INVALID_FORM} naming the field and the rule
     */
    public FormField {
        Objects.requireNonNull(type, "type");
        if (key == null || !KEY.matcher(key).matches()) {
            throw invalid("field key must match " + KEY + ", got " + Untrusted.clip(key));
        }
        if (label == null || label.isBlank() || label.length() > 200) {
            throw invalid("field " + key + " needs a label of 1-200 characters");
        }
        options = List.copyOf(options == null ? List.of() : options);
        boolean choice = type == FieldType.SINGLE_CHOICE || type == FieldType.MULTIPLE_CHOICE;
        if (choice != !options.isEmpty()) {
            throw invalid("field " + key + ": choice fields and only they have options");
        }
        if (options.stream().anyMatch(o -> o.isBlank() || o.length() > 100) || new HashSet<>(options).size() != options.size()) {
            throw invalid("field " + key + ": options must be distinct, 1-100 characters");
        }
        if (pattern != null) {
            if (type != FieldType.TEXT) {
                throw invalid("field " + key + ": only text fields have a pattern");
            }
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw invalid("field " + key + ": the pattern is not a regular expression");
            }
        }
        checkBounds(key, type, min, max, options.size());
    }

    /**
     * A text field of 0 to 500 characters.
     *
     * @param key {@code [a-z][a-z0-9_]{0,31}}
     * @param label 1-200 characters, not blank
     * @return an optional text field
     * @throws ModuleException {@code INVALID_FORM} if {@code key} or {@code label} is malformed
     */
    public static FormField text(String key, String label) {
        return new FormField(key, label, FieldType.TEXT, false, "0", "500", null, null);
    }

    /**
     * A number field without bounds.
     *
     * @param key {@code [a-z][a-z0-9_]{0,31}}
     * @param label 1-200 characters, not blank
     * @return an optional number field
     * @throws ModuleException {@code INVALID_FORM} if {@code key} or {@code label} is malformed
     */
    public static FormField number(String key, String label) {
        return new FormField(key, label, FieldType.NUMBER, false, null, null, null, null);
    }

    /**
     * A single-choice field.
     *
     * @param key {@code [a-z][a-z0-9_]{0,31}}
     * @param label 1-200 characters, not blank
     * @param options 1 or more distinct choices of 1-100 characters, in display order
     * @return an optional single-choice field
     * @throws ModuleException {@code INVALID_FORM} if the key, label or options are malformed
     */
    public static FormField singleChoice(String key, String label, String... options) {
        return new FormField(key, label, FieldType.SINGLE_CHOICE, false, null, null, List.of(options), null);
    }

    /**
     * A multiple-choice field allowing 1 to all options.
     *
     * @param key {@code [a-z][a-z0-9_]{0,31}}
     * @param label 1-200 characters, not blank
     * @param options 1 or more distinct choices of 1-100 characters, in display order
     * @return an optional multiple-choice field
     * @throws ModuleException {@code INVALID_FORM} if the key, label or options are malformed
     */
    public static FormField multipleChoice(String key, String label, String... options) {
        return new FormField(key, label, FieldType.MULTIPLE_CHOICE, false, "1", Integer.toString(options.length),
                List.of(options), null);
    }

    /**
     * A date field without bounds.
     *
     * @param key {@code [a-z][a-z0-9_]{0,31}}
     * @param label 1-200 characters, not blank
     * @return an optional date field (answers are ISO dates, {@code 2026-12-03})
     * @throws ModuleException {@code INVALID_FORM} if {@code key} or {@code label} is malformed
     */
    public static FormField date(String key, String label) {
        return new FormField(key, label, FieldType.DATE, false, null, null, null, null);
    }

    /**
     * A mainland mobile number field.
     *
     * @param key {@code [a-z][a-z0-9_]{0,31}}
     * @param label 1-200 characters, not blank
     * @return an optional phone field (answers are stored without {@code +86})
     * @throws ModuleException {@code INVALID_FORM} if {@code key} or {@code label} is malformed
     */
    public static FormField phone(String key, String label) {
        return new FormField(key, label, FieldType.PHONE, false, null, null, null, null);
    }

    /**
     * An e-mail field.
     *
     * @param key {@code [a-z][a-z0-9_]{0,31}}
     * @param label 1-200 characters, not blank
     * @return an optional e-mail field
     * @throws ModuleException {@code INVALID_FORM} if {@code key} or {@code label} is malformed
     */
    public static FormField email(String key, String label) {
        return new FormField(key, label, FieldType.EMAIL, false, null, null, null, null);
    }

    /**
     * A resident identity card number field.
     *
     * @param key {@code [a-z][a-z0-9_]{0,31}}
     * @param label 1-200 characters, not blank
     * @return an optional ID card field (answers are stored upper case)
     * @throws ModuleException {@code INVALID_FORM} if {@code key} or {@code label} is malformed
     */
    public static FormField idCard(String key, String label) {
        return new FormField(key, label, FieldType.ID_CARD, false, null, null, null, null);
    }

    /**
     * A field of 1 to {@code maxFiles} media ids (images or files uploaded to WeChat).
     *
     * @param key {@code [a-z][a-z0-9_]{0,31}}
     * @param label 1-200 characters, not blank
     * @param maxFiles 1..20
     * @return an optional media field
     * @throws ModuleException {@code INVALID_FORM} if the key or label is malformed or {@code maxFiles} is outside 1..20
     */
    public static FormField media(String key, String label, int maxFiles) {
        return new FormField(key, label, FieldType.MEDIA, false, "1", Integer.toString(maxFiles), null, null);
    }

    /**
     * This field, required.
     *
     * @return a copy whose {@code required} is true
     */
    public FormField mandatory() {
        return new FormField(key, label, type, true, min, max, options, pattern);
    }

    /**
     * TEXT: this field with length bounds.
     *
     * @param minLength at least 0
     * @param maxLength at least 1 and {@code minLength}, at most 2000
     * @return a copy with the bounds
     * @throws ModuleException {@code INVALID_FORM} if the bounds do not fit the field's type or are out of order or range
     */
    public FormField length(int minLength, int maxLength) {
        return new FormField(key, label, type, required, Integer.toString(minLength), Integer.toString(maxLength), options, pattern);
    }

    /**
     * NUMBER, DATE, MULTIPLE_CHOICE, MEDIA: this field with bounds (numbers, ISO dates or counts as text).
     *
     * @param lower the lower bound (a decimal, an ISO date or a count), or null for none
     * @param upper the upper bound, or null for none
     * @return a copy with the bounds
     * @throws ModuleException {@code INVALID_FORM} if the bounds do not fit the type or are out of order
     */
    public FormField range(String lower, String upper) {
        return new FormField(key, label, type, required, lower, upper, options, pattern);
    }

    /**
     * TEXT: this field, whose whole value must match {@code regex}.
     *
     * @param regex a {@link java.util.regex.Pattern} the whole value must match, or null for none
     * @return a copy with the pattern
     * @throws ModuleException {@code INVALID_FORM} if the field is not TEXT or {@code regex} does not compile
     */
    public FormField matching(String regex) {
        return new FormField(key, label, type, required, min, max, options, regex);
    }

    private static void checkBounds(String key, FieldType type, String min, String max, int optionCount) {
        try {
            switch (type) {
                case TEXT -> requireOrdered(key, count(min, 0), count(max, TEXT_MAX), TEXT_MAX);
                case MULTIPLE_CHOICE -> requireOrdered(key, count(min, 1), count(max, optionCount), optionCount);
                case MEDIA -> requireOrdered(key, count(min, 1), count(max, 1), 20);
                case NUMBER -> {
                    if (min != null && max != null && new BigDecimal(min).compareTo(new BigDecimal(max)) > 0) {
                        throw invalid("field " + key + ": min above max");
                    }
                }
                case DATE -> {
                    if (min != null && max != null && LocalDate.parse(min).isAfter(LocalDate.parse(max))) {
                        throw invalid("field " + key + ": min after max");
                    }
                }
                default -> {
                    if (min != null || max != null) {
                        throw invalid("field " + key + ": " + type + " fields have no bounds");
                    }
                }
            }
        } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
            throw invalid("field " + key + ": bounds must be numbers (or ISO dates for DATE)");
        }
    }

    private static int count(String value, int fallback) {
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static void requireOrdered(String key, int min, int max, int limit) {
        if (min < 0 || max < 1 || min > max || max > limit) {
            throw invalid("field " + key + ": bounds must satisfy 0 <= min <= max <= " + limit);
        }
    }

    static ModuleException invalid(String detail) {
        return new ModuleException(FormsError.INVALID_FORM, detail);
    }

    static ModuleException invalidInput(String detail) {
        return new ModuleException(CommonError.INVALID_INPUT, detail);
    }
}
