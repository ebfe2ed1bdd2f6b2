package org.councilfeedback.compliments.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.councilfeedback.compliments.Compliment;
import org.councilfeedback.compliments.Compliments;
import org.councilfeedback.compliments.Praised;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/feedback/{reference}/compliment}: who or what a compliment praises. */
@RestController
@RequestMapping("/api/v1/feedback/{reference}")
@Tag(name = "Compliments", description = "Who or what a compliment praises, and passing it on")
class ComplimentApiController {

    private final Compliments compliments;

    ComplimentApiController(Compliments compliments) {
        this.compliments = compliments;
    }

    /** The body: who or what is praised. */
    record ComplimentRequest(Praised praised) {}

    @PutMapping(path = "/compliment", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('CUSTOMER_SERVICES','COMPLAINTS_OFFICER')")
    @Operation(summary = "Record who or what a compliment praises",
            description = "A named employee (with their work email if known), a team or a service area. When the feedback "
                    + "is a compliment it is passed on at once: emailed to the person and to the service's managers, and "
                    + "noted on the timeline. 404 for an unknown reference, 422 for feedback of another type or a "
                    + "compliment already passed on, 400 with errors for bad input.")
    ResponseEntity<?> record(@PathVariable String reference, @RequestBody ComplimentRequest request,
            Authentication authentication) {
        Compliment compliment = compliments.recordPraised(reference, request == null ? null : request.praised(),
                authentication.getName());
        return ResponseEntity.ok(json(compliment));
    }

    static java.util.Map<String, Object> json(Compliment compliment) {
        var json = new java.util.LinkedHashMap<String, Object>();
        json.put("reference", compliment.reference());
        json.put("praised", compliment.praised());
        json.put("serviceArea", compliment.serviceArea());
        json.put("recordedBy", compliment.recordedBy());
        json.put("passedOnAt", compliment.passedOnAt());
        json.put("passedOnTo", compliment.passedOnTo());
        return json;
    }
}
