package org.councilfeedback.complaints.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.councilfeedback.access.Role;
import org.councilfeedback.access.StaffAccounts;
import org.councilfeedback.complaints.Actor;
import org.councilfeedback.complaints.ComplaintCommands;
import org.councilfeedback.complaints.ComplaintException;
import org.councilfeedback.complaints.ComplaintHandling;
import org.councilfeedback.complaints.ComplaintOverviews;
import org.councilfeedback.complaints.OmbudsmanBody;
import org.councilfeedback.complaints.OmbudsmanDecision;
import org.councilfeedback.complaints.Outcome;
import org.councilfeedback.complaints.Remedy;
import org.councilfeedback.triage.Process;
import org.councilfeedback.web.Choice;
import org.councilfeedback.web.FormErrors;
import org.councilfeedback.web.PageNotFoundException;
import org.councilfeedback.web.StaffPages;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /staff/feedback/{reference}/complaint/…}: one page per action on a complaint's current stage, each reached in
 * one click from the case page's complaint panel: acknowledge, assign, extend, agree the response period, record the
 * review panel and its report, respond (then check and edit the letter before it is sent), escalate, record and update
 * the Ombudsman referral, complete a promised action. Every POST redirects to the case page with a success banner; the
 * procedure's rules come back as error messages on the form.
 */
@StaffPages
@RequestMapping("/staff/feedback/{reference}/complaint")
@PreAuthorize(Callers.HANDLERS)
class ComplaintCasePageController {

    static final String VIEW = "staff/complaints/action";
    static final String CHECK_VIEW = "staff/complaints/check-response";
    static final String DONE = "complaintDone";
    static final int ACTION_ROWS = 3;
    private static final String PENDING = "complaintResponse:";

    private final ComplaintHandling handling;
    private final ComplaintOverviews overviews;
    private final StaffAccounts staff;

    ComplaintCasePageController(ComplaintHandling handling, ComplaintOverviews overviews, StaffAccounts staff) {
        this.handling = handling;
        this.overviews = overviews;
        this.staff = staff;
    }

    /** A response waiting for its letter to be checked, kept in the session between the two steps. */
    record PendingResponse(String outcome, ArrayList<String> remedies, String summary, ArrayList<PendingAction> actions)
            implements Serializable {

        ComplaintCommands.Response command(String letterText) {
            return new ComplaintCommands.Response(Outcome.valueOf(outcome),
                    remedies.stream().map(Remedy::valueOf).toList(), summary,
                    actions.stream().map(a -> new ComplaintCommands.Action(a.description(), a.owner(), a.dueBy())).toList(),
                    letterText);
        }
    }

    /** An action promised in a pending response. */
    record PendingAction(String description, String owner, LocalDate dueBy) implements Serializable {}

    // acknowledge

    @PostMapping("/acknowledge")
    String acknowledge(@PathVariable String reference, Authentication authentication, RedirectAttributes redirect) {
        ComplaintOverviews.Overview overview = overview(reference, authentication);
        try {
            handling.acknowledge(reference, Callers.actor(authentication));
        } catch (ComplaintException.RuleBroken e) {
            redirect.addFlashAttribute("complaintProblem", e.getMessage());
            return caseUrl(reference);
        } catch (ComplaintException e) {
            throw translate(e);
        }
        return done(reference, overview.currentStageName() + " acknowledged",
                "The acknowledgement is on its way to the complainant.", redirect);
    }

    // assign

    @GetMapping("/assign")
    String assignForm(@PathVariable String reference, Authentication authentication, Model model) {
        ComplaintOverviews.Overview overview = overview(reference, authentication);
        Map<String, String> values = new HashMap<>();
        values.put("handler", overview.current().handler());
        values.put("independentPerson", overview.current().independentPerson());
        return page("assign", overview, values, new FormErrors(), model);
    }

    @PostMapping("/assign")
    String assign(@PathVariable String reference, @RequestParam Map<String, String> values,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        ComplaintOverviews.Overview overview = overview(reference, authentication);
        FormErrors errors = new FormErrors();
        try {
            handling.assign(reference, new ComplaintCommands.Assignment(values.get("handler"),
                    overview.independentPerson() ? values.get("independentPerson") : null), Callers.actor(authentication));
        } catch (ComplaintException.Invalid e) {
            e.errors().forEach(error -> errors.add(error.field(), error.message()));
            return page("assign", overview, values, errors, model);
        } catch (ComplaintException.RuleBroken e) {
            errors.add("handler", e.getMessage());
            return page("assign", overview, values, errors, model);
        } catch (ComplaintException e) {
            throw translate(e);
        }
        return done(reference, overview.currentStageName() + " assigned to " + values.get("handler"), null, redirect);
    }

    // extend

    @GetMapping("/extend")
    String extendForm(@PathVariable String reference, Authentication authentication, Model model) {
        return page("extend", overview(reference, authentication), new HashMap<>(), new FormErrors(), model);
    }

    @PostMapping("/extend")
    String extend(@PathVariable String reference, @RequestParam Map<String, String> values,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        ComplaintOverviews.Overview overview = overview(reference, authentication);
        FormErrors errors = new FormErrors();
        LocalDate to = DateFields.read(values, "extendedTo", "extendedTo", "the new due date", true, errors);
        if (blank(values.get("reason"))) {
            errors.add("reason", "Enter the reason for the extension; the complainant is told it");
        }
        if (!errors.isEmpty()) {
            return page("extend", overview, values, errors, model);
        }
        try {
            handling.extend(reference, new ComplaintCommands.Extension(to, values.get("reason")), Callers.actor(authentication));
        } catch (ComplaintException.Invalid e) {
            e.errors().forEach(error -> errors.add(error.field(), error.message()));
            return page("extend", overview, values, errors, model);
        } catch (ComplaintException.RuleBroken e) {
            errors.add("extendedTo", e.getMessage());
            return page("extend", overview, values, errors, model);
        } catch (ComplaintException e) {
            throw translate(e);
        }
        return done(reference, overview.currentStageName() + " extended",
                "The complainant is told the new date and the reason.", redirect);
    }

    // agree the response period (adult social care)

    @GetMapping("/response-period")
    String responsePeriodForm(@PathVariable String reference, Authentication authentication, Model model) {
        ComplaintOverviews.Overview overview = overview(reference, authentication);
        Map<String, String> values = new HashMap<>();
        DateFields.write(values, "respondBy", overview.current().agreedResponseBy());
        return page("response-period", overview, values, new FormErrors(), model);
    }

    @PostMapping("/response-period")
    String responsePeriod(@PathVariable String reference, @RequestParam Map<String, String> values,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        ComplaintOverviews.Overview overview = overview(reference, authentication);
        FormErrors errors = new FormErrors();
        LocalDate respondBy = DateFields.read(values, "respondBy", "respondBy", "the response date agreed with the complainant", true, errors);
        if (!errors.isEmpty()) {
            return page("response-period", overview, values, errors, model);
        }
        try {
            handling.agreeResponsePeriod(reference, new ComplaintCommands.ResponsePeriod(respondBy, values.get("note")),
                    Callers.actor(authentication));
        } catch (ComplaintException.Invalid e) {
            e.errors().forEach(error -> errors.add(error.field(), error.message()));
            return page("response-period", overview, values, errors, model);
        } catch (ComplaintException.RuleBroken e) {
            errors.add("respondBy", e.getMessage());
            return page("response-period", overview, values, errors, model);
        } catch (ComplaintException e) {
            throw translate(e);
        }
        return done(reference, "Response date agreed", null, redirect);
    }

    // review panel (children's social care stage 3)

    @GetMapping("/review-panel")
    String reviewPanelForm(@PathVariable String reference, Authentication authentication, Model model) {
        return page("review-panel", overview(reference, authentication), new HashMap<>(), new FormErrors(), model);
    }

    @PostMapping("/review-panel")
    String reviewPanel(@PathVariable String reference, @RequestParam Map<String, String> values,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        ComplaintOverviews.Overview overview = overview(reference, authentication);
        boolean report = overview.allowed().recordReviewPanelReport();
        FormErrors errors = new FormErrors();
        LocalDate on = DateFields.read(values, "on", "on", report ? "the date the panel's report was received"
                : "the date the review panel met", true, errors);
        if (!errors.isEmpty()) {
            return page("review-panel", overview, values, errors, model);
        }
        try {
            if (report) {
                handling.recordReviewPanelReport(reference, new ComplaintCommands.ReviewPanelReport(on), Callers.actor(authentication));
            } else {
                handling.recordReviewPanel(reference, new ComplaintCommands.ReviewPanel(on), Callers.actor(authentication));
            }
        } catch (ComplaintException.Invalid | ComplaintException.RuleBroken e) {
            errors.add("on", e.getMessage());
            return page("review-panel", overview, values, errors, model);
        } catch (ComplaintException e) {
            throw translate(e);
        }
        return done(reference, report ? "Review panel report recorded" : "Review panel recorded", null, redirect);
    }

    // respond: the decision, then the letter

    @GetMapping("/respond")
    String respondForm(@PathVariable String reference, Authentication authentication, HttpSession session, Model model) {
        ComplaintOverviews.Overview overview = overview(reference, authentication);
        Map<String, String> values = new HashMap<>();
        List<String> remedies = List.of();
        if (session.getAttribute(PENDING + overview.reference()) instanceof PendingResponse pending) {
            values.put("outcome", pending.outcome());
            values.put("summary", pending.summary());
            for (int i = 0; i < pending.actions().size() && i < ACTION_ROWS; i++) {
                PendingAction action = pending.actions().get(i);
                values.put("action" + (i + 1) + "Description", action.description());
                values.put("action" + (i + 1) + "Owner", action.owner());
                DateFields.write(values, "action" + (i + 1) + "Due", action.dueBy());
            }
            remedies = pending.remedies();
        }
        model.addAttribute("remediesChosen", remedies);
        return page("respond", overview, values, new FormErrors(), model);
    }

    @PostMapping("/respond")
    String respond(@PathVariable String reference, @RequestParam Map<String, String> values,
            @RequestParam(name = "remedies", required = false) List<String> remedies, Authentication authentication,
            HttpSession session, Model model) {
        ComplaintOverviews.Overview overview = overview(reference, authentication);
        FormErrors errors = new FormErrors();
        Outcome outcome = parse(Outcome.class, values.get("outcome"));
        if (outcome == null) {
            errors.add("outcome", "Choose the outcome");
        }
        ArrayList<String> chosen = new ArrayList<>();
        for (String remedy : remedies == null ? List.<String>of() : remedies) {
            Remedy parsed = parse(Remedy.class, remedy);
            if (parsed == null) {
                errors.add("remedies", "Choose remedies from the list");
            } else if (!chosen.contains(parsed.name())) {
                chosen.add(parsed.name());
            }
        }
        String summary = values.get("summary");
        if (blank(summary) && outcome != Outcome.WITHDRAWN) {
            errors.add("summary", "Enter the reasons for the decision; they go in the response");
        } else if (summary != null && summary.length() > 10_000) {
            errors.add("summary", "Enter 10000 characters or fewer");
        }
        ArrayList<PendingAction> actions = new ArrayList<>();
        for (int i = 1; i <= ACTION_ROWS; i++) {
            String description = values.get("action" + i + "Description");
            String owner = values.get("action" + i + "Owner");
            LocalDate due = DateFields.read(values, "action" + i + "Due", "action" + i + "-due", "the date action " + i + " is due", false, errors);
            boolean started = !blank(description) || !blank(owner) || due != null
                    || !blank(values.get("action" + i + "DueDay")) || !blank(values.get("action" + i + "DueYear"));
            if (!started) {
                continue;
            }
            if (blank(description)) {
                errors.add("action" + i + "-description", "Describe action " + i);
            }
            if (blank(owner)) {
                errors.add("action" + i + "-owner", "Enter who owns action " + i);
            }
            if (due == null) {
                errors.add("action" + i + "-due", "Enter the date action " + i + " is due");
            }
            actions.add(new PendingAction(description == null ? null : description.strip(),
                    owner == null ? null : owner.strip(), due));
        }
        if (!errors.isEmpty()) {
            model.addAttribute("remediesChosen", chosen);
            return page("respond", overview, values, errors, model);
        }
        session.setAttribute(PENDING + overview.reference(), new PendingResponse(outcome.name(), chosen,
                blank(summary) ? null : summary.strip(), actions));
        return "redirect:/staff/feedback/" + overview.reference() + "/complaint/respond/check";
    }

    @GetMapping("/respond/check")
    String checkResponse(@PathVariable String reference, Authentication authentication, HttpSession session, Model model) {
        ComplaintOverviews.Overview overview = overview(reference, authentication);
        if (!(session.getAttribute(PENDING + overview.reference()) instanceof PendingResponse pending)) {
            return "redirect:/staff/feedback/" + overview.reference() + "/complaint/respond";
        }
        return checkPage(overview, pending, null, new FormErrors(), authentication, model);
    }

    @PostMapping("/respond/check")
    String sendResponse(@PathVariable String reference, @RequestParam(name = "letterText", required = false) String letterText,
            Authentication authentication, HttpSession session, Model model, RedirectAttributes redirect) {
        ComplaintOverviews.Overview overview = overview(reference, authentication);
        if (!(session.getAttribute(PENDING + overview.reference()) instanceof PendingResponse pending)) {
            return "redirect:/staff/feedback/" + overview.reference() + "/complaint/respond";
        }
        FormErrors errors = new FormErrors();
        if (blank(letterText)) {
            errors.add("letterText", "Enter the letter to send");
            return checkPage(overview, pending, letterText, errors, authentication, model);
        }
        try {
            handling.respond(overview.reference(), pending.command(letterText), Callers.actor(authentication));
        } catch (ComplaintException.Invalid e) {
            e.errors().forEach(error -> errors.add("letterText", error.message()));
            return checkPage(overview, pending, letterText, errors, authentication, model);
        } catch (ComplaintException.RuleBroken e) {
            errors.add("letterText", e.getMessage());
            return checkPage(overview, pending, letterText, errors, authentication, model);
        } catch (ComplaintException e) {
            throw translate(e);
        }
        session.removeAttribute(PENDING + overview.reference());
        return done(reference, "Response sent at " + overview.currentStageName(),
                "The response letter is on its way to the complainant.", redirect);
    }

    private String checkPage(ComplaintOverviews.Overview overview, PendingResponse pending, String letterText,
            FormErrors errors, Authentication authentication, Model model) {
        ComplaintCommands.ResponseDraft draft;
        try {
            draft = handling.responseDraft(overview.reference(), pending.command(null), Callers.actor(authentication));
        } catch (ComplaintException.RuleBroken e) {
            errors.add("letterText", e.getMessage());
            draft = new ComplaintCommands.ResponseDraft("", letterText == null ? "" : letterText);
        } catch (ComplaintException e) {
            throw translate(e);
        }
        model.addAttribute("overview", overview);
        model.addAttribute("pending", pending);
        model.addAttribute("subject", draft.subject());
        model.addAttribute("letterText", letterText != null ? letterText : draft.text());
        model.addAttribute("errors", errors);
        return CHECK_VIEW;
    }

    // escalate

    @GetMapping("/escalate")
    String escalateForm(@PathVariable String reference, Authentication authentication, Model model) {
        return page("escalate", overview(reference, authentication), new HashMap<>(), new FormErrors(), model);
    }

    @PostMapping("/escalate")
    String escalate(@PathVariable String reference, @RequestParam Map<String, String> values,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        ComplaintOverviews.Overview overview = overview(reference, authentication);
        FormErrors errors = new FormErrors();
        try {
            handling.escalate(reference, new ComplaintCommands.Escalation(values.get("reason")), Callers.actor(authentication));
        } catch (ComplaintException.Invalid | ComplaintException.RuleBroken e) {
            errors.add("reason", e.getMessage());
            return page("escalate", overview, values, errors, model);
        } catch (ComplaintException e) {
            throw translate(e);
        }
        return done(reference, "Escalated to " + overview.nextStageName(), "The complainant is told what happens next.",
                redirect);
    }

    // Ombudsman referral

    @GetMapping("/ombudsman")
    String referralForm(@PathVariable String reference, Authentication authentication, Model model) {
        ComplaintOverviews.Overview overview = overview(reference, authentication);
        Map<String, String> values = new HashMap<>();
        ComplaintOverviews.Referral r = overview.referral();
        values.put("body", r != null ? r.body().name() : overview.ombudsman().name());
        if (r != null) {
            values.put("bodyReference", r.reference());
            DateFields.write(values, "enquiryOn", r.enquiryOn());
            DateFields.write(values, "decisionOn", r.decisionOn());
            values.put("decision", r.decision() == null ? null : r.decision().name());
            values.put("remedy", r.remedy());
            DateFields.write(values, "complianceDueBy", r.complianceDueBy());
        }
        return page("ombudsman", overview, values, new FormErrors(), model);
    }

    @PostMapping("/ombudsman")
    String refer(@PathVariable String reference, @RequestParam Map<String, String> values,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        ComplaintOverviews.Overview overview = overview(reference, authentication);
        FormErrors errors = new FormErrors();
        OmbudsmanBody body = parse(OmbudsmanBody.class, values.get("body"));
        if (body == null) {
            errors.add("body", "Choose the Ombudsman (LGSCO) or the Information Commissioner's Office (ICO)");
        }
        LocalDate enquiryOn = DateFields.read(values, "enquiryOn", "enquiryOn", "the date of their enquiry", false, errors);
        LocalDate decisionOn = DateFields.read(values, "decisionOn", "decisionOn", "the date of their decision", false, errors);
        OmbudsmanDecision decision = parse(OmbudsmanDecision.class, values.get("decision"));
        if (!blank(values.get("decision")) && decision == null) {
            errors.add("decision", "Choose their decision from the list");
        }
        LocalDate complianceDueBy = DateFields.read(values, "complianceDueBy", "complianceDueBy",
                "the date the council must comply by", false, errors);
        if (!errors.isEmpty()) {
            return page("ombudsman", overview, values, errors, model);
        }
        ComplaintCommands.OmbudsmanReferral command = new ComplaintCommands.OmbudsmanReferral(body,
                values.get("bodyReference"), enquiryOn, decisionOn, decision, values.get("remedy"), complianceDueBy);
        boolean update = overview.referral() != null;
        try {
            if (update) {
                handling.updateOmbudsmanReferral(reference, command, Callers.actor(authentication));
            } else {
                handling.referToOmbudsman(reference, command, Callers.actor(authentication));
            }
        } catch (ComplaintException.Invalid e) {
            e.errors().forEach(error -> errors.add("reference".equals(error.field()) ? "bodyReference" : error.field(),
                    error.message()));
            return page("ombudsman", overview, values, errors, model);
        } catch (ComplaintException.RuleBroken e) {
            errors.add("body", e.getMessage());
            return page("ombudsman", overview, values, errors, model);
        } catch (ComplaintException e) {
            throw translate(e);
        }
        return done(reference, update ? body + " referral updated" : "Referral to the " + body + " recorded", null, redirect);
    }

    // promised actions

    @PostMapping("/actions/{actionId}/complete")
    String completeAction(@PathVariable String reference, @PathVariable long actionId, Authentication authentication,
            RedirectAttributes redirect) {
        overview(reference, authentication);
        try {
            handling.completeAction(reference, actionId, Callers.actor(authentication));
        } catch (ComplaintException.RuleBroken e) {
            redirect.addFlashAttribute("complaintProblem", e.getMessage());
            return caseUrl(reference);
        } catch (ComplaintException e) {
            throw translate(e);
        }
        return done(reference, "Action completed", null, redirect);
    }

    // helpers

    private ComplaintOverviews.Overview overview(String reference, Authentication authentication) {
        return overviews.of(reference, Callers.actor(authentication)).orElseThrow(PageNotFoundException::new);
    }

    private String page(String action, ComplaintOverviews.Overview overview, Map<String, String> values,
            FormErrors errors, Model model) {
        if (!allowed(action, overview.allowed())) {
            throw new AccessDeniedException("Not allowed now");
        }
        model.addAttribute("action", action);
        model.addAttribute("overview", overview);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        if (!model.containsAttribute("remediesChosen")) {
            model.addAttribute("remediesChosen", List.of());
        }
        model.addAttribute("handlers", handlerChoices(overview));
        model.addAttribute("outcomes", choices(Outcome.values()));
        model.addAttribute("remedies", choices(Remedy.values()));
        model.addAttribute("bodies", List.of(Choice.of("LGSCO", "Local Government and Social Care Ombudsman (LGSCO)"),
                Choice.of("ICO", "Information Commissioner's Office (ICO)")));
        model.addAttribute("decisions", choices(OmbudsmanDecision.values()));
        model.addAttribute("actionRows", List.of(1, 2, 3));
        model.addAttribute("title", switch (action) {
            case "assign" -> overview.process() == Process.CHILDRENS_SOCIAL_CARE && overview.independentPerson()
                    ? "Assign the investigating officer and independent person" : "Assign the investigating officer";
            case "extend" -> "Extend " + overview.currentStageName();
            case "response-period" -> "Agree the response period";
            case "review-panel" -> overview.allowed().recordReviewPanelReport() ? "Record the review panel's report"
                    : "Record the review panel";
            case "respond" -> "Respond at " + overview.currentStageName();
            case "escalate" -> "Escalate to " + overview.nextStageName();
            default -> overview.referral() == null ? "Record the Ombudsman referral" : "Update the Ombudsman referral";
        });
        return VIEW;
    }

    private static boolean allowed(String action, ComplaintOverviews.Allowed allowed) {
        return switch (action) {
            case "assign" -> allowed.assign();
            case "extend" -> allowed.extend();
            case "response-period" -> allowed.agreeResponsePeriod();
            case "review-panel" -> allowed.recordReviewPanel() || allowed.recordReviewPanelReport();
            case "respond" -> allowed.respond();
            case "escalate" -> allowed.escalate();
            case "ombudsman" -> allowed.refer() || allowed.updateReferral();
            default -> false;
        };
    }

    /** Staff who may handle a case under the procedure: its owning role, and investigating officers. */
    private List<Choice> handlerChoices(ComplaintOverviews.Overview overview) {
        Map<String, Choice> choices = new LinkedHashMap<>();
        for (Role role : List.of(overview.owner(), Role.INVESTIGATING_OFFICER)) {
            for (StaffAccounts.StaffMember member : staff.withRole(role)) {
                choices.putIfAbsent(member.username(), Choice.of(member.username(),
                        member.displayName() + " (" + member.username() + ")"));
            }
        }
        return List.copyOf(choices.values());
    }

    private static List<Choice> choices(Enum<?>[] values) {
        List<Choice> choices = new ArrayList<>();
        for (Enum<?> value : values) {
            choices.add(Choice.of(value.name(), words(value)));
        }
        return choices;
    }

    private static String done(String reference, String title, String text, RedirectAttributes redirect) {
        redirect.addFlashAttribute(DONE, title);
        if (text != null) {
            redirect.addFlashAttribute("complaintDoneText", text);
        }
        return caseUrl(reference);
    }

    private static String caseUrl(String reference) {
        return "redirect:/staff/feedback/" + reference + "#complaint";
    }

    private static RuntimeException translate(ComplaintException e) {
        if (e instanceof ComplaintException.NotPermitted) {
            return new AccessDeniedException(e.getMessage());
        }
        if (e instanceof ComplaintException.NotFound) {
            return new PageNotFoundException();
        }
        return e;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String words(Enum<?> value) {
        String text = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
