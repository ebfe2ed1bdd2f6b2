package org.councilfeedback.privacy.web;

import jakarta.servlet.http.HttpServletRequest;
import org.councilfeedback.access.AuditTrail;
import org.councilfeedback.access.CaseViewer;
import org.councilfeedback.access.CaseVisibility;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.people.People;
import org.councilfeedback.people.Person;
import org.councilfeedback.privacy.Erasure;
import org.councilfeedback.privacy.LegalHolds;
import org.councilfeedback.privacy.PrivacyRuleException;
import org.councilfeedback.privacy.SubjectAccessExport;
import org.councilfeedback.web.FormErrors;
import org.councilfeedback.web.PageNotFoundException;
import org.councilfeedback.web.StaffPages;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The data protection officer's staff pages: the legal hold on a case, the audit trails of a case and of a person,
 * a person's subject access export and their erasure (with the reason and a confirmation).
 */
@StaffPages
class PrivacyPageController {

    static final String AUDIT_VIEW = "staff/people/audit";
    static final String ERASURE_VIEW = "staff/people/erasure";
    static final String PROBLEM_VIEW = "staff/people/problem";
    static final String DPO = "hasRole('DATA_PROTECTION_OFFICER')";
    static final String AUDIT_READERS = "hasAnyRole('DATA_PROTECTION_OFFICER','ADMIN')";

    private final FeedbackRecords records;
    private final CaseVisibility visibility;
    private final LegalHolds holds;
    private final AuditTrail audit;
    private final People people;
    private final SubjectAccessExport subjectAccess;
    private final Erasure erasure;

    PrivacyPageController(FeedbackRecords records, CaseVisibility visibility, LegalHolds holds, AuditTrail audit,
            People people, SubjectAccessExport subjectAccess, Erasure erasure) {
        this.records = records;
        this.visibility = visibility;
        this.holds = holds;
        this.audit = audit;
        this.people = people;
        this.subjectAccess = subjectAccess;
        this.erasure = erasure;
    }

    @PostMapping("/staff/feedback/{reference}/legal-hold")
    @PreAuthorize(DPO)
    String legalHold(@PathVariable String reference, @RequestParam(defaultValue = "true") boolean hold,
            @RequestParam(required = false) String reason, Authentication authentication, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        FeedbackRecord record = records.find(reference)
                .filter(r -> visibility.accessTo(CaseViewer.of(authentication), r.reference()).canSeeCase())
                .orElseThrow(PageNotFoundException::new);
        FormErrors errors = new FormErrors();
        if (hold && (reason == null || reason.isBlank())) {
            errors.add("holdReason", "Give the reason for the legal hold");
        } else if (reason != null && reason.length() > PrivacyApiController.REASON_MAX) {
            errors.add("holdReason", "Enter the reason in " + PrivacyApiController.REASON_MAX + " characters or fewer");
        }
        if (errors.isEmpty()) {
            try {
                if (hold) {
                    holds.place(record.reference(), reason.trim(), authentication.getName(), request.getRemoteAddr());
                } else {
                    holds.release(record.reference(), reason == null || reason.isBlank() ? null : reason.trim(),
                            authentication.getName(), request.getRemoteAddr());
                }
            } catch (PrivacyRuleException e) {
                errors.add("holdReason", e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("reference", record.reference());
            model.addAttribute("errors", errors);
            return PROBLEM_VIEW;
        }
        redirect.addFlashAttribute("caseUpdated", hold ? "Legal hold placed" : "Legal hold released");
        return "redirect:/staff/feedback/" + record.reference();
    }

    @GetMapping("/staff/feedback/{reference}/audit")
    @PreAuthorize(AUDIT_READERS)
    String caseAudit(@PathVariable String reference, Model model, Authentication authentication,
            HttpServletRequest request) {
        FeedbackRecord record = records.find(reference).orElseThrow(PageNotFoundException::new);
        model.addAttribute("auditTitle", "Audit trail of " + record.reference());
        model.addAttribute("back", "/staff/feedback/" + record.reference());
        model.addAttribute("entries", audit.forReference(record.reference(), 0, 500));
        audit.record(authentication.getName(), "AUDIT_VIEWED", record.reference(), null, "Audit trail of the case viewed",
                request.getRemoteAddr());
        return AUDIT_VIEW;
    }

    @GetMapping("/staff/people/{id}/audit")
    @PreAuthorize(AUDIT_READERS)
    String personAudit(@PathVariable long id, Model model, Authentication authentication, HttpServletRequest request) {
        Person person = people.find(id).orElseThrow(PageNotFoundException::new);
        model.addAttribute("auditTitle", "Audit trail of person " + person.id());
        model.addAttribute("back", "/staff/people/" + person.id());
        model.addAttribute("entries", audit.forPerson(id, people.referencesOf(id), 0, 500));
        audit.record(authentication.getName(), "AUDIT_VIEWED", null, id, "Audit trail of the person viewed",
                request.getRemoteAddr());
        return AUDIT_VIEW;
    }

    @GetMapping("/staff/people/{id}/subject-access-export")
    @PreAuthorize(DPO)
    ResponseEntity<byte[]> subjectAccess(@PathVariable long id, Authentication authentication, HttpServletRequest request) {
        Person person = people.find(id).filter(Person::isCurrent).orElseThrow(PageNotFoundException::new);
        byte[] zip = subjectAccess.export(person.id(), authentication.getName(), request.getRemoteAddr());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("subject-access-person-" + id + ".zip").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(zip);
    }

    @PostMapping("/staff/people/{id}/erasure")
    @PreAuthorize(DPO)
    String erase(@PathVariable long id, @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "false") boolean confirm, Authentication authentication,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Person person = people.find(id).filter(Person::isCurrent).orElseThrow(PageNotFoundException::new);
        FormErrors errors = new FormErrors();
        if (reason == null || reason.isBlank()) {
            errors.add("erasureReason", "Give the reason for the erasure");
        } else if (reason.length() > Erasure.REASON_MAX) {
            errors.add("erasureReason", "Enter the reason in " + Erasure.REASON_MAX + " characters or fewer");
        }
        if (!confirm) {
            errors.add("confirm", "Confirm that this person's personal data is to be erased");
        }
        if (errors.isEmpty()) {
            try {
                Erasure.Result result = erasure.erase(person.id(), reason.trim(), authentication.getName(),
                        request.getRemoteAddr());
                redirect.addFlashAttribute("caseUpdated", "Personal data erased from " + result.references().size()
                        + " pieces of feedback");
                return "redirect:/staff/people/" + id;
            } catch (PrivacyRuleException e) {
                errors.add("erasureReason", e.getMessage());
            }
        }
        model.addAttribute("person", person);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return ERASURE_VIEW;
    }
}
