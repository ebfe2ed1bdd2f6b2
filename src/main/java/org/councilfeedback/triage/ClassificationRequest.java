package org.councilfeedback.triage;

import org.councilfeedback.intake.FeedbackType;

/** The body of {@code POST /api/v1/feedback/{reference}/classification}. */
public record ClassificationRequest(FeedbackType type, Process process, Exclusion exclusion, String reason,
        Boolean acceptOutOfTime) {

    public boolean outOfTimeAccepted() {
        return Boolean.TRUE.equals(acceptOutOfTime);
    }
}
