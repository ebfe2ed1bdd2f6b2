package org.councilfeedback.suggestions.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.FeedbackType;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.suggestions.Suggestion;
import org.councilfeedback.suggestions.SuggestionException;
import org.councilfeedback.suggestions.Suggestions;
import org.councilfeedback.web.Choice;
import org.councilfeedback.web.DisplayFormats;
import org.councilfeedback.web.DueState;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Suggestion pages: the service a suggestion is for ({@code /staff/feedback/{reference}/suggestion}), the service's
 * decision ({@code …/suggestion-decision}); both forms are also on the case page, and these pages show them again
 * with what is wrong. {@code /staff/suggestions} lists the suggestions waiting for a decision.
 */
@StaffPages
class SuggestionPagesController {

    static final String FORM_VIEW = "staff/types/form-page";
    static final String QUEUE_VIEW = "staff/suggestions";
    static final String SERVICE_PATH = "/staff/feedback/{reference}/suggestion";
    static final String DECISION_PATH = "/staff/feedback/{reference}/suggestion-decision";
    static final String SERVICE = "hasAnyRole('CUSTOMER_SERVICES','COMPLAINTS_OFFICER')";
    static final String DECISION = "hasAnyRole('COMPLAINTS_OFFICER','DIRECTOR')";
    static final String[] SERVICE_ROLES = {"CUSTOMER_SERVICES", "COMPLAINTS_OFFICER"};
    static final String[] DECISION_ROLES = {"COMPLAINTS_OFFICER", "DIRECTOR"};
    static final List<Choice> DECISION_CHOICES = SuggestionPanels.decisionChoices();
    static final int LIMIT = 200;

    private final Suggestions suggestions;
    private final FeedbackRecords records;
    private final CouncilProfile profile;
    private final Clock clock;
    private final DisplayFormats formats;

    SuggestionPagesController(Suggestions suggestions, FeedbackRecords records, CouncilProfile profile, Clock clock,
            DisplayFormats formats) {
        this.suggestions = suggestions;
        this.records = records;
        this.profile = profile;
        this.clock = clock;
        this.formats = formats;
    }

    @InitBinder("serviceForm")
    void allowOnlyServiceFields(WebDataBinder binder) {
        binder.setAllowedFields(SuggestionForms.ServiceForm.FIELDS);
    }

    @InitBinder("decisionForm")
    void allowOnlyDecisionFields(WebDataBinder binder) {
        binder.setAllowedFields(SuggestionForms.DecisionForm.FIELDS);
    }

    @GetMapping(SERVICE_PATH)
    @PreAuthorize(SERVICE)
    String serviceForm(@PathVariable String reference, Model model) {
        FeedbackRecord record = suggestion(reference);
        SuggestionForms.ServiceForm form = new SuggestionForms.ServiceForm();
        form.setServiceArea(suggestions.find(record.reference()).map(Suggestion::serviceArea).orElse(null));
        return servicePage(model, record, form, new FormErrors());
    }

    @PostMapping(SERVICE_PATH)
    @PreAuthorize(SERVICE)
    String setService(@PathVariable String reference, @ModelAttribute("serviceForm") SuggestionForms.ServiceForm form,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        FeedbackRecord record = suggestion(reference);
        Suggestion suggestion;
        try {
            suggestion = suggestions.assignService(record.reference(), form.getServiceArea(), authentication.getName());
        } catch (SuggestionException e) {
            return servicePage(model, record, form, errors(e, "suggestionServiceArea"));
        }
        redirect.addFlashAttribute("successTitle", "Service set: " + profile.serviceAreaName(suggestion.serviceArea()));
        redirect.addFlashAttribute("successText", suggestion.passedOn()
                ? "Passed to " + suggestion.passedTo() + "; their decision is due by "
                        + formats.longDate(suggestion.decisionDueBy()) + "."
                : "It is not passed on yet: it is passed on once it is classified as a suggestion.");
        return "redirect:/staff/feedback/" + record.reference();
    }

    @GetMapping(DECISION_PATH)
    @PreAuthorize(DECISION)
    String decisionForm(@PathVariable String reference, Model model) {
        return decisionPage(model, suggestion(reference), new SuggestionForms.DecisionForm(), new FormErrors());
    }

    @PostMapping(DECISION_PATH)
    @PreAuthorize(DECISION)
    String decide(@PathVariable String reference, @ModelAttribute("decisionForm") SuggestionForms.DecisionForm form,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        FeedbackRecord record = suggestion(reference);
        FormErrors errors = new FormErrors();
        if (form.parsedDecision() == null) {
            errors.add("suggestionDecision", "Select the service's decision");
        }
        if (form.getExplanation() == null || form.getExplanation().isBlank()) {
            errors.add("suggestionExplanation", "Explain the decision; the person will be told");
        }
        if (!errors.isEmpty()) {
            return decisionPage(model, record, form, errors);
        }
        Suggestion suggestion;
        try {
            suggestion = suggestions.decide(record.reference(), form.parsedDecision(), form.getExplanation(),
                    authentication.getName());
        } catch (SuggestionException e) {
            return decisionPage(model, record, form, errors(e, "suggestionDecision"));
        }
        redirect.addFlashAttribute("successTitle", "Decision recorded: " + Suggestions.label(suggestion.decision()));
        redirect.addFlashAttribute("successText", "The person is being told whether we made any changes as a result.");
        return "redirect:/staff/feedback/" + record.reference();
    }

    /** One suggestion waiting for a decision. */
    record Row(Suggestion suggestion, String summary, String serviceAreaName, String decisionLabel, DueState due,
            boolean dueSoon) {}

    @GetMapping("/staff/suggestions")
    @PreAuthorize(DECISION)
    String queue(Model model) {
        LocalDate today = LocalDate.now(clock.withZone(profile.timeZone()));
        LocalDate soon = suggestions.dueSoonBy(today);
        List<Row> rows = suggestions.awaitingDecision(LIMIT).stream().map(suggestion -> {
            DueState due = DueState.of(suggestion.decisionDueBy(), false, today);
            return new Row(suggestion, records.find(suggestion.reference()).map(r -> summary(r.description())).orElse(""),
                    suggestion.serviceArea() == null ? null : profile.serviceAreaName(suggestion.serviceArea()),
                    Suggestions.label(suggestion.decision()), due,
                    due == DueState.LATER && !suggestion.decisionDueBy().isAfter(soon));
        }).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("overdue", rows.stream().filter(row -> row.due() == DueState.OVERDUE).count());
        model.addAttribute("dueSoon", rows.stream().filter(row -> row.due() == DueState.TODAY || row.dueSoon()).count());
        model.addAttribute("limit", LIMIT);
        return QUEUE_VIEW;
    }

    static String summary(String text) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return line.length() <= 120 ? line : line.substring(0, 117) + "...";
    }

    private FeedbackRecord suggestion(String reference) {
        FeedbackRecord record = records.find(reference).orElseThrow(PageNotFoundException::new);
        if (record.type() != FeedbackType.SUGGESTION) {
            throw new PageNotFoundException();
        }
        return record;
    }

    private static FormErrors errors(SuggestionException e, String ruleField) {
        if (e.reason() == SuggestionException.Reason.NOT_FOUND) {
            throw new PageNotFoundException();
        }
        FormErrors errors = new FormErrors();
        if (e.reason() == SuggestionException.Reason.INVALID) {
            e.errors().forEach(error -> errors.add(switch (error.field()) {
                case "serviceArea" -> "suggestionServiceArea";
                case "explanation" -> "suggestionExplanation";
                default -> "suggestionDecision";
            }, error.message()));
        } else {
            errors.add(ruleField, e.getMessage());
        }
        return errors;
    }

    private String servicePage(Model model, FeedbackRecord record, SuggestionForms.ServiceForm form, FormErrors errors) {
        model.addAttribute("reference", record.reference());
        model.addAttribute("heading", "The service the suggestion is for");
        model.addAttribute("formTemplate", SuggestionPanels.TEMPLATE);
        model.addAttribute("formFragment", "serviceForm");
        model.addAttribute("serviceForm", form);
        model.addAttribute("errors", errors);
        model.addAttribute("serviceAreaChoices", SuggestionPanels.serviceAreaChoices(profile));
        return FORM_VIEW;
    }

    private String decisionPage(Model model, FeedbackRecord record, SuggestionForms.DecisionForm form, FormErrors errors) {
        model.addAttribute("reference", record.reference());
        model.addAttribute("heading", "The service's decision");
        model.addAttribute("formTemplate", SuggestionPanels.TEMPLATE);
        model.addAttribute("formFragment", "decisionForm");
        model.addAttribute("decisionForm", form);
        model.addAttribute("errors", errors);
        model.addAttribute("decisionChoices", DECISION_CHOICES);
        return FORM_VIEW;
    }
}
