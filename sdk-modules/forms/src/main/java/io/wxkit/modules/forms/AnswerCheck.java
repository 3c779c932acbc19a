package io.wxkit.modules.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks answers against a form's fields: every field is checked (not just the first wrong one) so the
 * page can mark them all at once. Values are trimmed and normalised; empty values count as absent.
 */
final class AnswerCheck {
    static final Pattern PHONE = Pattern.compile("(?:\\+86)?(1[3-9][0-9]{9})");
    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    static final Pattern MEDIA_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    /** The normalised answers (only fields with values) and the errors found. */
    record Outcome(Map<String, List<String>> answers, List<FieldError> errors) {
    }

    private AnswerCheck() {
    }

    static Outcome check(List<FormField> fields, Map<String, List<String>> raw, LocalDate today) {
        Map<String, List<String>> normalised = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (FormField f : fields) {
            known.add(f.key());
            List<String> values = present(raw.get(f.key()));
            if (values.isEmpty()) {
                if (f.required()) {
                    errors.add(new FieldError(f.key(), FieldProblem.REQUIRED, f.label() + " is required"));
                }
                continue;
            }
            List<String> out = new ArrayList<>();
            FieldError e = checkField(f, values, today, out);
            if (e != null) {
                errors.add(e);
            } else {
                normalised.put(f.key(), List.copyOf(out));
            }
        }
        for (String key : raw.keySet()) {
            if (!known.contains(key)) {
                errors.add(new FieldError(String.valueOf(key).length() > 32 ? String.valueOf(key).substring(0, 32) : String.valueOf(key),
                        FieldProblem.UNKNOWN_FIELD, "the form has no such field"));
            }
        }
        return new Outcome(normalised, errors);
    }

    private static List<String> present(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                if (v != null && !v.strip().isEmpty()) {
                    out.add(v.strip());
                }
            }
        }
        return out;
    }

    private static FieldError checkField(FormField f, List<String> values, LocalDate today, List<String> out) {
        boolean many = f.type() == FieldType.MULTIPLE_CHOICE || f.type() == FieldType.MEDIA;
        if (!many && values.size() > 1) {
            return error(f, FieldProblem.TOO_MANY_VALUES, "give one value");
        }
        return switch (f.type()) {
            case TEXT -> text(f, values.get(0), out);
            case NUMBER -> number(f, values.get(0), out);
            case SINGLE_CHOICE -> choices(f, values, 1, 1, out);
            case MULTIPLE_CHOICE -> choices(f, values, Integer.parseInt(f.min()), Integer.parseInt(f.max()), out);
            case DATE -> date(f, values.get(0), out);
            case PHONE -> phone(f, values.get(0), out);
            case EMAIL -> email(f, values.get(0), out);
            case ID_CARD -> idCard(f, values.get(0), today, out);
            case MEDIA -> media(f, values, out);
        };
    }

    private static FieldError text(FormField f, String v, List<String> out) {
        int length = v.codePointCount(0, v.length());
        if (length < Integer.parseInt(f.min())) {
            return error(f, FieldProblem.TOO_SHORT, "at least " + f.min() + " characters");
        }
        if (length > Integer.parseInt(f.max())) {
            return error(f, FieldProblem.TOO_LONG, "at most " + f.max() + " characters");
        }
        // line breaks are fine in a text answer; other control characters would corrupt exports
        if (v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r')
                || (f.pattern() != null && !Pattern.compile(f.pattern()).matcher(v).matches())) {
            return error(f, FieldProblem.PATTERN_MISMATCH, "not in the expected format");
        }
        out.add(v);
        return null;
    }

    private static FieldError number(FormField f, String v, List<String> out) {
        BigDecimal n;
        try {
            if (v.length() > 40) {
                throw new NumberFormatException();
            }
            n = new BigDecimal(v);
        } catch (NumberFormatException e) {
            return error(f, FieldProblem.NOT_A_NUMBER, "not a number");
        }
        if ((f.min() != null && n.compareTo(new BigDecimal(f.min())) < 0) || (f.max() != null && n.compareTo(new BigDecimal(f.max())) > 0)) {
            return error(f, FieldProblem.OUT_OF_RANGE, "must be within " + bounds(f));
        }
        out.add(n.toPlainString());
        return null;
    }

    private static FieldError choices(FormField f, List<String> values, int min, int max, List<String> out) {
        Set<String> seen = new HashSet<>();
        for (String v : values) {
            if (!f.options().contains(v) || !seen.add(v)) {
                return error(f, FieldProblem.NOT_AN_OPTION, "choose among the listed options, each once");
            }
        }
        if (values.size() < min) {
            return error(f, FieldProblem.TOO_FEW_CHOICES, "choose at least " + min);
        }
        if (values.size() > max) {
            return error(f, FieldProblem.TOO_MANY_CHOICES, "choose at most " + max);
        }
        // stored in the form's option order, so exports and statistics read the same way for everyone
        f.options().stream().filter(seen::contains).forEach(out::add);
        return null;
    }

    private static FieldError date(FormField f, String v, List<String> out) {
        LocalDate d;
        try {
            d = LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            return error(f, FieldProblem.NOT_A_DATE, "a date like 2026-12-01");
        }
        if ((f.min() != null && d.isBefore(LocalDate.parse(f.min()))) || (f.max() != null && d.isAfter(LocalDate.parse(f.max())))) {
            return error(f, FieldProblem.OUT_OF_RANGE, "must be within " + bounds(f));
        }
        out.add(d.toString());
        return null;
    }

    private static FieldError phone(FormField f, String v, List<String> out) {
        var m = PHONE.matcher(v.replace(" ", "").replace("-", ""));
        if (!m.matches()) {
            return error(f, FieldProblem.INVALID_PHONE, "an 11-digit mobile number starting with 1");
        }
        out.add(m.group(1));
        return null;
    }

    private static FieldError email(FormField f, String v, List<String> out) {
        if (v.length() > 254 || !EMAIL.matcher(v).matches()) {
            return error(f, FieldProblem.INVALID_EMAIL, "an e-mail address like name@example.com");
        }
        out.add(v);
        return null;
    }

    private static FieldError idCard(FormField f, String v, LocalDate today, List<String> out) {
        String id = v.toUpperCase(Locale.ROOT);
        FieldProblem p = ResidentId.problem(id, today);
        if (p != null) {
            return error(f, p, p == FieldProblem.ID_CARD_CHECKSUM ? "the last character does not match; check for a typo"
                    : "18 characters: 17 digits and a digit or X");
        }
        out.add(id);
        return null;
    }

    private static FieldError media(FormField f, List<String> values, List<String> out) {
        if (values.stream().anyMatch(v -> !MEDIA_ID.matcher(v).matches())) {
            return error(f, FieldProblem.INVALID_MEDIA_ID, "upload the file again");
        }
        if (values.size() < Integer.parseInt(f.min())) {
            return error(f, FieldProblem.TOO_FEW_CHOICES, "at least " + f.min() + " file(s)");
        }
        if (values.size() > Integer.parseInt(f.max())) {
            return error(f, FieldProblem.TOO_MANY_CHOICES, "at most " + f.max() + " file(s)");
        }
        out.addAll(values);
        return null;
    }

    private static String bounds(FormField f) {
        return (f.min() == null ? "…" : f.min()) + " – " + (f.max() == null ? "…" : f.max());
    }

    private static FieldError error(FormField f, FieldProblem p, String detail) {
        return new FieldError(f.key(), p, f.label() + ": " + detail);
    }
}
