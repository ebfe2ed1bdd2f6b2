package org.councilfeedback.triage.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.councilfeedback.intake.FeedbackDetails;
import org.councilfeedback.triage.ClassificationException;
import org.councilfeedback.triage.ClassificationRequest;
import org.councilfeedback.triage.Classifications;
import org.councilfeedback.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** {@code POST /api/v1/feedback/{reference}/classification}: staff decide what a piece of feedback is. */
@RestController
@Tag(name = "Classification", description = "Decide whether feedback is a complaint, compliment, suggestion or representation")
class ClassificationApiController {

    private final Classifications classifications;
    private final FeedbackDetails details;

    ClassificationApiController(Classifications classifications, FeedbackDetails details) {
        this.classifications = classifications;
        this.details = details;
    }

    @PostMapping(path = "/api/v1/feedback/{reference}/classification", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('COMPLAINTS_OFFICER','SOCIAL_CARE_COMPLAINTS','DATA_PROTECTION_OFFICER')")
    @Operation(summary = "Classify feedback",
            description = "A complaint needs exactly one of process and exclusion; the other types neither. reason is "
                    + "required for an exclusion, a type different from the person's choice, and acceptOutOfTime. An event "
                    + "date over 12 months before receipt without acceptOutOfTime is 422. Answers with the whole record; a "
                    + "complaint given a process has its procedure and first stage open.")
    ResponseEntity<?> classify(@PathVariable String reference, @RequestBody ClassificationRequest body,
            Authentication authentication) {
        classifications.classify(reference, body, authentication.getName());
        return ResponseEntity.ok(details.find(reference).orElseThrow());
    }

    /** Classification failures as problem+json. */
    @RestControllerAdvice(assignableTypes = ClassificationApiController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Failures {

        @ExceptionHandler(ClassificationException.class)
        ResponseEntity<ProblemDetail> handle(ClassificationException e) {
            if (e instanceof ClassificationException.Invalid invalid) {
                return Problems.response(Problems.validation(invalid.errors().stream()
                        .map(error -> new Problems.FieldMessage(error.field(), error.message())).toList()));
            }
            if (e instanceof ClassificationException.NotFound) {
                return Problems.response(Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage()));
            }
            return Problems.response(Problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "classification-rule",
                    "Not allowed by the feedback policy", e.getMessage()));
        }
    }
}
