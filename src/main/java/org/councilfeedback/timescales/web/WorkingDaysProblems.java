package org.councilfeedback.timescales.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns invalid calendar queries into RFC 9457 problems. Scoped to this module's controller, and ordered first, so
 * that it answers the same whatever application-wide handlers exist.
 */
@RestControllerAdvice(assignableTypes = WorkingDaysController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkingDaysProblems {

    @ExceptionHandler(InvalidQueryException.class)
    ResponseEntity<InvalidQueryProblem> invalidQuery(InvalidQueryException e, HttpServletRequest request) {
        HttpStatus status = HttpStatus.BAD_REQUEST;
        String detail = e.errors().stream()
                .map(InvalidQueryProblem.FieldError::message)
                .collect(Collectors.joining(". ", "", "."));
        InvalidQueryProblem problem = new InvalidQueryProblem(URI.create("about:blank"), status.getReasonPhrase(),
                status.value(), detail, request.getRequestURI(), e.errors());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
