package io.wxkit.spring.modules.web;

import java.util.List;
import java.util.Map;

/**
 * A form submission broke field rules: answered 422 {@code INVALID_INPUT} by {@link ModuleProblemAdvice},
 * with one entry per wrong field in the problem's {@code errors}. Thrown by the forms endpoints.
 */
public final class FormRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Map<String, String>> errors;

    /**
     * A rejection listing {@code errors}; the message is always "some answers are not valid".
     *
     * @param errors one map per wrong field, each with the keys {@code field}, {@code problem} and
     *        {@code detail} (copied)
     * @throws NullPointerException if {@code errors} or one of its elements is {@code null}
     */
    public FormRejectedException(List<Map<String, String>> errors) {
        super("some answers are not valid");
        this.errors = List.copyOf(errors);
    }

    /**
     * The per-field errors, in the order given. Not serialized with the exception ({@code transient}).
     *
     * @return an unmodifiable list of maps with the keys {@code field}, {@code problem} and {@code detail}
     */
    public List<Map<String, String>> errors() {
        return errors;
    }
}
