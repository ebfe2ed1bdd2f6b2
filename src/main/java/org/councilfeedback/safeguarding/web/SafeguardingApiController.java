package org.councilfeedback.safeguarding.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.safeguarding.ConcernStatus;
import org.councilfeedback.safeguarding.Safeguarding;
import org.councilfeedback.safeguarding.SafeguardingConcern;
import org.councilfeedback.safeguarding.SafeguardingJson;
import org.councilfeedback.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Safeguarding concerns: raised by anyone handling feedback in one step, alerted to the safeguarding leads at once,
 * referred to the appropriate authority with who, when and the outcome recorded.
 */
@RestController
@Tag(name = "Safeguarding", description = "Concerns that someone is unsafe or at risk of harm, and their referral")
class SafeguardingApiController {

    /** Anyone on the staff except report viewers may raise a concern: safeguarding is everyone's duty. */
    static final String RAISERS = "hasAnyRole('ADMIN','CUSTOMER_SERVICES','COMPLAINTS_OFFICER','INVESTIGATING_OFFICER',"
            + "'SOCIAL_CARE_COMPLAINTS','DATA_PROTECTION_OFFICER','DIRECTOR')";
    static final String HANDLERS = "hasAnyRole('CUSTOMER_SERVICES','COMPLAINTS_OFFICER','INVESTIGATING_OFFICER',"
            + "'SOCIAL_CARE_COMPLAINTS','DATA_PROTECTION_OFFICER','DIRECTOR')";
    static final String QUEUE_READERS = "hasAnyRole('COMPLAINTS_OFFICER','SOCIAL_CARE_COMPLAINTS','DATA_PROTECTION_OFFICER')";

    private final Safeguarding safeguarding;
    private final FeedbackRecords records;
    private final Clock clock;

    SafeguardingApiController(Safeguarding safeguarding, FeedbackRecords records, Clock clock) {
        this.safeguarding = safeguarding;
        this.records = records;
        this.clock = clock;
    }

    record SafeguardingConcernRequest(String concern) {}

    record SafeguardingReferralRequest(String referredTo, Instant referredAt, String outcome) {}

    @PostMapping(path = "/api/v1/feedback/{reference}/safeguarding-concern", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(RAISERS)
    @Operation(summary = "Raise a safeguarding concern",
            description = "`{\"concern\": \"…\"}`. The safeguarding leads are alerted by email at once, the case is flagged "
                    + "SAFEGUARDING and the concern records that confidentiality was overridden to protect someone at risk. "
                    + "The feedback's own status and handling do not change.")
    @ApiResponse(responseCode = "201", description = "Raised; the leads are being alerted")
    @ApiResponse(responseCode = "400", description = "No concern described, or too long", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "Report viewers cannot raise concerns", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such feedback", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> raise(@PathVariable String reference, @RequestBody(required = false) SafeguardingConcernRequest body,
            Authentication authentication, HttpServletRequest request) {
        if (body == null || body.concern() == null || body.concern().isBlank()) {
            return Problems.response(Problems.validation(List.of(new Problems.FieldMessage("concern",
                    "Describe the concern: who may be at risk and why"))));
        }
        if (body.concern().length() > Safeguarding.CONCERN_MAX) {
            return Problems.response(Problems.validation(List.of(new Problems.FieldMessage("concern",
                    "Describe the concern in " + Safeguarding.CONCERN_MAX + " characters or fewer"))));
        }
        FeedbackRecord record = records.find(reference).orElse(null);
        if (record == null) {
            return notFound();
        }
        SafeguardingConcern concern = safeguarding.raise(record.reference(), authentication.getName(), body.concern(),
                request.getRemoteAddr());
        Map<String, Object> json = SafeguardingJson.concern(concern);
        json.put("referralPhone", safeguarding.referralPhone());
        json.put("referralAuthority", safeguarding.referralAuthority());
        return ResponseEntity.created(URI.create("/api/v1/feedback/" + record.reference() + "/safeguarding-concern/"
                + concern.id())).body(json);
    }

    @PostMapping(path = "/api/v1/feedback/{reference}/safeguarding-concern/{id}/referral",
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(HANDLERS)
    @Operation(summary = "Record the referral to the appropriate authority",
            description = "Who it was referred to (default: the profile's safeguarding line), when (default: now) and the "
                    + "outcome. Send again to update the outcome.")
    @ApiResponse(responseCode = "200", description = "The concern with its referral")
    @ApiResponse(responseCode = "400", description = "Bad input", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such concern on this feedback", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> referral(@PathVariable String reference, @PathVariable long id,
            @RequestBody(required = false) SafeguardingReferralRequest body, Authentication authentication, HttpServletRequest request) {
        List<Problems.FieldMessage> errors = new ArrayList<>();
        if (body == null || body.outcome() == null || body.outcome().isBlank()) {
            errors.add(new Problems.FieldMessage("outcome", "Record the outcome of the referral"));
        } else {
            if (body.outcome().length() > Safeguarding.OUTCOME_MAX) {
                errors.add(new Problems.FieldMessage("outcome", "Enter " + Safeguarding.OUTCOME_MAX + " characters or fewer"));
            }
            if (body.referredTo() != null && body.referredTo().length() > 300) {
                errors.add(new Problems.FieldMessage("referredTo", "Enter 300 characters or fewer"));
            }
            if (body.referredAt() != null && body.referredAt().isAfter(clock.instant().plusSeconds(300))) {
                errors.add(new Problems.FieldMessage("referredAt", "The date and time must be now or in the past"));
            }
        }
        if (!errors.isEmpty()) {
            return Problems.response(Problems.validation(errors));
        }
        FeedbackRecord record = records.find(reference).orElse(null);
        SafeguardingConcern concern = record == null ? null : safeguarding.find(id)
                .filter(c -> c.reference().equals(record.reference())).orElse(null);
        if (concern == null) {
            return notFound();
        }
        SafeguardingConcern referred = safeguarding.recordReferral(id, authentication.getName(), body.referredTo(),
                body.referredAt(), body.outcome(), request.getRemoteAddr());
        return ResponseEntity.ok(SafeguardingJson.concern(referred));
    }

    @GetMapping(path = "/api/v1/safeguarding/concerns", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(QUEUE_READERS)
    @Operation(summary = "The safeguarding queue", description = "Concerns by status, oldest first.")
    @ApiResponse(responseCode = "200", description = "`{items, page, size, totalItems}`")
    @ApiResponse(responseCode = "400", description = "Bad paging", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> queue(@Parameter(description = "OPEN or REFERRED; all when absent") @RequestParam(required = false) ConcernStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || page > 10_000) {
            return Problems.response(Problems.validation(List.of(new Problems.FieldMessage("page", "Enter a page number from 0 to 10000"))));
        }
        if (size < 1 || size > 100) {
            return Problems.response(Problems.validation(List.of(new Problems.FieldMessage("size", "Enter a page size from 1 to 100"))));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("items", safeguarding.queue(status, page, size).stream().map(SafeguardingJson::concern).toList());
        json.put("page", page);
        json.put("size", size);
        json.put("totalItems", safeguarding.count(status));
        return ResponseEntity.ok(json);
    }

    private static ResponseEntity<?> notFound() {
        return Problems.response(Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "No feedback or concern with that reference"));
    }
}
