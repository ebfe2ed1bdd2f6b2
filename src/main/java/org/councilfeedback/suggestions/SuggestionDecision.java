package org.councilfeedback.suggestions;

/** What the service decided about a suggestion. */
public enum SuggestionDecision {
    /** We made changes as a result. */
    ADOPTED,
    /** Still being considered; a final decision follows. */
    UNDER_CONSIDERATION,
    /** No changes as a result. */
    NOT_ADOPTED;

    public boolean isFinal() {
        return this != UNDER_CONSIDERATION;
    }
}
