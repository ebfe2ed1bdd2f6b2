package org.councilfeedback.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure of an API request into RFC 9457 problem+json: bad input is a clear 4xx, a database that cannot
 * be reached is a 503 with {@code Retry-After}, and nothing else leaks out as an unexplained 500.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        RequestTooLargeException tooLarge = RequestTooLargeException.findIn(ex);
        if (tooLarge != null) {
            return body(Problems.problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Request too large",
                    "The request body must be " + tooLarge.limitDescription() + " or smaller"));
        }
        Throwable cause = ex.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return body(Problems.validation(List.of(new Problems.FieldMessage(field,
                    "'" + unknown.getPropertyName() + "' is not a field we recognise; check its spelling"))));
        }
        if (cause instanceof InvalidFormatException invalid) {
            String field = path(invalid);
            String expected = describe(invalid.getTargetType());
            return body(Problems.validation(List.of(new Problems.FieldMessage(field, "Enter " + expected))));
        }
        if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
            String field = path(json);
            return body(Problems.validation(List.of(new Problems.FieldMessage(field,
                    "This field has the wrong type of value"))));
        }
        return body(Problems.problem(HttpStatus.BAD_REQUEST, "malformed", "Malformed request",
                "The request body must be well-formed JSON in UTF-8"));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem && problem.getType() != null
                && "about:blank".equals(problem.getType().toString())) {
            problem.setType(java.net.URI.create(Problems.TYPE_BASE + "http-" + statusCode.value()));
        }
        return response;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
        return body(Problems.validation(List.of(new Problems.FieldMessage(ex.getName(),
                "Enter " + describe(ex.getRequiredType())))));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException ex) {
        return body(Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "Your role does not allow this"));
    }

    @ExceptionHandler(AuthorizationDeniedException.class)
    ResponseEntity<Object> authorizationDenied(AuthorizationDeniedException ex) {
        return denied(ex);
    }

    @ExceptionHandler({CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
            DataAccessResourceFailureException.class, TransientDataAccessException.class, QueryTimeoutException.class})
    ResponseEntity<Object> databaseUnavailable(Exception ex, HttpServletRequest request) {
        log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
        ProblemDetail problem = Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable",
                "We cannot store or read feedback at the moment. Nothing was saved. Please try again shortly.");
        return ResponseEntity.status(503).header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new Problems.FieldMessage(
                        result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .collect(Collectors.toList());
        return body(Problems.validation(errors));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, HttpServletRequest request) {
        if (DatabaseFailures.isUnavailable(ex)) {
            return databaseUnavailable(ex, request);
        }
        log.error("Unexpected failure for {} {}", request.getMethod(), request.getRequestURI(), ex);
        return body(Problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Something went wrong",
                "Something went wrong on our side. Nothing was saved. Please try again later."));
    }

    private static ResponseEntity<Object> body(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    static String path(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return "one of " + java.util.Arrays.stream(constants).map(Object::toString).collect(Collectors.joining(", "));
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date in the format YYYY-MM-DD";
            case "Instant", "OffsetDateTime" -> "a date and time in ISO-8601 format with an offset, like 2026-11-20T10:15:00Z";
            case "Boolean", "boolean" -> "true or false";
            case "Integer", "int", "Long", "long" -> "a whole number";
            default -> "a valid " + type.getSimpleName().toLowerCase(Locale.ROOT);
        };
    }
}
