package org.councilfeedback.safeguarding.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.councilfeedback.access.CaseViewer;
import org.councilfeedback.access.CaseVisibility;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.safeguarding.ConcernStatus;
import org.councilfeedback.safeguarding.Safeguarding;
import org.councilfeedback.safeguarding.SafeguardingConcern;
import org.councilfeedback.web.FormErrors;
import org.councilfeedback.web.PageNotFoundException;
import org.councilfeedback.web.StaffPages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Safeguarding on the staff pages: raise a concern in one step from a case page (the leads are alerted at once),
 * record its referral, and the queue of open concerns for the safeguarding leads. A concern never stops the
 * feedback's own handling. The case page shows concerns through the fragments in {@code staff/safeguarding/case}.
 */
@StaffPages
class SafeguardingPageController {

    static final String RAISE_VIEW = "staff/safeguarding/raise";
    static final String REFERRAL_VIEW = "staff/safeguarding/referral";
    static final String QUEUE_VIEW = "staff/safeguarding/queue";
    /** Flash attribute the case page shows as a success banner. */
    static final String DONE = "caseUpdated";

    private final Safeguarding safeguarding;
    private final FeedbackRecords records;
    private final CaseVisibility visibility;
    private final CouncilProfile profile;
    private final Clock clock;

    SafeguardingPageController(Safeguarding safeguarding, FeedbackRecords records, CaseVisibility visibility,
            CouncilProfile profile, Clock clock) {
        this.safeguarding = safeguarding;
        this.records = records;
        this.visibility = visibility;
        this.profile = profile;
        this.clock = clock;
    }

    @PostMapping("/staff/feedback/{reference}/safeguarding-concerns")
    @PreAuthorize(SafeguardingApiController.HANDLERS)
    String raise(@PathVariable String reference, @RequestParam(required = false) String concern,
            Authentication authentication, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        FeedbackRecord record = visibleCase(reference, authentication);
        FormErrors errors = new FormErrors();
        if (concern == null || concern.isBlank()) {
            errors.add("concern", "Describe the concern: who may be at risk and why");
        } else if (concern.length() > Safeguarding.CONCERN_MAX) {
            errors.add("concern", "Describe the concern in " + Safeguarding.CONCERN_MAX + " characters or fewer");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("reference", record.reference());
            model.addAttribute("concern", concern);
            model.addAttribute("errors", errors);
            model.addAttribute("referralPhone", safeguarding.referralPhone());
            return RAISE_VIEW;
        }
        safeguarding.raise(record.reference(), authentication.getName(), concern, request.getRemoteAddr());
        redirect.addFlashAttribute(DONE, "Safeguarding concern raised: the safeguarding leads have been alerted. Refer it to "
                + safeguarding.referralAuthority() + " on " + safeguarding.referralPhone() + " and record the referral.");
        return "redirect:/staff/feedback/" + record.reference() + "#safeguarding";
    }

    @PostMapping("/staff/feedback/{reference}/safeguarding-concerns/{id}/referral")
    @PreAuthorize(SafeguardingApiController.HANDLERS)
    String referral(@PathVariable String reference, @PathVariable long id,
            @RequestParam(required = false) String referredTo, @RequestParam(required = false) String referredDay,
            @RequestParam(required = false) String referredMonth, @RequestParam(required = false) String referredYear,
            @RequestParam(required = false) String outcome, Authentication authentication, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        FeedbackRecord record = visibleCase(reference, authentication);
        SafeguardingConcern concern = safeguarding.find(id).filter(c -> c.reference().equals(record.reference()))
                .orElseThrow(PageNotFoundException::new);
        FormErrors errors = new FormErrors();
        if (referredTo != null && referredTo.length() > 300) {
            errors.add("referredTo", "Enter who it was referred to in 300 characters or fewer");
        }
        Instant referredAt = referredAt(referredDay, referredMonth, referredYear, errors);
        if (outcome == null || outcome.isBlank()) {
            errors.add("outcome", "Record the outcome of the referral");
        } else if (outcome.length() > Safeguarding.OUTCOME_MAX) {
            errors.add("outcome", "Enter the outcome in " + Safeguarding.OUTCOME_MAX + " characters or fewer");
        }
        if (!errors.isEmpty()) {
            model.addAttribute("reference", record.reference());
            model.addAttribute("concern", concern);
            model.addAttribute("referredTo", referredTo);
            model.addAttribute("referredDay", referredDay);
            model.addAttribute("referredMonth", referredMonth);
            model.addAttribute("referredYear", referredYear);
            model.addAttribute("outcome", outcome);
            model.addAttribute("errors", errors);
            return REFERRAL_VIEW;
        }
        safeguarding.recordReferral(concern.id(), authentication.getName(), referredTo, referredAt, outcome,
                request.getRemoteAddr());
        redirect.addFlashAttribute(DONE, "Safeguarding referral recorded");
        return "redirect:/staff/feedback/" + record.reference() + "#safeguarding";
    }

    @GetMapping("/staff/safeguarding")
    @PreAuthorize(SafeguardingApiController.QUEUE_READERS)
    String queue(Model model) {
        model.addAttribute("concerns", safeguarding.queue(ConcernStatus.OPEN, 0, 100));
        model.addAttribute("openCount", safeguarding.count(ConcernStatus.OPEN));
        model.addAttribute("referralPhone", safeguarding.referralPhone());
        return QUEUE_VIEW;
    }

    private Instant referredAt(String day, String month, String year, FormErrors errors) {
        boolean blank = isBlank(day) && isBlank(month) && isBlank(year);
        if (blank) {
            return null;
        }
        ZoneId zone = profile.timeZone();
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year.trim()), Integer.parseInt(month.trim()),
                    Integer.parseInt(day.trim()));
            LocalDate today = LocalDate.now(clock.withZone(zone));
            if (date.isAfter(today)) {
                errors.add("referredDay", "The date of the referral must be today or in the past");
                return null;
            }
            if (date.equals(today)) {
                return clock.instant();
            }
            return LocalDateTime.of(date, java.time.LocalTime.NOON).atZone(zone).toInstant();
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            errors.add("referredDay", "Enter the date of the referral as a real date, for example 27 3 2026");
            return null;
        }
    }

    private FeedbackRecord visibleCase(String reference, Authentication authentication) {
        CaseViewer viewer = CaseViewer.of(authentication);
        return records.find(reference).filter(record -> visibility.accessTo(viewer, record.reference()).canSeeCase())
                .orElseThrow(PageNotFoundException::new);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
