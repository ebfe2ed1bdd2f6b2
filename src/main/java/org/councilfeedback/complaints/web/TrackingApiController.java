package org.councilfeedback.complaints.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.councilfeedback.complaints.Actor;
import org.councilfeedback.complaints.ComplaintCommands;
import org.councilfeedback.complaints.ComplaintHandling;
import org.councilfeedback.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/track/{token}}: the complainant's own view of their complaint through their private link, and asking
 * for the next stage. Public; an unknown or expired token is a 404 that says nothing more.
 */
@RestController
@RequestMapping(path = "/api/v1/track/{token}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tracking", description = "A complainant's own view of their complaint, through their private link")
class TrackingApiController {

    private final TrackedComplaint tracked;
    private final ComplaintHandling handling;

    TrackingApiController(TrackedComplaint tracked, ComplaintHandling handling) {
        this.tracked = tracked;
        this.handling = handling;
    }

    @GetMapping
    @Operation(summary = "Where my complaint is", description = "Status, stages and due dates; never staff names or notes.")
    ResponseEntity<?> view(@PathVariable String token, HttpServletRequest request) {
        TrackedComplaint.Lookup lookup = tracked.find(token, request);
        if (lookup.limited()) {
            return tooMany(lookup);
        }
        return lookup.found().<ResponseEntity<?>>map(reference -> ResponseEntity.ok(handling.trackingView(reference)))
                .orElseGet(TrackingApiController::notFound);
    }

    @PostMapping(path = "/escalation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ask for the next stage", description = "The same rules as staff escalation: 201, or 422 with the reason.")
    ResponseEntity<?> escalate(@PathVariable String token, @RequestBody ComplaintCommands.Escalation body,
            HttpServletRequest request) {
        TrackedComplaint.Lookup lookup = tracked.find(token, request);
        if (lookup.limited()) {
            return tooMany(lookup);
        }
        if (lookup.found().isEmpty()) {
            return notFound();
        }
        handling.escalate(lookup.reference(), body, Actor.viaTrackingLink());
        return ResponseEntity.status(HttpStatus.CREATED).body(handling.trackingView(lookup.reference()));
    }

    @PostMapping(path = "/information", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Send more information about my complaint", description = "Up to 5000 characters; kept on the case.")
    ResponseEntity<?> addInformation(@PathVariable String token, @RequestBody ComplaintCommands.Information body,
            HttpServletRequest request) {
        TrackedComplaint.Lookup lookup = tracked.find(token, request);
        if (lookup.limited()) {
            return tooMany(lookup);
        }
        if (lookup.found().isEmpty()) {
            return notFound();
        }
        handling.addInformation(lookup.reference(), body);
        return ResponseEntity.status(HttpStatus.CREATED).body(handling.trackingView(lookup.reference()));
    }

    private static ResponseEntity<ProblemDetail> notFound() {
        return Problems.response(Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "This tracking link does not work. It may have expired or been copied wrongly."));
    }

    private static ResponseEntity<ProblemDetail> tooMany(TrackedComplaint.Lookup lookup) {
        long seconds = TrackedComplaint.seconds(lookup.retryAfter());
        return ResponseEntity.status(429).header("Retry-After", Long.toString(seconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                        "Too many requests from your connection. Please wait " + seconds + " seconds and try again."));
    }
}
