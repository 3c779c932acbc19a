package io.wxkit.modules.forms;

import java.util.Objects;

/**
 * One answer that a form refused, so a page can mark that field and keep the others as typed.
 *
 * @param field   the field key
 * @param problem what is wrong
 * @param detail  an explanation for people (never echoes the value: it may be an ID number)
 */
public record FieldError(String field, FieldProblem problem, String detail) {
    /**
     * Checks the fields are present.
     *
     * @param field the field key
     * @param problem what is wrong
     * @param detail an explanation for people (never echoes the value: it may be an ID number)
     */
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(detail, "detail");
    }
}
