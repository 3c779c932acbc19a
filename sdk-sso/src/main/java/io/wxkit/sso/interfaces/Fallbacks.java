package io.wxkit.sso.interfaces;

import java.util.Objects;

/**
 * The messages a user gets when the business system cannot answer: it took longer than the interface's
 * timeout, it failed (error status, oversized or unsigned answer, unreachable), or the user has not bound
 * an account in that system yet. The unbound message may hold {@code {bind_url}}: the link that starts
 * the SSO binding for that system.
 *
 * @param timeout sent when the call timed out
 * @param error sent when the call failed
 * @param unbound sent (without calling) when the user has no active binding
 */
public record Fallbacks(String timeout, String error, String unbound) {
    /** The defaults, in Chinese like the users' chat. */
    public static final Fallbacks DEFAULT = new Fallbacks("业务系统繁忙，请稍后再试。", "暂时无法查询，请稍后再试。",
            "请先绑定账号：{bind_url}");

    /**
     * Validates: each 1..600 characters.
     *
     * @param timeout sent when the call timed out
     * @param error sent when the call failed
     * @param unbound sent (without calling) when the user has no active binding
     */
    public Fallbacks {
        check(timeout, "timeout");
        check(error, "error");
        check(unbound, "unbound");
    }

    private static void check(String text, String what) {
        Objects.requireNonNull(text, what);
        if (text.isBlank() || text.length() > 600) {
            throw new InterfaceException(InterfaceError.INVALID_DEFINITION, what + " fallback must be 1..600 characters");
        }
        Template.parse(text);
    }
}
