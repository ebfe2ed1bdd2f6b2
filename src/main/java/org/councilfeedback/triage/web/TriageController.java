package org.councilfeedback.triage.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.councilfeedback.triage.TriageAssistant;
import org.councilfeedback.triage.TriageSuggestion;
import org.councilfeedback.triage.TriageTraining;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** The triage assistant's API: a suggestion for staff, never an action. */
@RestController
@RequestMapping(path = "/api/v1/triage", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Triage", description = "Suggestions for classifying feedback: type, procedure, exclusion and safeguarding")
class TriageController {

    private final TriageAssistant assistant;

    TriageController(TriageAssistant assistant) {
        this.assistant = assistant;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('CUSTOMER_SERVICES','COMPLAINTS_OFFICER','INVESTIGATING_OFFICER','SOCIAL_CARE_COMPLAINTS','DATA_PROTECTION_OFFICER')")
    @Operation(summary = "Suggest how to classify a message",
            description = """
                    Suggests the type (complaint, compliment, suggestion or representation), for a complaint the procedure \
                    (process) or the exclusion that takes it out of the complaints procedure, and whether the text suggests \
                    that someone may be unsafe or at risk of harm, whatever its type. `process` is null unless `type` is \
                    COMPLAINT and no exclusion applies. `reasons` names the rules that fired and the words behind the \
                    statistical part. Nothing is stored.""")
    @ApiResponse(responseCode = "200", description = "The suggestion")
    @ApiResponse(responseCode = "400", description = "The text is missing, empty, longer than 10,000 characters or not a string",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "No credentials", content = @Content)
    @ApiResponse(responseCode = "403", description = "A role that may not triage", content = @Content)
    TriageSuggestion suggest(@RequestBody TriageRequest request) {
        String text = request.text();
        if (text == null || text.isBlank()) {
            throw new InvalidRequest("Enter the text of the message");
        }
        if (text.length() > 10_000) {
            throw new InvalidRequest("The text must be 10,000 characters or fewer");
        }
        return assistant.suggest(text);
    }

    @PostMapping("/model/retraining")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Retrain the triage assistant",
            description = "Trains the classifiers again from the bundled corpus and the staff decisions recorded so far "
                    + "(text and labels only; anonymised decisions are left out), then uses them for every new suggestion.")
    @ApiResponse(responseCode = "200", description = "What the new classifiers were trained on")
    @ApiResponse(responseCode = "401", description = "No credentials", content = @Content)
    @ApiResponse(responseCode = "403", description = "Not an administrator", content = @Content)
    TriageTraining retrain() {
        return assistant.retrain();
    }

    /** One field's problem, in the shape the API gives every validation error. */
    record FieldError(String field, String message) {
    }

    private static final class InvalidRequest extends RuntimeException {
        InvalidRequest(String message) {
            super(message);
        }
    }

    @ExceptionHandler(InvalidRequest.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequest invalid) {
        return badRequest(new FieldError("text", invalid.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable) {
        if (unreadable.getCause() instanceof UnrecognizedPropertyException unknown) {
            return badRequest(new FieldError(unknown.getPropertyName(), "Remove this field: the request has only \"text\""));
        }
        if (unreadable.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
            String field = json.getPath().get(json.getPath().size() - 1).getPropertyName();
            return badRequest(new FieldError(field, "Enter the text as a JSON string"));
        }
        return badRequest(new FieldError("text", "Send a JSON object with the message as \"text\""));
    }

    private static ResponseEntity<ProblemDetail> badRequest(FieldError error) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, error.message());
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(error));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
