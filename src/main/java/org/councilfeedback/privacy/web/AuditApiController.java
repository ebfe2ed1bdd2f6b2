package org.councilfeedback.privacy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.councilfeedback.access.AuditEntry;
import org.councilfeedback.access.AuditTrail;
import org.councilfeedback.access.CaseFacts;
import org.councilfeedback.access.CaseProcess;
import org.councilfeedback.access.CaseViewer;
import org.councilfeedback.access.CaseVisibility;
import org.councilfeedback.access.Role;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.people.People;
import org.councilfeedback.people.Person;
import org.councilfeedback.web.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading the audit trail of a case or a person: the Data Protection Officer and administrators for any case (entries
 * hold no personal data), complaints officers for the corporate cases they may see.
 */
@RestController
@Tag(name = "Audit", description = "The audit trail of views and changes, and its verification")
class AuditApiController {

    static final String READERS = "hasAnyRole('DATA_PROTECTION_OFFICER','ADMIN','COMPLAINTS_OFFICER')";

    private final AuditTrail audit;
    private final FeedbackRecords records;
    private final CaseVisibility visibility;
    private final People people;

    AuditApiController(AuditTrail audit, FeedbackRecords records, CaseVisibility visibility, People people) {
        this.audit = audit;
        this.records = records;
        this.visibility = visibility;
        this.people = people;
    }

    @GetMapping(path = "/api/v1/feedback/{reference}/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(READERS)
    @Operation(summary = "Who viewed or changed a case, and when",
            description = "Oldest first, in pages: pass the last `id` as `afterId` for the next page.")
    @ApiResponse(responseCode = "200", description = "`{items, nextAfterId}`")
    @ApiResponse(responseCode = "400", description = "Bad paging", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such feedback that you can see", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> forCase(@PathVariable String reference,
            @Parameter(description = "Entries after this id") @RequestParam(defaultValue = "0") long afterId,
            @RequestParam(defaultValue = "100") int size, Authentication authentication, HttpServletRequest request) {
        var invalid = paging(afterId, size);
        if (invalid != null) {
            return invalid;
        }
        CaseViewer viewer = CaseViewer.of(authentication);
        FeedbackRecord record = records.find(reference).filter(r -> mayReadAudit(viewer, r.reference())).orElse(null);
        if (record == null) {
            return PrivacyApiController.notFound();
        }
        List<AuditEntry> entries = audit.forReference(record.reference(), afterId, size);
        audit.record(authentication.getName(), "AUDIT_VIEWED", record.reference(), null, "Audit trail of the case viewed",
                request.getRemoteAddr());
        return ResponseEntity.ok(page(entries, size));
    }

    @GetMapping(path = "/api/v1/people/{id}/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(READERS)
    @Operation(summary = "Who viewed or changed a person's records, and when",
            description = "Entries about the person and about each of their cases, oldest first; complaints officers see "
                    + "those about the person and their corporate cases they may see.")
    @ApiResponse(responseCode = "200", description = "`{items, nextAfterId}`")
    @ApiResponse(responseCode = "400", description = "Bad paging", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "No such person that you can see", content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> forPerson(@PathVariable long id, @RequestParam(defaultValue = "0") long afterId,
            @RequestParam(defaultValue = "100") int size, Authentication authentication, HttpServletRequest request) {
        var invalid = paging(afterId, size);
        if (invalid != null) {
            return invalid;
        }
        Person person = people.find(id).orElse(null);
        if (person == null) {
            return PrivacyApiController.personNotFound();
        }
        CaseViewer viewer = CaseViewer.of(authentication);
        List<String> references = people.referencesOf(id);
        boolean all = viewer.has(Role.DATA_PROTECTION_OFFICER) || viewer.has(Role.ADMIN);
        Set<String> readable = references.stream().filter(reference -> all || mayReadAudit(viewer, reference))
                .collect(Collectors.toSet());
        if (readable.isEmpty() && !all) {
            return PrivacyApiController.personNotFound();
        }
        List<AuditEntry> entries = audit.forPerson(id, references, afterId, size).stream()
                .filter(entry -> all || entry.reference() == null || readable.contains(entry.reference())).toList();
        audit.record(authentication.getName(), "AUDIT_VIEWED", null, id, "Audit trail of the person viewed",
                request.getRemoteAddr());
        return ResponseEntity.ok(page(entries, size));
    }

    /** The DPO and administrators read any case's audit; complaints officers corporate (or not yet classified) cases they see. */
    private boolean mayReadAudit(CaseViewer viewer, String reference) {
        if (viewer.has(Role.DATA_PROTECTION_OFFICER) || viewer.has(Role.ADMIN)) {
            return true;
        }
        CaseFacts facts = visibility.factsFor(reference);
        return (facts.process() == null || facts.process() == CaseProcess.CORPORATE)
                && CaseVisibility.decide(viewer, facts).canSeeCase();
    }

    private static Map<String, Object> page(List<AuditEntry> entries, int size) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("items", entries);
        json.put("nextAfterId", entries.size() < size || entries.isEmpty() ? null : entries.get(entries.size() - 1).id());
        return json;
    }

    private static ResponseEntity<?> paging(long afterId, int size) {
        if (afterId < 0) {
            return Problems.response(Problems.validation(List.of(new Problems.FieldMessage("afterId", "Enter 0 or more"))));
        }
        if (size < 1 || size > 500) {
            return Problems.response(Problems.validation(List.of(new Problems.FieldMessage("size", "Enter a page size from 1 to 500"))));
        }
        return null;
    }
}
