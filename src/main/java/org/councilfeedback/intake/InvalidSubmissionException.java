package org.councilfeedback.intake;

import java.util.List;

/** A submission that breaks the rules; nothing of it was stored. */
public class InvalidSubmissionException extends RuntimeException {

    private final List<InvalidField> errors;

    public InvalidSubmissionException(List<InvalidField> errors) {
        super("Feedback could not be accepted: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<InvalidField> errors() {
        return errors;
    }
}
