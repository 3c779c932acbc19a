package io.wxkit.modules.forms;

/** The types of form fields and what a value of each looks like. */
public enum FieldType {
    /** Free text, length within min..max characters, optionally matching a pattern. */
    TEXT,
    /** A decimal number within min..max. */
    NUMBER,
    /** Exactly one of the options. */
    SINGLE_CHOICE,
    /** Between min and max distinct options. */
    MULTIPLE_CHOICE,
    /** An ISO date {@code yyyy-MM-dd} within min..max. */
    DATE,
    /** A mainland China mobile number, 11 digits starting with 1 (an optional {@code +86} is dropped). */
    PHONE,
    /** An e-mail address. */
    EMAIL,
    /** A Chinese resident identity card number (18 characters, check digit per GB 11643). */
    ID_CARD,
    /** Files or images uploaded to WeChat first, given by their media ids (1..max of them). */
    MEDIA
}
