package org.councilfeedback.triage.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.FeedbackType;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.triage.Classification;
import org.councilfeedback.triage.ClassificationException;
import org.councilfeedback.triage.ClassificationRequest;
import org.councilfeedback.triage.Classifications;
import org.councilfeedback.triage.TriageSuggestion;
import org.councilfeedback.triage.TriageAssistant;
import org.councilfeedback.triage.Exclusion;
import org.councilfeedback.triage.Process;
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
 * {@code /staff/feedback/{reference}/classify}: staff decide what a piece of feedback is, in the policy's words: for a
 * complaint, the process that handles it or why the complaints procedure does not apply; the 12-month rule when what
 * happened is older; a reason whenever the policy asks for one. The triage assistant's suggestion has its place on the
 * page; it only ever fills in the form.
 */
@StaffPages
class ClassificationPageController {

    static final String VIEW = "staff/complaints/classify";
    static final String CLASSIFIERS = "hasAnyRole('COMPLAINTS_OFFICER','SOCIAL_CARE_COMPLAINTS','DATA_PROTECTION_OFFICER')";
    /** The process radio's value when the complaints procedure does not apply. */
    static final String EXCLUDED = "EXCLUDED";

    private final FeedbackRecords records;
    private final Classifications classifications;
    private final TriageAssistant assistant;
    private final CouncilProfile profile;

    ClassificationPageController(FeedbackRecords records, Classifications classifications, CouncilProfile profile,
            TriageAssistant assistant) {
        this.assistant = assistant;
        this.records = records;
        this.classifications = classifications;
        this.profile = profile;
    }

    /** The form as submitted; every field is text so that nothing typed is lost. */
    static final class ClassificationForm {
        private String type;
        private String process;
        private String exclusion;
        private boolean acceptOutOfTime;
        private String reason;

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getProcess() {
            return process;
        }

        public void setProcess(String process) {
            this.process = process;
        }

        public String getExclusion() {
            return exclusion;
        }

        public void setExclusion(String exclusion) {
            this.exclusion = exclusion;
        }

        public boolean isAcceptOutOfTime() {
            return acceptOutOfTime;
        }

        public void setAcceptOutOfTime(boolean acceptOutOfTime) {
            this.acceptOutOfTime = acceptOutOfTime;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /**
     * What the triage assistant suggests, in the form's own values, with its explanation. Nothing supplies one yet: when
     * the assistant is wired in, {@link #suggestion} returns its answer and the page offers "Use this suggestion", which
     * only fills in the form.
     */
    record Suggestion(String type, String process, String exclusion, String reason, String explanation) {}

    @InitBinder("form")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("type", "process", "exclusion", "acceptOutOfTime", "reason");
    }

    @GetMapping("/staff/feedback/{reference}/classify")
    @PreAuthorize(CLASSIFIERS)
    String form(@PathVariable String reference, @RequestParam(name = "use", required = false) String use, Model model) {
        FeedbackRecord record = records.find(reference).orElseThrow(PageNotFoundException::new);
        ClassificationForm form = new ClassificationForm();
        Suggestion suggestion = suggestion(record);
        if ("suggestion".equals(use) && suggestion != null) {
            form.setType(suggestion.type());
            form.setProcess(suggestion.process() != null ? suggestion.process()
                    : suggestion.exclusion() != null ? EXCLUDED : null);
            form.setExclusion(suggestion.exclusion());
            form.setReason(suggestion.reason());
        } else {
            classifications.current(record).ifPresentOrElse(current -> prefill(form, current), () -> {
                if (record.chosenType() != FeedbackType.NOT_SURE) {
                    form.setType(record.chosenType().name());
                }
            });
        }
        model.addAttribute("suggestionUsed", "suggestion".equals(use) && suggestion != null);
        return page(record, form, new FormErrors(), model);
    }

    /** The triage assistant's suggestion for the feedback; none until the assistant is wired in. */
    Suggestion suggestion(FeedbackRecord record) {
        if (record.description() == null || record.description().isBlank()) {
            return null;
        }
        TriageSuggestion s = assistant.suggest(record.description());
        String safeguarding = s.safeguardingConcern()
                ? " It may describe someone at risk: raise a safeguarding concern if so." : "";
        return new Suggestion(s.type().name(), s.process() == null ? null : s.process().name(),
                s.exclusion() == null ? null : s.exclusion().name(),
                "Suggested by the triage assistant (" + Math.round(s.confidence() * 100) + "% confident): "
                        + String.join("; ", s.reasons()),
                String.join("; ", s.reasons()) + safeguarding);
    }

    @PostMapping("/staff/feedback/{reference}/classify")
    @PreAuthorize(CLASSIFIERS)
    String classify(@PathVariable String reference, @ModelAttribute("form") ClassificationForm form,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        FeedbackRecord record = records.find(reference).orElseThrow(PageNotFoundException::new);
        FormErrors errors = new FormErrors();
        FeedbackType type = parse(FeedbackType.class, form.getType());
        boolean complaint = type == FeedbackType.COMPLAINT;
        Process process = complaint ? parse(Process.class, form.getProcess()) : null;
        Exclusion exclusion = complaint && EXCLUDED.equals(form.getProcess()) ? parse(Exclusion.class, form.getExclusion()) : null;
        if (type == null || type == FeedbackType.NOT_SURE) {
            errors.add("type", "Choose what the feedback is: a complaint, compliment, suggestion or representation");
        }
        if (complaint && form.getProcess() == null) {
            errors.add("process", "Choose the complaints process, or that the complaints procedure does not apply");
        }
        if (complaint && EXCLUDED.equals(form.getProcess()) && exclusion == null) {
            errors.add("exclusion", "Choose why the complaints procedure does not apply");
        }
        if (!errors.isEmpty()) {
            return page(record, form, errors, model);
        }
        try {
            classifications.classify(record.reference(), new ClassificationRequest(type, process, exclusion,
                    form.getReason(), complaint && process != null && form.isAcceptOutOfTime()), authentication.getName());
        } catch (ClassificationException.NotFound e) {
            throw new PageNotFoundException();
        } catch (ClassificationException.Invalid e) {
            e.errors().forEach(error -> errors.add(field(error.field()), error.message()));
            return page(record, form, errors, model);
        } catch (ClassificationException.RuleBroken e) {
            errors.add(outOfTime(record) ? "acceptOutOfTime" : "type", e.getMessage());
            return page(record, form, errors, model);
        }
        redirect.addFlashAttribute("complaintDone", "Classified as " + words(type)
                + (process != null ? ": " + words(process) + " procedure" : "")
                + (exclusion != null ? ": the complaints procedure does not apply" : ""));
        return "redirect:/staff/feedback/" + record.reference();
    }

    private String page(FeedbackRecord record, ClassificationForm form, FormErrors errors, Model model) {
        model.addAttribute("record", record);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("outOfTime", outOfTime(record));
        model.addAttribute("receivedOn", receivedOn(record));
        model.addAttribute("classification", classifications.current(record).orElse(null));
        model.addAttribute("types", List.of(
                new Choice("COMPLAINT", "Complaint", "An expression of dissatisfaction with the council that the person "
                        + "believes needs resolution: a service delayed or unsatisfactory, statutory responsibilities not "
                        + "delivered, an employee's attitude or behaviour, poor customer service, how we handled personal "
                        + "information, or how we delivered a policy."),
                new Choice("COMPLIMENT", "Compliment", "An expression of praise or gratitude about an individual, a "
                        + "service, or a policy."),
                new Choice("SUGGESTION", "Suggestion", "An idea or plan put forward for consideration."),
                new Choice("REPRESENTATION", "Representation", "A comment or complaint about council policy or procedure "
                        + "(rather than how we have applied a policy or procedure), or about the allocation of resources or "
                        + "the nature or availability of services.")));
        List<Choice> processes = new ArrayList<>(List.of(
                new Choice(Process.CORPORATE.name(), "Corporate complaints procedure", "Every complaint that is not "
                        + "about social care or data protection."),
                new Choice(Process.CHILDRENS_SOCIAL_CARE.name(), "Children's social care", "The statutory three-stage "
                        + "procedure, handled by the social care complaints team."),
                new Choice(Process.ADULT_SOCIAL_CARE.name(), "Adult social care", "One stage with a response period "
                        + "agreed with the person, handled by the social care complaints team."),
                new Choice(Process.DATA_PROTECTION.name(), "Data protection", "How we handled personal information: "
                        + "to the Data Protection Officer, then the Information Commissioner's Office.")));
        processes.add(new Choice(EXCLUDED, "The complaints procedure does not apply", "Choose the reason below."));
        model.addAttribute("processes", processes);
        model.addAttribute("exclusions", exclusionChoices());
        model.addAttribute("triageSuggestion", suggestion(record));
        return VIEW;
    }

    static List<Choice> exclusionChoices() {
        return List.of(
                Choice.of(Exclusion.SAFEGUARDING.name(), "Safeguarding concern (refer immediately)"),
                Choice.of(Exclusion.SERVICE_REQUEST.name(), "A request for a service"),
                Choice.of(Exclusion.INFORMATION_REQUEST.name(), "A request for information or clarification of policy or procedures"),
                Choice.of(Exclusion.SCHOOL.name(), "An issue relating to an individual school (goes to the school)"),
                Choice.of(Exclusion.PARTNER_DISAGREEMENT.name(), "A professional disagreement by a partner organisation"),
                Choice.of(Exclusion.LEGAL_ACTION.name(), "Legal action, compensation or judicial review"),
                Choice.of(Exclusion.APPEAL.name(), "An appeal against a decision"),
                Choice.of(Exclusion.SCHOOL_ADMISSIONS_APPEAL.name(), "A school admissions appeal"),
                Choice.of(Exclusion.HIGHWAY_FIRST_REPORT.name(), "Reporting a highway issue for the first time"),
                Choice.of(Exclusion.COUNCILLOR_CONDUCT.name(), "A complaint about a County Councillor"),
                Choice.of(Exclusion.MP_CONDUCT.name(), "A complaint about an MP"),
                Choice.of(Exclusion.OUT_OF_TIME.name(), "Out of time: more than 12 months ago"));
    }

    private static void prefill(ClassificationForm form, Classification current) {
        form.setType(current.type().name());
        if (current.process() != null) {
            form.setProcess(current.process().name());
        } else if (current.exclusion() != null) {
            form.setProcess(EXCLUDED);
            form.setExclusion(current.exclusion().name());
        }
        form.setAcceptOutOfTime(current.outOfTimeAccepted());
        form.setReason(current.reason());
    }

    private static String field(String field) {
        return "acceptOutOfTime".equals(field) || "reason".equals(field) || "exclusion".equals(field)
                || "process".equals(field) ? field : "type";
    }

    private boolean outOfTime(FeedbackRecord record) {
        return record.eventDate() != null && record.eventDate().isBefore(receivedOn(record).minusMonths(12));
    }

    private LocalDate receivedOn(FeedbackRecord record) {
        return LocalDate.ofInstant(record.receivedAt(), profile.timeZone());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String words(Enum<?> value) {
        String text = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
