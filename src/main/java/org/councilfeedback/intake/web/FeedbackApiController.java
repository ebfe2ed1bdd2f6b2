package org.councilfeedback.intake.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.councilfeedback.intake.FeedbackDetails;
import org.councilfeedback.intake.FeedbackIntake;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.FeedbackSearch;
import org.councilfeedback.intake.FeedbackStatus;
import org.councilfeedback.intake.FeedbackSubmission;
import org.councilfeedback.intake.FeedbackType;
import org.councilfeedback.intake.Receipt;
import org.councilfeedback.intake.SearchResult;
import org.councilfeedback.intake.SubmissionRateLimiter;
import org.councilfeedback.intake.Submitter;
import org.councilfeedback.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/feedback}: give feedback (public or staff), read it and search it (staff). */
@RestController
@RequestMapping("/api/v1/feedback")
@Tag(name = "Feedback", description = "Give feedback, read it and search it")
class FeedbackApiController {

    static final String CASE_READERS = "hasAnyRole('CUSTOMER_SERVICES','COMPLAINTS_OFFICER','INVESTIGATING_OFFICER',"
            + "'SOCIAL_CARE_COMPLAINTS','DATA_PROTECTION_OFFICER','DIRECTOR')";
    private static final List<String> RECORDING_ROLES = List.of("ROLE_CUSTOMER_SERVICES", "ROLE_COMPLAINTS_OFFICER",
            "ROLE_INVESTIGATING_OFFICER", "ROLE_SOCIAL_CARE_COMPLAINTS", "ROLE_DATA_PROTECTION_OFFICER");
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("^[\\x21-\\x7E][\\x20-\\x7E]{0,254}$");

    private final FeedbackIntake intake;
    private final FeedbackRecords records;
    private final SubmissionRateLimiter rateLimiter;
    private final FeedbackDetails details;
    private final VisibleCases visibleCases;

    FeedbackApiController(FeedbackIntake intake, FeedbackRecords records, SubmissionRateLimiter rateLimiter,
            FeedbackDetails details, VisibleCases visibleCases) {
        this.visibleCases = visibleCases;
        this.intake = intake;
        this.records = records;
        this.rateLimiter = rateLimiter;
        this.details = details;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Give feedback",
            description = "Public without credentials (online only); staff with credentials may record any channel and a past receivedAt.")
    @ApiResponse(responseCode = "201", description = "Stored; Location names the new record",
            content = @Content(schema = @Schema(implementation = Receipt.class)))
    @ApiResponse(responseCode = "400", description = "Bad input; nothing stored", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "Idempotency-Key reused with a different body", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "429", description = "Too many public submissions from this address; see Retry-After", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> submit(@RequestBody FeedbackSubmission submission,
            @Parameter(description = "1–255 printable ASCII characters; a repeat with the same key and body returns the original response")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            Authentication authentication, HttpServletRequest request) {
        if (submission == null) {
            return Problems.response(Problems.problem(HttpStatus.BAD_REQUEST, "malformed", "Malformed request",
                    "Send the feedback as a JSON object"));
        }
        if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            return Problems.response(Problems.validation(List.of(new Problems.FieldMessage("Idempotency-Key",
                    "The Idempotency-Key header must be 1 to 255 printable ASCII characters"))));
        }
        Submitter submitter;
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            var wait = rateLimiter.tryAcquire(request.getRemoteAddr());
            if (wait.isPresent()) {
                return tooManyRequests(wait.get());
            }
            submitter = Submitter.publicUser(request.getRemoteAddr());
        } else if (authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(RECORDING_ROLES::contains)) {
            submitter = Submitter.staff(authentication.getName(), request.getRemoteAddr());
        } else {
            return Problems.response(Problems.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                    "Your role does not allow recording feedback"));
        }
        FeedbackIntake.Outcome outcome = intake.submit(submission, submitter, idempotencyKey);
        Receipt receipt = outcome.receipt();
        return ResponseEntity.created(URI.create("/api/v1/feedback/" + receipt.reference())).body(receipt);
    }

    @GetMapping(path = "/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(CASE_READERS)
    @Operation(summary = "The whole record as the caller may see it")
    ResponseEntity<?> get(@PathVariable String reference, Authentication authentication) {
        return visibleCases.find(reference, authentication)
                .<ResponseEntity<?>>map(visible -> ResponseEntity.ok(visible.redact(details(visible.record()))))
                .orElseGet(() -> notFound(reference));
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(CASE_READERS)
    @Operation(summary = "Search feedback", description = "Free text over reference, names, email, postcode and description, "
            + "plus filters, newest first. `totalItems` is the exact number of matches, except that a free-text search "
            + "counts up to 1,000: when more match, `totalItems` is 1,000 and `totalItemsCapped` is true (pages beyond "
            + "still work; narrow the search to see a smaller total).")
    ResponseEntity<?> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) FeedbackType type,
            @RequestParam(required = false) FeedbackStatus status,
            @RequestParam(required = false) String process,
            @RequestParam(required = false) String serviceArea,
            @RequestParam(required = false) String assignedTo,
            @RequestParam(required = false) LocalDate dueBefore,
            @RequestParam(required = false) Instant receivedFrom,
            @RequestParam(required = false) Instant receivedTo,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Authentication authentication) {
        if (page < 0 || page > 10_000) {
            return Problems.response(Problems.validation(List.of(new Problems.FieldMessage("page", "Enter a page number from 0 to 10000"))));
        }
        if (size < 1 || size > FeedbackSearch.MAX_SIZE) {
            return Problems.response(Problems.validation(List.of(new Problems.FieldMessage("size", "Enter a page size from 1 to 100"))));
        }
        if (q != null && q.length() > 200) {
            return Problems.response(Problems.validation(List.of(new Problems.FieldMessage("q", "Search for 200 characters or fewer"))));
        }
        Map<String, String> moduleFilters = new LinkedHashMap<>();
        if (process != null && !process.isBlank()) {
            moduleFilters.put("process", process.trim());
        }
        if (assignedTo != null && !assignedTo.isBlank()) {
            moduleFilters.put("assignedTo", assignedTo.trim());
        }
        SearchResult result;
        try {
            result = records.search(new FeedbackSearch(q, type, status, serviceArea, dueBefore, receivedFrom,
                    receivedTo, page, size, moduleFilters));
        } catch (IllegalArgumentException invalidFilter) {
            String[] parts = String.valueOf(invalidFilter.getMessage()).split(": ", 2);
            return Problems.response(Problems.validation(List.of(new Problems.FieldMessage(parts[0],
                    parts.length > 1 ? parts[1] : "Enter a valid value"))));
        }
        return ResponseEntity.ok(Map.of("items", visibleCases.filter(result.items(), authentication).stream()
                        .map(FeedbackApiController::summary).toList(),
                "page", result.page(), "size", result.size(), "totalItems", result.totalItems(),
                "totalItemsCapped", result.totalItemsCapped()));
    }

    private static Map<String, Object> summary(org.councilfeedback.intake.FeedbackSummary s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reference", s.reference());
        json.put("type", s.type());
        json.put("status", s.status());
        json.put("channel", s.channel());
        json.put("receivedAt", s.receivedAt());
        json.put("serviceArea", s.serviceArea());
        json.put("dueBy", s.acknowledged() ? null : s.dueBy());
        return json;
    }

    Map<String, Object> details(FeedbackRecord record) {
        return details.of(record);
    }

    private static ResponseEntity<ProblemDetail> notFound(String reference) {
        return Problems.response(Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "No feedback with that reference that you can see"));
    }

    private static ResponseEntity<ProblemDetail> tooManyRequests(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        ProblemDetail problem = Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                "Too many submissions from your connection. Please wait " + seconds + " seconds and try again.");
        return ResponseEntity.status(429).header("Retry-After", Long.toString(seconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
