package org.councilfeedback.compliments.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.councilfeedback.compliments.Compliment;
import org.councilfeedback.compliments.ComplimentCounts;
import org.councilfeedback.compliments.ComplimentException;
import org.councilfeedback.compliments.Compliments;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.FeedbackType;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.web.Choice;
import org.councilfeedback.web.FormErrors;
import org.councilfeedback.web.PageNotFoundException;
import org.councilfeedback.web.StaffPages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Compliment pages: {@code /staff/feedback/{reference}/compliment} records who or what a compliment praises (the form
 * is also on the case page; this page shows it again with what is wrong), and {@code /staff/compliments} lists the
 * latest compliments with the counts by service area.
 */
@StaffPages
class ComplimentPagesController {

    static final String FORM_VIEW = "staff/types/form-page";
    static final String LIST_VIEW = "staff/compliments";
    static final String PATH = "/staff/feedback/{reference}/compliment";
    static final String ROLES = "hasAnyRole('CUSTOMER_SERVICES','COMPLAINTS_OFFICER')";
    static final String[] RECORDER_ROLES = {"CUSTOMER_SERVICES", "COMPLAINTS_OFFICER"};
    static final int RECENT = 50;

    static final List<Choice> KIND_CHOICES = List.of(
            new Choice("EMPLOYEE", "A member of staff", "The compliment is emailed to them when you give their email"),
            Choice.of("TEAM", "A team"),
            Choice.of("SERVICE", "A whole service"));

    /** Where each field the compliments module names is on the form. */
    private static final Map<String, String> FORM_FIELD = Map.of(
            "praised", "praisedKind",
            "praised.kind", "praisedKind",
            "praised.name", "praisedName",
            "praised.email", "praisedEmail",
            "praised.serviceArea", "praisedServiceArea");

    private final Compliments compliments;
    private final ComplimentCounts counts;
    private final FeedbackRecords records;
    private final CouncilProfile profile;
    private final Clock clock;

    ComplimentPagesController(Compliments compliments, ComplimentCounts counts, FeedbackRecords records,
            CouncilProfile profile, Clock clock) {
        this.compliments = compliments;
        this.counts = counts;
        this.records = records;
        this.profile = profile;
        this.clock = clock;
    }

    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields(PraisedForm.FIELDS);
    }

    @GetMapping(PATH)
    @PreAuthorize(ROLES)
    String form(@PathVariable String reference, Model model) {
        FeedbackRecord record = compliment(reference);
        return page(model, record, PraisedForm.of(compliments.find(record.reference()).orElse(null)), new FormErrors());
    }

    @PostMapping(PATH)
    @PreAuthorize(ROLES)
    String record(@PathVariable String reference, @ModelAttribute("form") PraisedForm form,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        FeedbackRecord record = compliment(reference);
        if (form.parsedKind() == null) {
            return page(model, record, form, new FormErrors().add("praisedKind", "Select who or what is praised"));
        }
        Compliment compliment;
        try {
            compliment = compliments.recordPraised(record.reference(), form.toPraised(), authentication.getName());
        } catch (ComplimentException e) {
            if (e.reason() == ComplimentException.Reason.NOT_FOUND) {
                throw new PageNotFoundException();
            }
            FormErrors errors = new FormErrors();
            if (e.reason() == ComplimentException.Reason.INVALID) {
                e.errors().forEach(error -> errors.add(FORM_FIELD.getOrDefault(error.field(), "praisedKind"),
                        error.message()));
            } else {
                errors.add("praisedKind", e.getMessage());
            }
            return page(model, record, form, errors);
        }
        redirect.addFlashAttribute("successTitle", compliment.passedOn() ? "Compliment passed on" : "Compliment recorded");
        redirect.addFlashAttribute("successText", compliment.passedOn()
                ? "Passed on to " + compliment.passedOnTo() + "."
                : "It praises " + compliments.describePraised(compliment) + ".");
        return "redirect:/staff/feedback/" + record.reference();
    }

    /** One row of the latest compliments. */
    record Row(Compliment compliment, String praised, String serviceAreaName) {}

    @GetMapping("/staff/compliments")
    @PreAuthorize(ROLES)
    String list(@RequestParam(name = "serviceArea", required = false) String serviceArea, Model model) {
        String area = serviceArea == null || serviceArea.isBlank() || profile.serviceArea(serviceArea).isEmpty()
                ? null : serviceArea;
        LocalDate today = LocalDate.now(clock.withZone(profile.timeZone()));
        LocalDate from = today.minusYears(1).plusDays(1);
        model.addAttribute("counts", counts.byServiceArea(from, today));
        model.addAttribute("from", from);
        model.addAttribute("today", today);
        model.addAttribute("serviceArea", area);
        model.addAttribute("serviceAreaName", area == null ? null : profile.serviceAreaName(area));
        model.addAttribute("rows", compliments.recent(area, RECENT).stream()
                .map(c -> new Row(c, compliments.describePraised(c),
                        c.serviceArea() == null ? null : profile.serviceAreaName(c.serviceArea())))
                .toList());
        model.addAttribute("limit", RECENT);
        return LIST_VIEW;
    }

    private FeedbackRecord compliment(String reference) {
        FeedbackRecord record = records.find(reference).orElseThrow(PageNotFoundException::new);
        if (record.type() != FeedbackType.COMPLIMENT) {
            throw new PageNotFoundException();
        }
        return record;
    }

    private String page(Model model, FeedbackRecord record, PraisedForm form, FormErrors errors) {
        model.addAttribute("reference", record.reference());
        model.addAttribute("heading", "Who or what is praised");
        model.addAttribute("formTemplate", ComplimentPanels.TEMPLATE);
        model.addAttribute("formFragment", "praisedForm");
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kindChoices", KIND_CHOICES);
        model.addAttribute("serviceAreaChoices", ComplimentPanels.serviceAreaChoices(profile));
        return FORM_VIEW;
    }
}
