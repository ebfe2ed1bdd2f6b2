package org.councilfeedback.representations.web;

import org.councilfeedback.representations.RepresentationException;
import org.councilfeedback.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Representation failures as problem+json: 404 unknown (or unseen) feedback or group, 403 not the policy area's
 * Director, 422 a broken rule, 400 bad input with each field.
 */
@RestControllerAdvice(assignableTypes = {RepresentationApiController.class, RepresentationGroupApiController.class,
        SimilarFeedbackController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class RepresentationProblems {

    @ExceptionHandler(RepresentationException.class)
    ResponseEntity<ProblemDetail> handle(RepresentationException e) {
        return Problems.response(switch (e.reason()) {
            case NOT_FOUND -> Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
            case FORBIDDEN -> Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage());
            case RULE_BROKEN -> Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-broken",
                    "This cannot be done", e.getMessage());
            case INVALID -> Problems.validation(e.errors().stream()
                    .map(error -> new Problems.FieldMessage(error.field(), error.message())).toList());
        });
    }

    @ExceptionHandler(RepresentationGroupApiController.GroupNotVisible.class)
    ResponseEntity<ProblemDetail> groupNotVisible(RepresentationGroupApiController.GroupNotVisible e) {
        return Problems.response(Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage()));
    }
}
