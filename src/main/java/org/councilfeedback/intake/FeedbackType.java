package org.councilfeedback.intake;

/** What a piece of feedback is, in the policy's four types; {@code NOT_SURE} until staff classify it. */
public enum FeedbackType {
    COMPLAINT, COMPLIMENT, SUGGESTION, REPRESENTATION, NOT_SURE
}
