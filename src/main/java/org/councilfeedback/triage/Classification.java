package org.councilfeedback.triage;

import java.time.Instant;
import org.councilfeedback.intake.FeedbackType;

/** A decision about what a piece of feedback is, as recorded. */
public record Classification(
        FeedbackType type,
        FeedbackType chosenType,
        Process process,
        Exclusion exclusion,
        String reason,
        boolean outOfTimeAccepted,
        String classifiedBy,
        Instant classifiedAt) {}
