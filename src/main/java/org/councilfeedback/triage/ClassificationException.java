package org.councilfeedback.triage;

import java.util.List;

/** Why a classification cannot be recorded; each kind maps to one HTTP status. */
public abstract sealed class ClassificationException extends RuntimeException
        permits ClassificationException.NotFound, ClassificationException.RuleBroken, ClassificationException.Invalid {

    ClassificationException(String detail) {
        super(detail);
    }

    /** No such feedback: 404. */
    public static final class NotFound extends ClassificationException {
        NotFound(String detail) {
            super(detail);
        }
    }

    /** A rule of the policy stops it (the 12-month rule, a case already under way): 422. */
    public static final class RuleBroken extends ClassificationException {
        RuleBroken(String detail) {
            super(detail);
        }
    }

    /** The request is incomplete or contradictory: 400 with each field. */
    public static final class Invalid extends ClassificationException {

        private final List<FieldError> errors;

        Invalid(List<FieldError> errors) {
            super(errors.get(0).message());
            this.errors = List.copyOf(errors);
        }

        public List<FieldError> errors() {
            return errors;
        }
    }

    public record FieldError(String field, String message) {}
}
