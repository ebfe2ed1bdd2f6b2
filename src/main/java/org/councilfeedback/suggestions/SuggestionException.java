package org.councilfeedback.suggestions;

import java.util.List;

/** A suggestion request that cannot be done: unknown feedback, a broken rule, or bad input (with each field). */
public class SuggestionException extends RuntimeException {

    /** Why the request cannot be done. */
    public enum Reason { NOT_FOUND, RULE_BROKEN, INVALID }

    /** A field and what is wrong with it. */
    public record FieldError(String field, String message) {}

    private final Reason reason;
    private final List<FieldError> errors;

    SuggestionException(Reason reason, String message, List<FieldError> errors) {
        super(message);
        this.reason = reason;
        this.errors = List.copyOf(errors);
    }

    static SuggestionException notFound() {
        return new SuggestionException(Reason.NOT_FOUND, "No feedback with that reference that you can see", List.of());
    }

    static SuggestionException rule(String message) {
        return new SuggestionException(Reason.RULE_BROKEN, message, List.of());
    }

    static SuggestionException invalid(String field, String message) {
        return new SuggestionException(Reason.INVALID, message, List.of(new FieldError(field, message)));
    }

    public Reason reason() {
        return reason;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
