package org.councilfeedback.complaints.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.councilfeedback.complaints.ComplaintCommands;
import org.councilfeedback.complaints.ComplaintHandling;
import org.councilfeedback.complaints.Outcome;
import org.councilfeedback.complaints.Remedy;
import org.councilfeedback.intake.FeedbackDetails;
import org.councilfeedback.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/feedback/{reference}/…}: a complaint's current stage (acknowledge, assign, extend, agree the response
 * date, review panel, draft and send the response), escalation, Ombudsman referral and promised actions. Each answers
 * with the whole record, as {@code GET /api/v1/feedback/{reference}} shows it.
 */
@RestController
@RequestMapping(path = "/api/v1/feedback/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize(Callers.HANDLERS)
@Tag(name = "Complaint handling", description = "Stages, deadlines, extensions, responses, escalation and Ombudsman referrals")
class ComplaintApiController {

    private final ComplaintHandling handling;
    private final FeedbackDetails details;

    ComplaintApiController(ComplaintHandling handling, FeedbackDetails details) {
        this.handling = handling;
        this.details = details;
    }

    @PostMapping(path = "/stages/current/acknowledgement")
    @Operation(summary = "Acknowledge the current stage", description = "Records the acknowledgement and sends it to the complainant with the response date.")
    ResponseEntity<?> acknowledge(@PathVariable String reference, Authentication authentication) {
        handling.acknowledge(reference, Callers.actor(authentication));
        return record(reference, HttpStatus.OK);
    }

    @PostMapping(path = "/stages/current/assignment", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Assign the current stage to a handler",
            description = "422 when the procedure forbids it, for example the stage 1 handler at stage 2 of the corporate procedure.")
    ResponseEntity<?> assign(@PathVariable String reference, @RequestBody ComplaintCommands.Assignment body,
            Authentication authentication) {
        handling.assign(reference, body, Callers.actor(authentication));
        return record(reference, HttpStatus.OK);
    }

    @PostMapping(path = "/stages/current/extension", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Extend the current stage's response date",
            description = "The complainant is told the reason, the new date and the Ombudsman's details. 422 when the date "
                    + "is beyond the stage's maximum extension or is not a working day.")
    ResponseEntity<?> extend(@PathVariable String reference, @RequestBody ComplaintCommands.Extension body,
            Authentication authentication) {
        handling.extend(reference, body, Callers.actor(authentication));
        return record(reference, HttpStatus.OK);
    }

    @PostMapping(path = "/stages/current/response-period", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the response date agreed with the complainant",
            description = "For procedures whose response period is agreed with the person (adult social care).")
    ResponseEntity<?> agreeResponsePeriod(@PathVariable String reference, @RequestBody ComplaintCommands.ResponsePeriod body,
            Authentication authentication) {
        handling.agreeResponsePeriod(reference, body, Callers.actor(authentication));
        return record(reference, HttpStatus.OK);
    }

    @PostMapping(path = "/stages/current/review-panel", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the date the review panel met", description = "Children's social care stage 3.")
    ResponseEntity<?> reviewPanel(@PathVariable String reference, @RequestBody ComplaintCommands.ReviewPanel body,
            Authentication authentication) {
        handling.recordReviewPanel(reference, body, Callers.actor(authentication));
        return record(reference, HttpStatus.OK);
    }

    @PostMapping(path = "/stages/current/review-panel-report", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the date the review panel's report was received",
            description = "Children's social care stage 3: the council's response is then due within its own period.")
    ResponseEntity<?> reviewPanelReport(@PathVariable String reference,
            @RequestBody ComplaintCommands.ReviewPanelReport body, Authentication authentication) {
        handling.recordReviewPanelReport(reference, body, Callers.actor(authentication));
        return record(reference, HttpStatus.OK);
    }

    @GetMapping(path = "/stages/current/response-draft")
    @Operation(summary = "Preview the response letter",
            description = "The letter generated from the council profile's wording for the given outcome, remedies and reasons.")
    ResponseEntity<?> responseDraft(@PathVariable String reference, @RequestParam(required = false) Outcome outcome,
            @RequestParam(required = false) List<Remedy> remedies, @RequestParam(required = false) String summary,
            Authentication authentication) {
        if (summary != null && summary.length() > 10_000) {
            return Problems.response(Problems.validation(List.of(new Problems.FieldMessage("summary", "Enter 10000 characters or fewer"))));
        }
        return ResponseEntity.ok(handling.responseDraft(reference,
                new ComplaintCommands.Response(outcome, remedies, summary, List.of(), null), Callers.actor(authentication)));
    }

    @PostMapping(path = "/stages/current/response-draft", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Preview the response letter for a full response",
            description = "Takes the same body as the response (with actions) and returns the generated letter without sending it.")
    ResponseEntity<?> responseDraftFor(@PathVariable String reference, @RequestBody ComplaintCommands.Response body,
            Authentication authentication) {
        return ResponseEntity.ok(handling.responseDraft(reference, body, Callers.actor(authentication)));
    }

    @PostMapping(path = "/stages/current/response", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Respond at the current stage",
            description = "Records the outcome, remedies and actions and sends the response letter (the generated one, or "
                    + "letterText when given), which says how to escalate or, after the final stage, how to go to the Ombudsman or ICO.")
    ResponseEntity<?> respond(@PathVariable String reference, @RequestBody ComplaintCommands.Response body,
            Authentication authentication) {
        handling.respond(reference, body, Callers.actor(authentication));
        return record(reference, HttpStatus.OK);
    }

    @PostMapping(path = "/escalation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Escalate to the next stage",
            description = "201 with the new stage open; 422 when the current stage has no response yet, the escalation "
                    + "window has passed, or there is no further stage.")
    ResponseEntity<?> escalate(@PathVariable String reference, @RequestBody ComplaintCommands.Escalation body,
            Authentication authentication) {
        handling.escalate(reference, body, Callers.actor(authentication));
        return record(reference, HttpStatus.CREATED);
    }

    @PostMapping(path = "/ombudsman-referral", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a referral to the Ombudsman (LGSCO) or the ICO")
    ResponseEntity<?> refer(@PathVariable String reference, @RequestBody ComplaintCommands.OmbudsmanReferral body,
            Authentication authentication) {
        handling.referToOmbudsman(reference, body, Callers.actor(authentication));
        return record(reference, HttpStatus.CREATED);
    }

    @PutMapping(path = "/ombudsman-referral", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Update the Ombudsman referral", description = "Their reference, dates, decision, remedy and compliance date.")
    ResponseEntity<?> updateReferral(@PathVariable String reference, @RequestBody ComplaintCommands.OmbudsmanReferral body,
            Authentication authentication) {
        handling.updateOmbudsmanReferral(reference, body, Callers.actor(authentication));
        return record(reference, HttpStatus.OK);
    }

    @PostMapping(path = "/actions/{actionId}/completion")
    @Operation(summary = "Mark an action promised in a response as done")
    ResponseEntity<?> completeAction(@PathVariable String reference, @PathVariable long actionId,
            Authentication authentication) {
        handling.completeAction(reference, actionId, Callers.actor(authentication));
        return record(reference, HttpStatus.OK);
    }

    private ResponseEntity<?> record(String reference, HttpStatus status) {
        Map<String, Object> record = details.find(reference).orElseThrow();
        if (status == HttpStatus.CREATED) {
            return ResponseEntity.created(URI.create("/api/v1/feedback/" + record.get("reference"))).body(record);
        }
        return ResponseEntity.status(status).body(record);
    }
}
