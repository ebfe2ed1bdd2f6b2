package org.councilfeedback.compliments;

import java.util.List;

/** A compliment request that cannot be done: unknown feedback, a broken rule, or bad input (with each field). */
public class ComplimentException extends RuntimeException {

    /** Why the request cannot be done. */
    public enum Reason { NOT_FOUND, RULE_BROKEN, INVALID }

    /** A field and what is wrong with it. */
    public record FieldError(String field, String message) {}

    private final Reason reason;
    private final List<FieldError> errors;

    ComplimentException(Reason reason, String message, List<FieldError> errors) {
        super(message);
        this.reason = reason;
        this.errors = List.copyOf(errors);
    }

    static ComplimentException notFound() {
        return new ComplimentException(Reason.NOT_FOUND, "No feedback with that reference that you can see", List.of());
    }

    static ComplimentException rule(String message) {
        return new ComplimentException(Reason.RULE_BROKEN, message, List.of());
    }

    static ComplimentException invalid(List<FieldError> errors) {
        return new ComplimentException(Reason.INVALID, errors.get(0).message(), errors);
    }

    public Reason reason() {
        return reason;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
