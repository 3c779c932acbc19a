package io.wxkit.spring.modules.web;

import java.util.List;
import java.util.Map;

/** A form submission broke field rules: answered 422 {@code INVALID_INPUT} with one entry per wrong field. */
public final class FormRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Map<String, String>> errors;

    /** {@code errors}: each with {@code field}, {@code problem} and {@code detail}. */
    public FormRejectedException(List<Map<String, String>> errors) {
        super("some answers are not valid");
        this.errors = List.copyOf(errors);
    }

    /** The per-field errors. */
    public List<Map<String, String>> errors() {
        return errors;
    }
}
