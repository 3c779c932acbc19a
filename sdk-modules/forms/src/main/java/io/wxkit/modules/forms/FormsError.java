package io.wxkit.modules.forms;

import io.wxkit.modules.common.ErrorCode;

/** The stable error codes of the forms module (see also {@code CommonError}). */
public enum FormsError implements ErrorCode {
    /** No form has this id. */
    FORM_NOT_FOUND,
    /** The form definition breaks a rule (no fields, duplicate keys, window reversed, ...); the detail says which. */
    INVALID_FORM,
    /** The form's window has not opened yet. */
    FORM_NOT_OPEN,
    /** The form's window is over or staff closed it: no submissions, edits or withdrawals. */
    FORM_CLOSED,
    /** A once-per-openid form: this openid already has a submission (edit it instead). */
    ALREADY_SUBMITTED,
    /** The registration is at capacity and its waiting list is full (or it has none). */
    FORM_FULL,
    /** No submission has this id, or it is not this openid's. */
    SUBMISSION_NOT_FOUND,
    /** The submission was withdrawn already. */
    ALREADY_WITHDRAWN
}
