package io.wxkit.spring.modules.web;

import java.util.Set;

/**
 * The HTTP status of a module error code. Unknown and "not found" codes map by their shape; the rest is
 * listed, and whatever is left is a conflict with the current state (409: closed, already done, out of
 * stock, illegal transition).
 */
final class ProblemStatus {
    private static final Set<String> FORBIDDEN = Set.of("NOT_FOLLOWER", "RESULTS_HIDDEN", "USER_BANNED", "NOT_MODERATOR",
            "NOT_ADMIN", "OUT_OF_SCOPE");
    private static final Set<String> UNPROCESSABLE = Set.of("INVALID_INPUT", "INVALID_CHOICE", "INVALID_BOX",
            "CONTENT_TOO_LONG", "CONTENT_REJECTED", "CARD_CODE_INVALID", "CARD_CODE_EXPIRED");
    private static final Set<String> UNAVAILABLE = Set.of("FOLLOWER_CHECK_UNAVAILABLE", "BUSY", "QR_CODE_UNAVAILABLE");

    private ProblemStatus() {
    }

    static int of(String code) {
        if (code.equals("RATE_LIMITED")) {
            return 429;
        }
        if (code.equals("PAY_FAILED")) {
            return 502;
        }
        if (code.equals("NOT_FOUND") || code.endsWith("_NOT_FOUND")) {
            return 404;
        }
        if (FORBIDDEN.contains(code)) {
            return 403;
        }
        if (UNPROCESSABLE.contains(code) || code.startsWith("INVALID_")) {
            return 422;
        }
        if (UNAVAILABLE.contains(code)) {
            return 503;
        }
        return 409;
    }
}
