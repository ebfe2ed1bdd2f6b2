package org.councilfeedback.privacy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.councilfeedback.access.CaseRestriction;
import org.councilfeedback.access.CaseViewer;
import org.councilfeedback.access.CaseVisibility;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.web.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's own confidentiality: restrict it to named officers, and name the member of staff it is about (who then
 * never sees the complainant's details).
 */
@RestController
@Tag(name = "Confidentiality", description = "Case-level restrictions and the member of staff a case is about")
class CaseRestrictionController {

    static final String RESTRICTERS = "hasAnyRole('COMPLAINTS_OFFICER','SOCIAL_CARE_COMPLAINTS','DATA_PROTECTION_OFFICER')";

    private final FeedbackRecords records;
    private final CaseVisibility visibility;

    CaseRestrictionController(FeedbackRecords records, CaseVisibility visibility) {
        this.records = records;
        this.visibility = visibility;
    }

    record CaseRestrictionRequest(Boolean restricted, List<String> namedOfficers, String subjectStaffUsername, String reason) {}

    @PostMapping(path = "/api/v1/feedback/{reference}/restriction", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(RESTRICTERS)
    @Operation(summary = "Restrict a case to named officers, or name the member of staff it is about",
            description = "`{\"restricted\": true, \"namedOfficers\": [\"social.care\"], \"subjectStaffUsername\": null, "
                    + "\"reason\": \"…\"}`. A restricted case is visible only to the named officers; the member of staff a "
                    + "case is about never sees the complainant's details. `restricted: false` lifts the restriction.")
    @ApiResponse(responseCode = "200", description = "The case's restriction as stored")
    @ApiResponse(responseCode = "400", description = "Bad input or unknown usernames", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such feedback that you can see", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "No named officer for a restricted case, or the subject named as an officer",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> restrict(@PathVariable String reference, @RequestBody(required = false) CaseRestrictionRequest body,
            Authentication authentication, HttpServletRequest request) {
        List<Problems.FieldMessage> errors = new ArrayList<>();
        if (body == null || body.restricted() == null) {
            errors.add(new Problems.FieldMessage("restricted", "Say whether the case is restricted (true or false)"));
        }
        if (body == null || body.reason() == null || body.reason().isBlank()) {
            errors.add(new Problems.FieldMessage("reason", "Give the reason"));
        } else if (body.reason().length() > 2000) {
            errors.add(new Problems.FieldMessage("reason", "Enter 2000 characters or fewer"));
        }
        if (body != null && body.namedOfficers() != null && body.namedOfficers().size() > 50) {
            errors.add(new Problems.FieldMessage("namedOfficers", "Name 50 officers or fewer"));
        }
        if (!errors.isEmpty()) {
            return Problems.response(Problems.validation(errors));
        }
        FeedbackRecord record = visibleCase(reference, authentication);
        if (record == null) {
            return PrivacyApiController.notFound();
        }
        String subject = body.subjectStaffUsername() == null || body.subjectStaffUsername().isBlank() ? null
                : body.subjectStaffUsername().trim();
        CaseRestriction stored = visibility.restrict(record.reference(), body.restricted(),
                body.namedOfficers() == null ? List.of() : body.namedOfficers(), subject, body.reason().trim(),
                authentication.getName(), request.getRemoteAddr());
        return ResponseEntity.ok(CaseVisibility.json(stored));
    }

    @GetMapping(path = "/api/v1/feedback/{reference}/restriction", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(RESTRICTERS)
    @Operation(summary = "A case's restriction", description = "Unrestricted (and nobody named) when none was ever set.")
    @ApiResponse(responseCode = "200", description = "The case's restriction")
    @ApiResponse(responseCode = "404", description = "No such feedback that you can see", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> get(@PathVariable String reference, Authentication authentication) {
        FeedbackRecord record = visibleCase(reference, authentication);
        if (record == null) {
            return PrivacyApiController.notFound();
        }
        CaseRestriction restriction = visibility.restrictionOf(record.reference()).orElse(
                new CaseRestriction(record.reference(), false, java.util.Set.of(), null, null, null, null));
        return ResponseEntity.ok(CaseVisibility.json(restriction));
    }

    private FeedbackRecord visibleCase(String reference, Authentication authentication) {
        CaseViewer viewer = CaseViewer.of(authentication);
        return records.find(reference)
                .filter(record -> visibility.accessTo(viewer, record.reference()).canSeePersonalData())
                .orElse(null);
    }
}
