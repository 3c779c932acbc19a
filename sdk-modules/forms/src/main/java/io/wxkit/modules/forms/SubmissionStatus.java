package io.wxkit.modules.forms;

/** Where a submission stands. */
public enum SubmissionStatus {
    /** Accepted: a survey answer, or a registration holding a place. */
    CONFIRMED,
    /** On the registration's waiting list; promoted in list order when a place frees up. */
    WAITING,
    /** Withdrawn by its author; keeps its answers for the record but counts nowhere. */
    WITHDRAWN
}
