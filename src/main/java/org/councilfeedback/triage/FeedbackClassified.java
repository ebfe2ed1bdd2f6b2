package org.councilfeedback.triage;

import java.time.Instant;
import org.councilfeedback.intake.FeedbackType;

/**
 * Staff have decided what a piece of feedback is. For a complaint exactly one of {@code process} and
 * {@code exclusion} is set; for the other types neither. Published in the transaction that records the decision.
 */
public record FeedbackClassified(
        String reference,
        FeedbackType type,
        FeedbackType chosenType,
        Process process,
        Exclusion exclusion,
        String reason,
        boolean outOfTimeAccepted,
        String classifiedBy,
        Instant at) {

    /** The person chose a different type (or was not sure), so they must be told what we decided. */
    public boolean typeChanged() {
        return chosenType != type;
    }
}
