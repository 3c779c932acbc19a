package io.wxkit.modules.member;

import io.wxkit.modules.common.ErrorCode;

/** The stable error codes of the member module (see also {@code CommonError}). */
public enum MemberError implements ErrorCode {
    /** No member is bound to this openid (or card). */
    MEMBER_NOT_FOUND,
    /** No level has this code, or a level definition breaks a rule. */
    INVALID_LEVEL,
    /** A spend larger than the balance; nothing was taken. */
    INSUFFICIENT_POINTS,
    /** The business key was used before for a different operation (other amount or direction). */
    BUSINESS_KEY_CONFLICT,
    /** The card code is malformed or its signature is wrong. */
    CARD_CODE_INVALID,
    /** The card code was valid but is too old; the page shows a fresh one. */
    CARD_CODE_EXPIRED,
    /** The caller is not an admin, or their role does not allow this operation. */
    NOT_ADMIN,
    /** The member is outside the admin's scope (department, level, tag). */
    OUT_OF_SCOPE
}
