package org.councilfeedback.intake.web;

import org.councilfeedback.intake.IdempotencyConflictException;
import org.councilfeedback.intake.InvalidSubmissionException;
import org.councilfeedback.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Intake's own failures as problem+json: broken rules are 400 with every field, a reused key with a new body 422. */
@RestControllerAdvice(assignableTypes = FeedbackApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IntakeApiExceptionHandler {

    @ExceptionHandler(InvalidSubmissionException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidSubmissionException e) {
        return Problems.response(Problems.validation(e.errors().stream()
                .map(error -> new Problems.FieldMessage(error.field(), error.message())).toList()));
    }

    @ExceptionHandler(IdempotencyConflictException.class)
    ResponseEntity<ProblemDetail> conflict(IdempotencyConflictException e) {
        return Problems.response(Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                "Idempotency key reused", "This Idempotency-Key was already used with a different request body"));
    }
}
