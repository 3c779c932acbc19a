package io.wxkit.spring.modules.web;

import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.ModuleException;

/**
 * Checks of request-body fields before they reach a module, so a missing field is answered 422
 * {@code INVALID_INPUT} (by {@link ModuleProblemAdvice}) rather than failing inside the module with a 500.
 * Used by the module controllers of this starter and available to applications that add their own; stateless
 * and thread-safe.
 */
public final class Bodies {

    private Bodies() {
    }

    /**
     * {@code value}, when present.
     *
     * @param <T> the field's type
     * @param value the field as bound from the request, possibly {@code null}
     * @param field the field's name as the client writes it, e.g. {@code "pollId"}, for the error message
     * @return {@code value}, never {@code null}
     * @throws ModuleException {@code INVALID_INPUT} ("{@code <field> is required}") if {@code value} is
     *         {@code null}
     */
    public static <T> T require(T value, String field) {
        if (value == null) {
            throw new ModuleException(CommonError.INVALID_INPUT, field + " is required");
        }
        return value;
    }

    /**
     * The request body itself, when there is one (a JSON {@code null} or an empty body binds to {@code null}).
     *
     * @param <T> the body's type
     * @param body the bound body, possibly {@code null}
     * @return {@code body}, never {@code null}
     * @throws ModuleException {@code INVALID_INPUT} ("the request body is required") if {@code body} is
     *         {@code null}
     */
    public static <T> T body(T body) {
        return require(body, "the request body");
    }
}
