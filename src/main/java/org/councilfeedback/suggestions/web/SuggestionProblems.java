package org.councilfeedback.suggestions.web;

import org.councilfeedback.suggestions.SuggestionException;
import org.councilfeedback.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Suggestion failures as problem+json: 404 unknown feedback, 422 a broken rule, 400 bad input with each field. */
@RestControllerAdvice(assignableTypes = SuggestionApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SuggestionProblems {

    @ExceptionHandler(SuggestionException.class)
    ResponseEntity<ProblemDetail> handle(SuggestionException e) {
        return Problems.response(switch (e.reason()) {
            case NOT_FOUND -> Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
            case RULE_BROKEN -> Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-broken",
                    "This cannot be done", e.getMessage());
            case INVALID -> Problems.validation(e.errors().stream()
                    .map(error -> new Problems.FieldMessage(error.field(), error.message())).toList());
        });
    }
}
