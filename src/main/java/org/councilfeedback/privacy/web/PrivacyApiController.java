package org.councilfeedback.privacy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilfeedback.access.CaseViewer;
import org.councilfeedback.access.CaseVisibility;
import org.councilfeedback.access.Role;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.people.People;
import org.councilfeedback.people.Person;
import org.councilfeedback.privacy.Erasure;
import org.councilfeedback.privacy.LegalHold;
import org.councilfeedback.privacy.LegalHolds;
import org.councilfeedback.privacy.PrivacyRuleException;
import org.councilfeedback.privacy.RetentionReport;
import org.councilfeedback.privacy.RetentionSchedule;
import org.councilfeedback.privacy.SubjectAccessExport;
import org.councilfeedback.web.Problems;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Legal holds, the retention schedule, subject access exports and erasure. */
@RestController
@Tag(name = "Privacy", description = "Retention, legal holds, subject access and erasure")
class PrivacyApiController {

    static final int REASON_MAX = 2000;

    private final FeedbackRecords records;
    private final CaseVisibility visibility;
    private final LegalHolds holds;
    private final RetentionSchedule retention;
    private final SubjectAccessExport subjectAccess;
    private final Erasure erasure;
    private final People people;

    PrivacyApiController(FeedbackRecords records, CaseVisibility visibility, LegalHolds holds,
            RetentionSchedule retention, SubjectAccessExport subjectAccess, Erasure erasure, People people) {
        this.records = records;
        this.visibility = visibility;
        this.holds = holds;
        this.retention = retention;
        this.subjectAccess = subjectAccess;
        this.erasure = erasure;
        this.people = people;
    }

    record LegalHoldRequest(String reason) {}

    record ErasureRequest(String reason) {}

    @PostMapping(path = "/api/v1/feedback/{reference}/legal-hold", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('DATA_PROTECTION_OFFICER','COMPLAINTS_OFFICER')")
    @Operation(summary = "Place a legal hold",
            description = "`{\"reason\": \"…\"}`. While any hold is in force the retention schedule does not anonymise the "
                    + "feedback and it cannot be erased.")
    @ApiResponse(responseCode = "201", description = "The hold")
    @ApiResponse(responseCode = "400", description = "No reason given", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such feedback that you can see", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "Already anonymised", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> placeHold(@PathVariable String reference, @RequestBody(required = false) LegalHoldRequest body,
            Authentication authentication, HttpServletRequest request) {
        var invalid = reason(body);
        if (invalid != null) {
            return invalid;
        }
        FeedbackRecord record = privacyCase(reference, authentication);
        if (record == null) {
            return notFound();
        }
        if (records.isAnonymised(record.reference())) {
            throw new PrivacyRuleException("This feedback has already been anonymised; there is nothing left to hold");
        }
        LegalHold hold = holds.place(record.reference(), body.reason(), authentication.getName(), request.getRemoteAddr());
        return ResponseEntity.created(URI.create("/api/v1/feedback/" + record.reference() + "/legal-hold")).body(hold);
    }

    @DeleteMapping(path = "/api/v1/feedback/{reference}/legal-hold", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('DATA_PROTECTION_OFFICER','COMPLAINTS_OFFICER')")
    @Operation(summary = "Release the legal holds", description = "Releases every hold in force; the retention schedule applies again.")
    @ApiResponse(responseCode = "200", description = "Every hold the feedback has had, now released")
    @ApiResponse(responseCode = "404", description = "No such feedback that you can see", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "No hold in force", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> releaseHold(@PathVariable String reference,
            @RequestParam(required = false) String reason, Authentication authentication, HttpServletRequest request) {
        if (reason != null && reason.length() > REASON_MAX) {
            return Problems.response(Problems.validation(List.of(new Problems.FieldMessage("reason",
                    "Enter " + REASON_MAX + " characters or fewer"))));
        }
        FeedbackRecord record = privacyCase(reference, authentication);
        if (record == null) {
            return notFound();
        }
        return ResponseEntity.ok(Map.of("holds", holds.release(record.reference(), reason, authentication.getName(),
                request.getRemoteAddr())));
    }

    @GetMapping(path = "/api/v1/people/{id}/subject-access-export", produces = "application/zip")
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    @Operation(summary = "Export everything held about a person (subject access)",
            description = "A ZIP with a readable HTML file and a machine-readable JSON file. Recorded in the audit trail.")
    @ApiResponse(responseCode = "200", description = "The ZIP", content = @Content(mediaType = "application/zip"))
    @ApiResponse(responseCode = "404", description = "No such person", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "The record was merged into another", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> subjectAccess(@PathVariable long id, Authentication authentication, HttpServletRequest request) {
        Person person = people.find(id).orElse(null);
        if (person == null) {
            return personNotFound();
        }
        if (person.mergedInto() != null) {
            throw new PrivacyRuleException("This person record was merged into person " + person.mergedInto()
                    + "; export that record");
        }
        byte[] zip = subjectAccess.export(id, authentication.getName(), request.getRemoteAddr());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("subject-access-person-" + id + ".zip").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(zip);
    }

    @PostMapping(path = "/api/v1/people/{id}/erasure", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('DATA_PROTECTION_OFFICER')")
    @Operation(summary = "Erase a person's personal data",
            description = "`{\"reason\": \"…\"}`. Anonymises the person and all their feedback (statistics and the audit "
                    + "trail stay). Refused while any of their feedback is under a legal hold.")
    @ApiResponse(responseCode = "200", description = "What was erased")
    @ApiResponse(responseCode = "400", description = "No reason given", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such person", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "Under a legal hold, merged, or already erased", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> erase(@PathVariable long id, @RequestBody(required = false) ErasureRequest body,
            Authentication authentication, HttpServletRequest request) {
        if (body == null || body.reason() == null || body.reason().isBlank()) {
            return Problems.response(Problems.validation(List.of(new Problems.FieldMessage("reason",
                    "Give the reason for the erasure"))));
        }
        if (body.reason().length() > Erasure.REASON_MAX) {
            return Problems.response(Problems.validation(List.of(new Problems.FieldMessage("reason",
                    "Enter " + Erasure.REASON_MAX + " characters or fewer"))));
        }
        if (people.find(id).isEmpty()) {
            return personNotFound();
        }
        Erasure.Result result = erasure.erase(id, body.reason(), authentication.getName(), request.getRemoteAddr());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("erasureId", result.erasureId());
        json.put("personId", result.personId());
        json.put("feedback", result.references());
        json.put("carriedOutAt", result.carriedOutAt());
        return ResponseEntity.ok(json);
    }

    @GetMapping(path = "/api/v1/privacy/retention-schedule", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('DATA_PROTECTION_OFFICER','ADMIN')")
    @Operation(summary = "The retention schedule", description = "How long personal data is kept after closure, per feedback type.")
    @ApiResponse(responseCode = "200", description = "The periods, ISO-8601 (P6Y = six years)")
    Map<String, Object> schedule() {
        return retention.describe();
    }

    @PostMapping(path = "/api/v1/privacy/retention-runs", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('DATA_PROTECTION_OFFICER','ADMIN')")
    @Operation(summary = "Run the retention schedule now", description = "It also runs by itself every night.")
    @ApiResponse(responseCode = "200", description = "What the run did")
    RetentionReport run(Authentication authentication, HttpServletRequest request) {
        return retention.run(authentication.getName(), request.getRemoteAddr());
    }

    /** The case, when it exists and the caller may act on it: the DPO on any case, others on cases they may see. */
    private FeedbackRecord privacyCase(String reference, Authentication authentication) {
        CaseViewer viewer = CaseViewer.of(authentication);
        return records.find(reference)
                .filter(record -> viewer.has(Role.DATA_PROTECTION_OFFICER)
                        || visibility.accessTo(viewer, record.reference()).canSeeCase())
                .orElse(null);
    }

    private static ResponseEntity<?> reason(LegalHoldRequest body) {
        if (body == null || body.reason() == null || body.reason().isBlank()) {
            return Problems.response(Problems.validation(List.of(new Problems.FieldMessage("reason", "Give the reason"))));
        }
        if (body.reason().length() > REASON_MAX) {
            return Problems.response(Problems.validation(List.of(new Problems.FieldMessage("reason",
                    "Enter " + REASON_MAX + " characters or fewer"))));
        }
        return null;
    }

    static ResponseEntity<?> notFound() {
        return Problems.response(Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "No feedback with that reference that you can see"));
    }

    static ResponseEntity<?> personNotFound() {
        return Problems.response(Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "No person with that id"));
    }
}
