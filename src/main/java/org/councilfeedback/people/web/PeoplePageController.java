package org.councilfeedback.people.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.councilfeedback.correspondence.Correspondence;
import org.councilfeedback.correspondence.OutgoingMessage;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.people.Adjustments;
import org.councilfeedback.people.ContactPreferenceRule;
import org.councilfeedback.people.HandlingRestriction;
import org.councilfeedback.people.HandlingRestrictions;
import org.councilfeedback.people.InformMethod;
import org.councilfeedback.people.InvalidPeopleRequestException;
import org.councilfeedback.people.People;
import org.councilfeedback.people.PeopleRuleException;
import org.councilfeedback.people.Person;
import org.councilfeedback.people.PersonFeedback;
import org.councilfeedback.people.Representatives;
import org.councilfeedback.people.ReviewDecision;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The people pages: {@code /staff/people/{id}} (details, feedback over time, adjustments, restrictions and their
 * letters), the forms of the person panel on a case page (confirm or reject a match, the representative's consent,
 * telling the person represented), reasonable adjustments, and placing and reviewing restrictions under the Customer
 * Handling Policy (decision-makers only). Every form redirects with a success banner.
 */
@StaffPages
class PeoplePageController {

    static final String PERSON_VIEW = "staff/people/person";
    static final String ADJUSTMENTS_VIEW = "staff/people/adjustments";
    static final String PLACE_VIEW = "staff/people/restrict";
    static final String REVIEW_VIEW = "staff/people/review";
    static final String PROBLEM_VIEW = "staff/people/problem";
    static final String DONE = "caseUpdated";

    private final PeopleAccess access;
    private final People people;
    private final Representatives representatives;
    private final HandlingRestrictions restrictions;
    private final FeedbackRecords records;
    private final CouncilProfile profile;
    private final Correspondence correspondence;
    private final Clock clock;
    private final ContactPreferenceRule contactRule;

    PeoplePageController(PeopleAccess access, People people, Representatives representatives,
            HandlingRestrictions restrictions, FeedbackRecords records, CouncilProfile profile,
            Correspondence correspondence, Clock clock, ContactPreferenceRule contactRule) {
        this.contactRule = contactRule;
        this.correspondence = correspondence;
        this.access = access;
        this.people = people;
        this.representatives = representatives;
        this.restrictions = restrictions;
        this.records = records;
        this.profile = profile;
        this.clock = clock;
    }

    /** One piece of the person's feedback, as the person page lists it. */
    record FeedbackRow(String reference, String type, String status, java.time.Instant receivedAt, String how) {}

    @GetMapping("/staff/people/{id}")
    @PreAuthorize(PeopleAccess.HANDLERS)
    String person(@PathVariable long id, Model model, Authentication authentication) {
        Person person = access.visiblePerson(id, authentication).orElseThrow(PageNotFoundException::new);
        if (person.mergedInto() != null) {
            return "redirect:/staff/people/" + person.mergedInto();
        }
        List<FeedbackRow> feedback = new ArrayList<>();
        for (PersonFeedback link : people.feedbackOf(id)) {
            records.find(link.reference()).ifPresent(record -> feedback.add(new FeedbackRow(record.reference(),
                    record.type().name(), record.status().name(), record.receivedAt(), link.how())));
        }
        model.addAttribute("person", person);
        model.addAttribute("feedback", feedback);
        model.addAttribute("adjustments", people.adjustmentsOf(id).orElse(null));
        model.addAttribute("preferenceExceptions", contactRule.exceptionsForPerson(id).stream().limit(20).toList());
        model.addAttribute("representations", feedback.stream()
                .map(row -> representatives.forFeedback(row.reference()).orElse(null)).filter(r -> r != null).toList());
        model.addAttribute("banner", restrictions.banner(id).map(b -> b.get("banner")).orElse(null));
        List<HandlingRestriction> all = restrictions.allFor(id);
        Map<Long, OutgoingMessage> letters = new java.util.HashMap<>();
        for (HandlingRestriction restriction : all) {
            if (restriction.letter() != null && restriction.letter().messageId() != null) {
                correspondence.find(restriction.letter().messageId()).ifPresent(letter -> letters.put(restriction.id(), letter));
            }
        }
        model.addAttribute("restrictions", all);
        model.addAttribute("letters", letters);
        model.addAttribute("decisionMaker", restrictions.isDecisionMaker(authentication.getName()));
        model.addAttribute("today", today());
        return PERSON_VIEW;
    }

    @PostMapping("/staff/feedback/{reference}/person-link")
    @PreAuthorize(PeopleAccess.HANDLERS)
    String link(@PathVariable String reference, @RequestParam(required = false) Long personId,
            @RequestParam(required = false) String decision, Authentication authentication, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        FeedbackRecord record = visibleCase(reference, authentication);
        if (personId == null || !("CONFIRM".equals(decision) || "REJECT".equals(decision))) {
            return problem(model, record.reference(), new FormErrors().add("decision", "Choose whether this is the same person"));
        }
        try {
            people.decide(record.reference(), personId, "CONFIRM".equals(decision), authentication.getName(),
                    request.getRemoteAddr());
        } catch (PeopleRuleException e) {
            return problem(model, record.reference(), new FormErrors().add("decision", e.getMessage()));
        }
        redirect.addFlashAttribute(DONE, "CONFIRM".equals(decision) ? "Match confirmed: the records are now one person"
                : "Match rejected: the records stay apart");
        return caseRedirect(record);
    }

    @PostMapping("/staff/feedback/{reference}/representative")
    @PreAuthorize(PeopleAccess.HANDLERS)
    String representative(@PathVariable String reference, @RequestParam(required = false) String relationship,
            @RequestParam(required = false) String consentGiven, @RequestParam(required = false) String consentEvidence,
            Authentication authentication, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        FeedbackRecord record = visibleCase(reference, authentication);
        FormErrors errors = new FormErrors();
        if (relationship == null || relationship.isBlank()) {
            errors.add("relationship", "Enter the representative's relationship to the person");
        } else if (relationship.length() > 100) {
            errors.add("relationship", "Enter the relationship in 100 characters or fewer");
        }
        if (consentEvidence != null && consentEvidence.length() > FeedbackPersonController.TEXT_MAX) {
            errors.add("consentEvidence", "Enter how we know in " + FeedbackPersonController.TEXT_MAX + " characters or fewer");
        }
        if (!errors.isEmpty()) {
            return problem(model, record.reference(), errors);
        }
        try {
            representatives.update(record.reference(), null, relationship.trim(),
                    consentGiven == null || consentGiven.isBlank() ? null : Boolean.valueOf(consentGiven),
                    FeedbackPersonController.blankToNull(consentEvidence), authentication.getName(), request.getRemoteAddr());
        } catch (PeopleRuleException e) {
            return problem(model, record.reference(), new FormErrors().add("relationship", e.getMessage()));
        }
        redirect.addFlashAttribute(DONE, "Relationship and consent saved");
        return caseRedirect(record);
    }

    @PostMapping("/staff/feedback/{reference}/representative/informed")
    @PreAuthorize(PeopleAccess.HANDLERS)
    String informed(@PathVariable String reference, @RequestParam(required = false) String how,
            @RequestParam(required = false) String note, Authentication authentication, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        FeedbackRecord record = visibleCase(reference, authentication);
        InformMethod method = parse(InformMethod.class, how);
        FormErrors errors = new FormErrors();
        if (method == null) {
            errors.add("how", "Select how the person represented was told");
        }
        if (note != null && note.length() > FeedbackPersonController.TEXT_MAX) {
            errors.add("note", "Enter the note in " + FeedbackPersonController.TEXT_MAX + " characters or fewer");
        }
        if (!errors.isEmpty()) {
            return problem(model, record.reference(), errors);
        }
        try {
            representatives.recordInformed(record.reference(), method, null, FeedbackPersonController.blankToNull(note),
                    authentication.getName(), request.getRemoteAddr());
        } catch (PeopleRuleException e) {
            return problem(model, record.reference(), new FormErrors().add("how", e.getMessage()));
        }
        redirect.addFlashAttribute(DONE, "Recorded that the person represented was told");
        return caseRedirect(record);
    }

    @GetMapping("/staff/people/{id}/adjustments")
    @PreAuthorize(PeopleAccess.HANDLERS)
    String adjustments(@PathVariable long id, @RequestParam(required = false) String from, Model model,
            Authentication authentication) {
        Person person = currentPerson(id, authentication);
        Adjustments current = people.adjustmentsOf(id).orElse(new Adjustments(false, false, false, null, false, null,
                null, null, null, null));
        String back = returnTo(from, authentication);
        return adjustmentsPage(model, person, current, back == null ? "/staff/people/" + id : back, new FormErrors());
    }

    @PostMapping("/staff/people/{id}/adjustments")
    @PreAuthorize(PeopleAccess.HANDLERS)
    String saveAdjustments(@PathVariable long id, @RequestParam(required = false) String from,
            @RequestParam(defaultValue = "false") boolean largePrint, @RequestParam(defaultValue = "false") boolean textRelay,
            @RequestParam(defaultValue = "false") boolean interpreter, @RequestParam(required = false) String interpreterLanguage,
            @RequestParam(defaultValue = "false") boolean advocate, @RequestParam(required = false) String advocateDetails,
            @RequestParam(required = false) String preferredTimes, @RequestParam(required = false) String other,
            Authentication authentication, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Person person = currentPerson(id, authentication);
        Adjustments asked = new Adjustments(largePrint, textRelay, interpreter, blank(interpreterLanguage), advocate,
                blank(advocateDetails), blank(preferredTimes), blank(other), null, null);
        String returnTo = returnTo(from, authentication);
        String back = returnTo == null ? "/staff/people/" + id : returnTo;
        FormErrors errors = new FormErrors();
        if (interpreter && asked.interpreterLanguage() == null) {
            errors.add("interpreterLanguage", "Enter the language the interpreter is needed for");
        }
        for (String[] field : new String[][] {{"interpreterLanguage", interpreterLanguage}, {"advocateDetails", advocateDetails},
                {"preferredTimes", preferredTimes}, {"other", other}}) {
            if (field[1] != null && field[1].length() > FeedbackPersonController.TEXT_MAX) {
                errors.add(field[0], "Enter " + FeedbackPersonController.TEXT_MAX + " characters or fewer");
            }
        }
        if (errors.isEmpty()) {
            try {
                people.updateAdjustments(id, asked, authentication.getName(), request.getRemoteAddr());
            } catch (InvalidPeopleRequestException e) {
                e.problems().forEach(problem -> errors.add(problem.field(), problem.message()));
            } catch (PeopleRuleException e) {
                errors.add("largePrint", e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            return adjustmentsPage(model, person, asked, back, errors);
        }
        redirect.addFlashAttribute(DONE, "Reasonable adjustments saved");
        return "redirect:" + back;
    }

    @GetMapping("/staff/people/{id}/restrictions/new")
    @PreAuthorize(PeopleAccess.HANDLERS)
    String restrictForm(@PathVariable long id, Model model, Authentication authentication) {
        Person person = currentPerson(id, authentication);
        requireDecisionMaker(authentication);
        LocalDate start = today();
        return placePage(model, person, List.of(), Map.of(), null, null, date(start), date(start.plusMonths(6)), new FormErrors());
    }

    @PostMapping("/staff/people/{id}/restrictions/new")
    @PreAuthorize(PeopleAccess.HANDLERS)
    String restrict(@PathVariable long id, @RequestParam(name = "kind", required = false) List<String> kinds,
            @RequestParam Map<String, String> params, Authentication authentication, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        Person person = currentPerson(id, authentication);
        requireDecisionMaker(authentication);
        List<String> chosen = kinds == null ? List.of() : kinds;
        List<HandlingRestrictions.TermRequest> terms = chosen.stream()
                .map(code -> new HandlingRestrictions.TermRequest(code, params.get("detail-" + code))).toList();
        String reason = params.get("reason");
        String spoc = blank(params.get("singlePointOfContact"));
        FormErrors errors = new FormErrors();
        String[] start = {params.get("startDay"), params.get("startMonth"), params.get("startYear")};
        String[] review = {params.get("reviewDay"), params.get("reviewMonth"), params.get("reviewYear")};
        LocalDate startsOn = parseDate(start, "startDay", "the start date", errors);
        LocalDate reviewOn = parseDate(review, "reviewDay", "the review date", errors);
        if (spoc != null && spoc.length() > 200) {
            errors.add("singlePointOfContact", "Enter the single point of contact in 200 characters or fewer");
        }
        if (errors.isEmpty()) {
            String fullReason = reason == null || spoc == null ? reason : reason.trim() + "\n\nSingle point of contact: " + spoc;
            try {
                restrictions.place(id, fullReason, terms, startsOn, reviewOn, authentication.getName(), request.getRemoteAddr());
            } catch (InvalidPeopleRequestException e) {
                e.problems().forEach(problem -> errors.add(placeField(problem.field(), chosen), problem.message()));
            } catch (PeopleRuleException e) {
                errors.add("kind", e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            return placePage(model, person, chosen, params, reason, spoc, start, review, errors);
        }
        redirect.addFlashAttribute(DONE, "Handling restrictions placed: the letter telling the person is on its way");
        return "redirect:/staff/people/" + id;
    }

    @GetMapping("/staff/people/{id}/restrictions/{restrictionId}/review")
    @PreAuthorize(PeopleAccess.HANDLERS)
    String reviewForm(@PathVariable long id, @PathVariable long restrictionId, Model model, Authentication authentication) {
        Person person = currentPerson(id, authentication);
        requireDecisionMaker(authentication);
        HandlingRestriction restriction = restrictionOf(id, restrictionId);
        return reviewPage(model, person, restriction, null, null, date(today().plusMonths(6)), new FormErrors());
    }

    @PostMapping("/staff/people/{id}/restrictions/{restrictionId}/review")
    @PreAuthorize(PeopleAccess.HANDLERS)
    String review(@PathVariable long id, @PathVariable long restrictionId, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String nextDay,
            @RequestParam(required = false) String nextMonth, @RequestParam(required = false) String nextYear,
            Authentication authentication, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Person person = currentPerson(id, authentication);
        requireDecisionMaker(authentication);
        HandlingRestriction restriction = restrictionOf(id, restrictionId);
        ReviewDecision chosen = parse(ReviewDecision.class, decision);
        FormErrors errors = new FormErrors();
        String[] next = {nextDay, nextMonth, nextYear};
        if (chosen == null) {
            errors.add("decision", "Select whether the restrictions continue or end");
        }
        LocalDate nextReviewOn = chosen == ReviewDecision.RENEW ? parseDate(next, "nextDay", "the next review date", errors) : null;
        if (errors.isEmpty()) {
            try {
                restrictions.review(id, restrictionId, chosen, reason, nextReviewOn, authentication.getName(),
                        request.getRemoteAddr());
            } catch (InvalidPeopleRequestException e) {
                e.problems().forEach(problem -> errors.add("nextReviewOn".equals(problem.field()) ? "nextDay" : problem.field(),
                        problem.message()));
            } catch (PeopleRuleException e) {
                errors.add("decision", e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            return reviewPage(model, person, restriction, decision, reason, next, errors);
        }
        redirect.addFlashAttribute(DONE, chosen == ReviewDecision.RENEW ? "Review recorded: the restrictions continue"
                : "Review recorded: the restrictions have ended");
        return "redirect:/staff/people/" + id;
    }

    private String adjustmentsPage(Model model, Person person, Adjustments adjustments, String back, FormErrors errors) {
        model.addAttribute("person", person);
        model.addAttribute("adjustments", adjustments);
        model.addAttribute("back", back);
        model.addAttribute("errors", errors);
        return ADJUSTMENTS_VIEW;
    }

    private String placePage(Model model, Person person, List<String> chosen, Map<String, String> params, String reason,
            String spoc, String[] start, String[] review, FormErrors errors) {
        model.addAttribute("person", person);
        model.addAttribute("kinds", restrictions.kinds());
        model.addAttribute("chosen", chosen);
        model.addAttribute("params", params);
        model.addAttribute("reason", reason);
        model.addAttribute("singlePointOfContact", spoc);
        model.addAttribute("start", start);
        model.addAttribute("review", review);
        model.addAttribute("errors", errors);
        return PLACE_VIEW;
    }

    private String reviewPage(Model model, Person person, HandlingRestriction restriction, String decision, String reason,
            String[] next, FormErrors errors) {
        model.addAttribute("person", person);
        model.addAttribute("restriction", restriction);
        model.addAttribute("decision", decision);
        model.addAttribute("reason", reason);
        model.addAttribute("next", next);
        model.addAttribute("errors", errors);
        return REVIEW_VIEW;
    }

    private String problem(Model model, String reference, FormErrors errors) {
        model.addAttribute("reference", reference);
        model.addAttribute("errors", errors);
        return PROBLEM_VIEW;
    }

    private static String placeField(String field, List<String> chosen) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("restrictions\\[(\\d+)\\]\\.(code|detail)").matcher(field);
        if (matcher.matches()) {
            int index = Integer.parseInt(matcher.group(1));
            return "detail".equals(matcher.group(2)) && index < chosen.size() ? "detail-" + chosen.get(index) : "kind";
        }
        return switch (field) {
            case "restrictions" -> "kind";
            case "startsOn" -> "startDay";
            case "reviewOn" -> "reviewDay";
            default -> field;
        };
    }

    private LocalDate parseDate(String[] parts, String field, String what, FormErrors errors) {
        if (parts[0] == null || parts[0].isBlank()) {
            if ((parts[1] == null || parts[1].isBlank()) && (parts[2] == null || parts[2].isBlank())) {
                return null;
            }
        }
        try {
            return LocalDate.of(Integer.parseInt(parts[2].trim()), Integer.parseInt(parts[1].trim()),
                    Integer.parseInt(parts[0].trim()));
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            errors.add(field, "Enter " + what + " as a real date, for example 27 3 2026");
            return null;
        }
    }

    private Person currentPerson(long id, Authentication authentication) {
        Person person = access.visiblePerson(id, authentication).orElseThrow(PageNotFoundException::new);
        if (!person.isCurrent()) {
            throw new PageNotFoundException();
        }
        return person;
    }

    private HandlingRestriction restrictionOf(long personId, long restrictionId) {
        return restrictions.find(restrictionId).filter(r -> r.personId() == personId && r.isActive())
                .orElseThrow(PageNotFoundException::new);
    }

    private void requireDecisionMaker(Authentication authentication) {
        if (!restrictions.isDecisionMaker(authentication.getName())) {
            throw new AccessDeniedException("Only an authorised decision-maker may place or review restrictions");
        }
    }

    private FeedbackRecord visibleCase(String reference, Authentication authentication) {
        return access.visibleCase(reference, authentication).orElseThrow(PageNotFoundException::new);
    }

    private String returnTo(String from, Authentication authentication) {
        if (from != null && access.visibleCase(from, authentication).isPresent()) {
            return "/staff/feedback/" + access.visibleCase(from, authentication).get().reference();
        }
        return null;
    }

    private static String caseRedirect(FeedbackRecord record) {
        return "redirect:/staff/feedback/" + record.reference();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(profile.timeZone()));
    }

    private static String[] date(LocalDate date) {
        return new String[] {Integer.toString(date.getDayOfMonth()), Integer.toString(date.getMonthValue()),
                Integer.toString(date.getYear())};
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
