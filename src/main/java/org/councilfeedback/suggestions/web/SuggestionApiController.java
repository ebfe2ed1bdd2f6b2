package org.councilfeedback.suggestions.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.councilfeedback.suggestions.SuggestionDecision;
import org.councilfeedback.suggestions.Suggestions;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/feedback/{reference}/suggestion…}: the service a suggestion goes to, and its decision. */
@RestController
@RequestMapping("/api/v1/feedback/{reference}")
@Tag(name = "Suggestions", description = "Passing suggestions to the service and recording its decision")
class SuggestionApiController {

    private final Suggestions suggestions;

    SuggestionApiController(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    /** The service a suggestion is for: a service area code from the council profile. */
    record ServiceRequest(String serviceArea) {}

    /** The service's decision and its explanation, which the person is told. */
    record DecisionRequest(SuggestionDecision decision, String explanation) {}

    @PutMapping(path = "/suggestion", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('CUSTOMER_SERVICES','COMPLAINTS_OFFICER')")
    @Operation(summary = "Set the service a suggestion is for",
            description = "When the feedback is a suggestion it is passed to that service's manager by email, with the "
                    + "date their decision is due (the profile's working days). 404 unknown reference, 422 feedback of "
                    + "another type or a suggestion already decided, 400 unknown service area.")
    ResponseEntity<?> assign(@PathVariable String reference, @RequestBody ServiceRequest request,
            Authentication authentication) {
        return ResponseEntity.ok(suggestions.assignService(reference, request == null ? null : request.serviceArea(),
                authentication.getName()).asMap());
    }

    @PostMapping(path = "/suggestion-decision", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('COMPLAINTS_OFFICER','DIRECTOR')")
    @Operation(summary = "Record the service's decision on a suggestion",
            description = "ADOPTED, UNDER_CONSIDERATION or NOT_ADOPTED with an explanation. The person is told, by the "
                    + "method they asked for, whether we made any changes as a result. UNDER_CONSIDERATION may be "
                    + "followed by a final decision. 404 unknown reference, 422 not a suggestion or already decided, "
                    + "400 bad input.")
    ResponseEntity<?> decide(@PathVariable String reference, @RequestBody DecisionRequest request,
            Authentication authentication) {
        return ResponseEntity.ok(suggestions.decide(reference, request == null ? null : request.decision(),
                request == null ? null : request.explanation(), authentication.getName()).asMap());
    }
}
