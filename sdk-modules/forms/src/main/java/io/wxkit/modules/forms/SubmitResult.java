package io.wxkit.modules.forms;

import java.util.List;

/**
 * What a submission or an edit ended with: stored, or refused with one error per wrong field (nothing is
 * stored then, and the page shows the errors next to the fields while keeping what the user typed).
 *
 * <pre>{@code
 * SubmitResult r = forms.submissions().submit(formId, who, ip, answers);
 * if (r instanceof SubmitResult.Accepted a) { show(a.submission().status()); }
 * else if (r instanceof SubmitResult.Rejected no) { no.errors().forEach(e -> mark(e.field(), e.problem())); }
 * }</pre>
 */
public sealed interface SubmitResult {
    /**
     * Stored.
     *
     * @param submission the stored submission, {@code CONFIRMED} or {@code WAITING}
     */
    record Accepted(Submission submission) implements SubmitResult {
    }

    /**
     * Refused: {@code errors} is never empty.
     *
     * @param errors one per wrong field, never empty
     */
    record Rejected(List<FieldError> errors) implements SubmitResult {
        /**
         * Copies the errors.
         *
         * @param errors one per wrong field; not empty
         * @throws IllegalArgumentException if {@code errors} is empty
         * @throws NullPointerException if {@code errors} or one of them is null
         */
        public Rejected {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a rejection needs at least one error");
            }
        }
    }
}
