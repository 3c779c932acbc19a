package io.wxkit.modules.forms;

/** What is wrong with one answer; pages map each to a message key {@code form.field.<PROBLEM>}. */
public enum FieldProblem {
    /** A required field has no value. */
    REQUIRED,
    /** The answer names a field the form does not have. */
    UNKNOWN_FIELD,
    /** A single-valued field got several values. */
    TOO_MANY_VALUES,
    /** Text shorter than the field's minimum. */
    TOO_SHORT,
    /** Text longer than the field's maximum. */
    TOO_LONG,
    /** Text that does not match the field's pattern, or contains control characters. */
    PATTERN_MISMATCH,
    /** Not a decimal number. */
    NOT_A_NUMBER,
    /** A number or date outside the field's range. */
    OUT_OF_RANGE,
    /** A value that is not one of the field's options, or an option chosen twice. */
    NOT_AN_OPTION,
    /** Fewer options chosen (or media given) than the field's minimum. */
    TOO_FEW_CHOICES,
    /** More options chosen (or media given) than the field's maximum. */
    TOO_MANY_CHOICES,
    /** Not an ISO date {@code yyyy-MM-dd}. */
    NOT_A_DATE,
    /** Not a mainland mobile number. */
    INVALID_PHONE,
    /** Not an e-mail address. */
    INVALID_EMAIL,
    /** Not 17 digits and a check character, or the birth date in it is impossible. */
    INVALID_ID_CARD,
    /** The shape is right but the check character is wrong (a typo). */
    ID_CARD_CHECKSUM,
    /** Not a WeChat media id. */
    INVALID_MEDIA_ID
}
