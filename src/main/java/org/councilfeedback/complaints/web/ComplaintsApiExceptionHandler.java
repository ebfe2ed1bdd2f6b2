package org.councilfeedback.complaints.web;

import org.councilfeedback.complaints.ComplaintException;
import org.councilfeedback.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Complaint handling's failures as problem+json: 400 with each field, 403, 404 and 422 with a clear detail. */
@RestControllerAdvice(assignableTypes = {ComplaintApiController.class, TrackingApiController.class, ComplaintQueueApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ComplaintsApiExceptionHandler {

    @ExceptionHandler(ComplaintException.class)
    ResponseEntity<ProblemDetail> handle(ComplaintException e) {
        return Problems.response(problem(e));
    }

    static ProblemDetail problem(ComplaintException e) {
        if (e instanceof ComplaintException.Invalid invalid) {
            return Problems.validation(invalid.errors().stream()
                    .map(error -> new Problems.FieldMessage(error.field(), error.message())).toList());
        }
        if (e instanceof ComplaintException.NotFound) {
            return Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
        }
        if (e instanceof ComplaintException.NotPermitted) {
            return Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage());
        }
        return Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "procedure-rule", "Not allowed by the procedure", e.getMessage());
    }
}
