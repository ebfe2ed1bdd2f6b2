package org.councilfeedback.safeguarding;

/** There is no feedback with the reference given. */
public class UnknownFeedbackException extends RuntimeException {

    public UnknownFeedbackException(String reference) {
        super("No feedback " + reference);
    }
}
