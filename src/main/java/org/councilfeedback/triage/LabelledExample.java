package org.councilfeedback.triage;

import java.util.Objects;
import org.councilfeedback.intake.FeedbackType;

/** A message with the classification a person gave it: a line of the corpus, or a decision staff recorded. */
record LabelledExample(
        String id, String text, FeedbackType type, Process process, Exclusion exclusion, boolean safeguardingConcern) {

    LabelledExample {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
    }

    /** A complaint that one of the four procedures handles. */
    boolean hasProcess() {
        return type == FeedbackType.COMPLAINT && process != null && exclusion == null;
    }
}
