package org.councilfeedback.timescales.web;

import java.util.List;

/** One or more query parameters are missing or invalid. */
class InvalidQueryException extends RuntimeException {

    private final List<InvalidQueryProblem.FieldError> errors;

    InvalidQueryException(List<InvalidQueryProblem.FieldError> errors) {
        super("Invalid query: " + errors);
        this.errors = List.copyOf(errors);
    }

    List<InvalidQueryProblem.FieldError> errors() {
        return errors;
    }
}
