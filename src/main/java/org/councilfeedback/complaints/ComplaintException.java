package org.councilfeedback.complaints;

import java.util.List;

/** Why a complaint-handling request cannot be done; each kind maps to one HTTP status. */
public abstract sealed class ComplaintException extends RuntimeException
        permits ComplaintException.NotFound, ComplaintException.NotPermitted, ComplaintException.RuleBroken,
        ComplaintException.Invalid {

    ComplaintException(String detail) {
        super(detail);
    }

    /** No such feedback (or none the caller may see): 404. */
    public static final class NotFound extends ComplaintException {
        NotFound(String detail) {
            super(detail);
        }
    }

    /** The caller's role may not do this to this complaint: 403. */
    public static final class NotPermitted extends ComplaintException {
        NotPermitted(String detail) {
            super(detail);
        }
    }

    /** The procedure does not allow it now: 422. */
    public static final class RuleBroken extends ComplaintException {
        RuleBroken(String detail) {
            super(detail);
        }
    }

    /** The request itself is incomplete or malformed: 400 with each field. */
    public static final class Invalid extends ComplaintException {

        private final List<FieldError> errors;

        Invalid(List<FieldError> errors) {
            super(errors.isEmpty() ? "Invalid request" : errors.get(0).message());
            this.errors = List.copyOf(errors);
        }

        public List<FieldError> errors() {
            return errors;
        }
    }

    /** A field of a request and what is wrong with it. */
    public record FieldError(String field, String message) {}
}
