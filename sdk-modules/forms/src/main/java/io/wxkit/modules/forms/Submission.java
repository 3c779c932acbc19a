package io.wxkit.modules.forms;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored submission.
 *
 * @param id              the submission id
 * @param formId          the form
 * @param openid          the author
 * @param status          confirmed, waiting or withdrawn
 * @param waitingPosition the waiting ticket, handed out in arrival order (the lowest is promoted first), empty unless {@code WAITING}
 * @param answers         field key → values, normalised (phones without {@code +86}, ID cards upper case)
 * @param submittedAt     when it was first submitted
 * @param updatedAt       when it was last changed
 */
public record Submission(long id, long formId, String openid, SubmissionStatus status, Optional<Long> waitingPosition,
                         Map<String, List<String>> answers, Instant submittedAt, Instant updatedAt) {
    /**
     * Copies the answers.
     *
     * @param id the submission id
     * @param formId the form
     * @param openid the author
     * @param status confirmed, waiting or withdrawn
     * @param waitingPosition the waiting ticket, handed out in arrival order (the lowest is promoted first), empty unless {@code WAITING}
     * @param answers field key → values, normalised (phones without {@code +86}, ID cards upper case)
     * @param submittedAt when it was first submitted
     * @param updatedAt when it was last changed
     */
    public Submission {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(waitingPosition, "waitingPosition");
        answers = Map.copyOf(answers);
    }
}
