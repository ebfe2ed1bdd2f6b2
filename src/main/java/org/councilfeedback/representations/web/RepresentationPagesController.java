package org.councilfeedback.representations.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.FeedbackType;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.representations.Representation;
import org.councilfeedback.representations.RepresentationException;
import org.councilfeedback.representations.Representations;
import org.councilfeedback.representations.RepresentationsProfile;
import org.councilfeedback.web.Choice;
import org.councilfeedback.web.DisplayFormats;
import org.councilfeedback.web.DueState;
import org.councilfeedback.web.FormErrors;
import org.councilfeedback.web.PageNotFoundException;
import org.councilfeedback.web.StaffMember;
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
 * Representation pages of one case: its policy area ({@code /staff/feedback/{reference}/representation}), its group
 * ({@code …/representation-group}), the Director's decision ({@code …/representation-decision}) and the members'
 * decision ({@code …/members-decision}); the forms are also on the case page, and these pages show them again with
 * what is wrong. {@code /staff/representations} is the queue: the Director's representations awaiting a decision, and
 * for complaints officers those with no policy area or group yet.
 */
@StaffPages
class RepresentationPagesController {

    static final String QUEUE_VIEW = "staff/representations";
    static final String BASE = "/staff/feedback/{reference}";
    static final int LIMIT = 200;

    private final Representations representations;
    private final RepresentationsProfile settings;
    private final FeedbackRecords records;
    private final CouncilProfile profile;
    private final Clock clock;
    private final DisplayFormats formats;

    RepresentationPagesController(Representations representations, RepresentationsProfile settings,
            FeedbackRecords records, CouncilProfile profile, Clock clock, DisplayFormats formats) {
        this.representations = representations;
        this.settings = settings;
        this.records = records;
        this.profile = profile;
        this.clock = clock;
        this.formats = formats;
    }

    @InitBinder("policyAreaForm")
    void policyAreaFields(WebDataBinder binder) {
        binder.setAllowedFields(RepresentationForms.PolicyAreaForm.FIELDS);
    }

    @InitBinder("groupForm")
    void groupFields(WebDataBinder binder) {
        binder.setAllowedFields(RepresentationForms.GroupForm.FIELDS);
    }

    @InitBinder("decisionForm")
    void decisionFields(WebDataBinder binder) {
        binder.setAllowedFields(RepresentationForms.DecisionForm.FIELDS);
    }

    @InitBinder("membersForm")
    void membersFields(WebDataBinder binder) {
        binder.setAllowedFields(RepresentationForms.MembersForm.FIELDS);
    }

    // --- policy area

    @GetMapping(BASE + "/representation")
    @PreAuthorize(RepresentationPages.ROUTERS)
    String policyAreaForm(@PathVariable String reference, Model model) {
        FeedbackRecord record = representation(reference);
        RepresentationForms.PolicyAreaForm form = new RepresentationForms.PolicyAreaForm();
        form.setPolicyArea(representations.find(record.reference()).map(Representation::policyArea).orElse(null));
        return policyAreaPage(model, record, form, new FormErrors());
    }

    @PostMapping(BASE + "/representation")
    @PreAuthorize(RepresentationPages.ROUTERS)
    String setPolicyArea(@PathVariable String reference,
            @ModelAttribute("policyAreaForm") RepresentationForms.PolicyAreaForm form, Authentication authentication,
            Model model, RedirectAttributes redirect) {
        FeedbackRecord record = representation(reference);
        Representation representation;
        try {
            representation = representations.setPolicyArea(record.reference(), form.getPolicyArea(),
                    authentication.getName());
        } catch (RepresentationException e) {
            return policyAreaPage(model, record, form,
                    RepresentationPages.errors(e, Map.of("policyArea", "policyArea"), "policyArea"));
        }
        RepresentationsProfile.PolicyArea area = settings.policyArea(representation.policyArea()).orElseThrow();
        redirect.addFlashAttribute("successTitle", "Policy area set: " + area.name());
        redirect.addFlashAttribute("successText", "Passed to the " + area.directorName()
                + (representation.decisionDueBy() == null ? "." : "; their decision is due by "
                        + formats.longDate(representation.decisionDueBy()) + ".")
                + (representation.proposedGroupId() == null ? "" : " A group of similar representations is proposed."));
        return "redirect:/staff/feedback/" + record.reference();
    }

    // --- group

    @GetMapping(BASE + "/representation-group")
    @PreAuthorize(RepresentationPages.ROUTERS)
    String groupForm(@PathVariable String reference, Model model) {
        return groupPage(model, representation(reference), new RepresentationForms.GroupForm(), new FormErrors());
    }

    @PostMapping(BASE + "/representation-group")
    @PreAuthorize(RepresentationPages.ROUTERS)
    String setGroup(@PathVariable String reference, @ModelAttribute("groupForm") RepresentationForms.GroupForm form,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        FeedbackRecord record = representation(reference);
        Long groupId = form.isNewGroup() ? null : form.parsedGroupId();
        if (!form.isNewGroup() && groupId == null) {
            return groupPage(model, record, form, new FormErrors().add("groupId",
                    "Choose the group to put the representation in, or start a new group"));
        }
        Representation representation;
        try {
            representation = representations.assignGroup(record.reference(), groupId, form.isNewGroup(), form.getTitle(),
                    authentication.getName());
        } catch (RepresentationException e) {
            return groupPage(model, record, form,
                    RepresentationPages.errors(e, Map.of("groupId", "groupId", "title", "groupTitle"), "groupId"));
        }
        redirect.addFlashAttribute("successTitle", form.isNewGroup()
                ? "New group started: group " + representation.groupId()
                : "Grouped with similar representations: group " + representation.groupId());
        redirect.addFlashAttribute("successText", "Representations in a group can be answered together.");
        return "redirect:/staff/feedback/" + record.reference();
    }

    // --- the Director's decision

    @GetMapping(BASE + "/representation-decision")
    @PreAuthorize(RepresentationPages.DIRECTORS)
    String decisionForm(@PathVariable String reference, Model model) {
        return decisionPage(model, representation(reference), new RepresentationForms.DecisionForm(), new FormErrors());
    }

    @PostMapping(BASE + "/representation-decision")
    @PreAuthorize(RepresentationPages.DIRECTORS)
    String decide(@PathVariable String reference, @ModelAttribute("decisionForm") RepresentationForms.DecisionForm form,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        FeedbackRecord record = representation(reference);
        if (form.parsedDecision() == null) {
            return decisionPage(model, record, form, new FormErrors().add("representationDecision",
                    "Select your decision"));
        }
        try {
            representations.decide(record.reference(), form.command(), authentication.getName());
        } catch (RepresentationException e) {
            return decisionPage(model, record, form,
                    RepresentationPages.errors(e, RepresentationPages.DECISION_FIELDS, "representationDecision"));
        }
        redirect.addFlashAttribute("successTitle", "Decision recorded: " + formats.words(form.parsedDecision()));
        redirect.addFlashAttribute("successText", "The person is being told, by the method they asked for.");
        return "redirect:/staff/feedback/" + record.reference();
    }

    // --- the members' decision

    @GetMapping(BASE + "/members-decision")
    @PreAuthorize(RepresentationPages.DIRECTORS)
    String membersForm(@PathVariable String reference, Model model) {
        return membersPage(model, representation(reference), new RepresentationForms.MembersForm(), new FormErrors());
    }

    @PostMapping(BASE + "/members-decision")
    @PreAuthorize(RepresentationPages.DIRECTORS)
    String recordMembers(@PathVariable String reference, @ModelAttribute("membersForm") RepresentationForms.MembersForm form,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        FeedbackRecord record = representation(reference);
        FormErrors errors = new FormErrors();
        if (form.parsedDecision() == null) {
            errors.add("membersDecision", "Select what the members decided");
        }
        LocalDate decidedOn = form.parsedDate();
        if (form.dateBlank()) {
            errors.add("membersDecidedOn", "Enter the date the members decided");
        } else if (decidedOn == null) {
            errors.add("membersDecidedOn", "The date the members decided must be a real date, like 12 3 2026");
        }
        if (!errors.isEmpty()) {
            return membersPage(model, record, form, errors);
        }
        try {
            representations.recordMembersDecision(record.reference(), form.parsedDecision(), decidedOn, form.getSummary(),
                    authentication.getName());
        } catch (RepresentationException e) {
            return membersPage(model, record, form, RepresentationPages.errors(e, Map.of("decision", "membersDecision",
                    "decidedOn", "membersDecidedOn", "summary", "membersSummary"), "membersDecision"));
        }
        redirect.addFlashAttribute("successTitle", "Members' decision recorded: " + formats.words(form.parsedDecision()));
        redirect.addFlashAttribute("successText", "The person is being told, by the method they asked for.");
        return "redirect:/staff/feedback/" + record.reference();
    }

    // --- the queue

    /** One representation in a queue. */
    record Row(Representation representation, String summary, String policyAreaName, DueState due) {}

    @GetMapping("/staff/representations")
    @PreAuthorize(RepresentationPages.ROUTERS)
    String queue(Authentication authentication, Model model) {
        StaffMember staff = StaffMember.of(authentication);
        LocalDate today = LocalDate.now(clock.withZone(profile.timeZone()));
        boolean director = staff.hasAnyRole("DIRECTOR");
        boolean officer = staff.hasAnyRole("COMPLAINTS_OFFICER");
        model.addAttribute("director", director);
        model.addAttribute("officer", officer);
        model.addAttribute("awaitingDecision", director
                ? rows(representations.awaitingDecisionBy(staff.username(), LIMIT), today) : List.of());
        model.addAttribute("awaitingMembers", director
                ? rows(representations.awaitingMembersDecision(staff.username(), LIMIT), today) : List.of());
        model.addAttribute("awaitingRouting", officer
                ? rows(representations.awaitingPolicyAreaOrGroup(LIMIT), today) : List.of());
        model.addAttribute("limit", LIMIT);
        return QUEUE_VIEW;
    }

    private List<Row> rows(List<Representation> found, LocalDate today) {
        return found.stream().map(r -> new Row(r,
                records.find(r.reference()).map(record -> RepresentationPages.summary(record.description())).orElse(""),
                RepresentationPages.policyAreaName(settings, r.policyArea()),
                DueState.of(r.decisionDueBy(), r.decision() != null, today))).toList();
    }

    // --- pages with one form and what is wrong with it

    private FeedbackRecord representation(String reference) {
        FeedbackRecord record = records.find(reference).orElseThrow(PageNotFoundException::new);
        if (record.type() != FeedbackType.REPRESENTATION) {
            throw new PageNotFoundException();
        }
        return record;
    }

    private String formPage(Model model, FeedbackRecord record, String heading, String fragment, FormErrors errors) {
        model.addAttribute("reference", record.reference());
        model.addAttribute("heading", heading);
        model.addAttribute("formTemplate", RepresentationPages.TEMPLATE);
        model.addAttribute("formFragment", fragment);
        model.addAttribute("errors", errors);
        return RepresentationPages.FORM_VIEW;
    }

    private String policyAreaPage(Model model, FeedbackRecord record, RepresentationForms.PolicyAreaForm form,
            FormErrors errors) {
        model.addAttribute("policyAreaForm", form);
        model.addAttribute("policyAreaChoices", RepresentationPages.policyAreaChoices(settings));
        return formPage(model, record, "The policy area", "policyAreaForm", errors);
    }

    private String groupPage(Model model, FeedbackRecord record, RepresentationForms.GroupForm form, FormErrors errors) {
        Representation representation = representations.find(record.reference()).orElse(null);
        String area = representation == null ? null : representation.policyArea();
        model.addAttribute("groupForm", form);
        model.addAttribute("proposedGroup", representation == null || representation.proposedGroupId() == null
                || representation.groupId() != null ? null : representations.group(representation.proposedGroupId()).orElse(null));
        model.addAttribute("proposedPercent", null);
        model.addAttribute("groupChoices", area == null ? List.of() : representations.groups(List.of(area)).stream()
                .map(g -> Choice.of(Long.toString(g.id()), "Group " + g.id() + ": " + g.title()))
                .toList());
        return formPage(model, record, "The group of similar representations", "groupForms", errors);
    }

    private String decisionPage(Model model, FeedbackRecord record, RepresentationForms.DecisionForm form,
            FormErrors errors) {
        model.addAttribute("decisionForm", form);
        model.addAttribute("decisionAction", "/staff/feedback/" + record.reference() + "/representation-decision");
        model.addAttribute("decisionChoices", RepresentationPages.DECISION_CHOICES);
        model.addAttribute("organisationChoices", RepresentationPages.organisationChoices(settings));
        return formPage(model, record, "Your decision", "decisionForm", errors);
    }

    private String membersPage(Model model, FeedbackRecord record, RepresentationForms.MembersForm form,
            FormErrors errors) {
        model.addAttribute("membersForm", form);
        model.addAttribute("membersChoices", RepresentationPages.MEMBERS_CHOICES);
        return formPage(model, record, "The elected members' decision", "membersForm", errors);
    }
}
