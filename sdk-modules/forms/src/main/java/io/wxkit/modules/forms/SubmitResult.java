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
    /** Stored. */
    record Accepted(Submission submission) implements SubmitResult {
    }

    /** Refused: {@code errors} is never empty. */
    record Rejected(List<FieldError> errors) implements SubmitResult {
        /** Copies the errors. */
        public Rejected {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a rejection needs at least one error");
            }
        }
    }
}
