package org.councilfeedback.representations;

import java.util.List;

/**
 * A representation request that cannot be done: unknown (or unseen) feedback or group, a member of staff who may not
 * do it, a broken rule, or bad input (with each field).
 */
public class RepresentationException extends RuntimeException {

    /** Why the request cannot be done. */
    public enum Reason { NOT_FOUND, FORBIDDEN, RULE_BROKEN, INVALID }

    /** A field and what is wrong with it. */
    public record FieldError(String field, String message) {}

    private final Reason reason;
    private final List<FieldError> errors;

    RepresentationException(Reason reason, String message, List<FieldError> errors) {
        super(message);
        this.reason = reason;
        this.errors = List.copyOf(errors);
    }

    static RepresentationException notFound() {
        return new RepresentationException(Reason.NOT_FOUND, "No feedback with that reference that you can see", List.of());
    }

    static RepresentationException groupNotFound() {
        return new RepresentationException(Reason.NOT_FOUND, "No group of representations with that id that you can see",
                List.of());
    }

    static RepresentationException forbidden(String message) {
        return new RepresentationException(Reason.FORBIDDEN, message, List.of());
    }

    static RepresentationException rule(String message) {
        return new RepresentationException(Reason.RULE_BROKEN, message, List.of());
    }

    static RepresentationException invalid(String field, String message) {
        return new RepresentationException(Reason.INVALID, message, List.of(new FieldError(field, message)));
    }

    static RepresentationException invalid(List<FieldError> errors) {
        return new RepresentationException(Reason.INVALID, errors.get(0).message(), errors);
    }

    public Reason reason() {
        return reason;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
