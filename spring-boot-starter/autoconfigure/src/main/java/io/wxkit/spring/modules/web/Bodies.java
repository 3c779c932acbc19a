package io.wxkit.spring.modules.web;

import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.ModuleException;

/** Checks of request-body fields before they reach a module, so a missing field is a 422, not a 500. */
public final class Bodies {

    private Bodies() {
    }

    /**
     * {@code value}, when present.
     *
     * @throws ModuleException {@code INVALID_INPUT} naming {@code field}
     */
    public static <T> T require(T value, String field) {
        if (value == null) {
            throw new ModuleException(CommonError.INVALID_INPUT, field + " is required");
        }
        return value;
    }

    /** The body itself, when there is one. */
    public static <T> T body(T body) {
        return require(body, "the request body");
    }
}
