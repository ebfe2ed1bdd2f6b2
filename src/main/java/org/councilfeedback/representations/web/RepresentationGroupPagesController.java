package org.councilfeedback.representations.web;

import java.util.List;
import java.util.Map;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.representations.Representation;
import org.councilfeedback.representations.RepresentationException;
import org.councilfeedback.representations.RepresentationGroup;
import org.councilfeedback.representations.Representations;
import org.councilfeedback.representations.RepresentationsProfile;
import org.councilfeedback.web.DisplayFormats;
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
 * {@code /staff/representation-groups}: groups of similar representations (a Director sees their own policy areas'),
 * and one group with its members, its size within the reconsideration window against the threshold, the Director's
 * reconsideration once the group reached the threshold, and the decision that answers every undecided member at once
 * (each person told by their own preferred method).
 */
@StaffPages
class RepresentationGroupPagesController {

    static final String LIST_VIEW = "staff/representation-groups";
    static final String GROUP_VIEW = "staff/representation-group";
    static final String PATH = "/staff/representation-groups";

    private final Representations representations;
    private final RepresentationsProfile settings;
    private final FeedbackRecords records;
    private final DisplayFormats formats;

    RepresentationGroupPagesController(Representations representations, RepresentationsProfile settings,
            FeedbackRecords records, DisplayFormats formats) {
        this.representations = representations;
        this.settings = settings;
        this.records = records;
        this.formats = formats;
    }

    @InitBinder("decisionForm")
    void decisionFields(WebDataBinder binder) {
        binder.setAllowedFields(RepresentationForms.DecisionForm.FIELDS);
    }

    @InitBinder("reconsiderationForm")
    void reconsiderationFields(WebDataBinder binder) {
        binder.setAllowedFields(RepresentationForms.ReconsiderationForm.FIELDS);
    }

    /** A group in the list, with its size. */
    record GroupRow(RepresentationGroup group, String policyAreaName, Representations.GroupStats stats) {}

    @GetMapping(PATH)
    @PreAuthorize(RepresentationPages.ROUTERS)
    String list(Authentication authentication, Model model) {
        List<RepresentationGroup> groups = representations.groups(visibleAreas(authentication));
        Map<Long, Representations.GroupStats> stats = representations.groupStats(
                groups.stream().map(RepresentationGroup::id).toList());
        model.addAttribute("rows", groups.stream().map(group -> new GroupRow(group,
                RepresentationPages.policyAreaName(settings, group.policyArea()),
                stats.getOrDefault(group.id(), new Representations.GroupStats(0, 0, 0)))).toList());
        model.addAttribute("grouping", settings.grouping());
        return LIST_VIEW;
    }

    @GetMapping(PATH + "/{id}")
    @PreAuthorize(RepresentationPages.ROUTERS)
    String group(@PathVariable long id, Authentication authentication, Model model) {
        return page(model, visibleGroup(id, authentication), authentication, new RepresentationForms.DecisionForm(),
                new RepresentationForms.ReconsiderationForm(), new FormErrors());
    }

    @PostMapping(PATH + "/{id}/decision")
    @PreAuthorize(RepresentationPages.DIRECTORS)
    String decide(@PathVariable long id, @ModelAttribute("decisionForm") RepresentationForms.DecisionForm form,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        RepresentationGroup group = visibleGroup(id, authentication);
        if (form.parsedDecision() == null) {
            return page(model, group, authentication, form, new RepresentationForms.ReconsiderationForm(),
                    new FormErrors().add("representationDecision", "Select your decision"));
        }
        Representations.GroupDecisionResult result;
        try {
            result = representations.decideGroup(id, form.command(), authentication.getName());
        } catch (RepresentationException e) {
            return page(model, group, authentication, form, new RepresentationForms.ReconsiderationForm(),
                    RepresentationPages.errors(e, RepresentationPages.DECISION_FIELDS, "representationDecision"));
        }
        redirect.addFlashAttribute("successTitle", "Decision recorded for " + result.decided().size()
                + (result.decided().size() == 1 ? " representation: " : " representations: ")
                + formats.words(form.parsedDecision()));
        redirect.addFlashAttribute("successText", "Each person is being told by the method they asked for."
                + (result.alreadyDecided().isEmpty() ? "" : " " + result.alreadyDecided().size()
                        + " already had a decision and were left as they were."));
        return "redirect:" + PATH + "/" + id;
    }

    @PostMapping(PATH + "/{id}/reconsideration")
    @PreAuthorize(RepresentationPages.DIRECTORS)
    String reconsider(@PathVariable long id,
            @ModelAttribute("reconsiderationForm") RepresentationForms.ReconsiderationForm form,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        RepresentationGroup group = visibleGroup(id, authentication);
        FormErrors errors = new FormErrors();
        if (form.parsedDecision() == null) {
            errors.add("reconsiderationDecision", "Select whether to re-investigate");
        }
        if (form.getReason() == null || form.getReason().isBlank()) {
            errors.add("reconsiderationReason", "Give the reason for the decision");
        }
        if (!errors.isEmpty()) {
            return page(model, group, authentication, new RepresentationForms.DecisionForm(), form, errors);
        }
        try {
            representations.reconsider(id, form.parsedDecision(), form.getReason(), authentication.getName());
        } catch (RepresentationException e) {
            return page(model, group, authentication, new RepresentationForms.DecisionForm(), form,
                    RepresentationPages.errors(e, Map.of("decision", "reconsiderationDecision",
                            "reason", "reconsiderationReason"), "reconsiderationDecision"));
        }
        redirect.addFlashAttribute("successTitle", "Reconsideration recorded: " + formats.words(form.parsedDecision()));
        return "redirect:" + PATH + "/" + id;
    }

    /** A member of the group, with the start of what they said. */
    record Member(Representation representation, String summary) {}

    private String page(Model model, RepresentationGroup group, Authentication authentication,
            RepresentationForms.DecisionForm decisionForm, RepresentationForms.ReconsiderationForm reconsiderationForm,
            FormErrors errors) {
        List<Member> members = representations.members(group.id()).stream().map(member -> new Member(member,
                records.find(member.reference()).map(r -> RepresentationPages.summary(r.description())).orElse("")))
                .toList();
        Representations.GroupStats stats = representations.groupStats(List.of(group.id()))
                .getOrDefault(group.id(), new Representations.GroupStats(0, 0, 0));
        StaffMember staff = StaffMember.of(authentication);
        boolean director = staff.hasAnyRole("DIRECTOR") && representations.isDirectorOf(group.policyArea(), staff.username());
        model.addAttribute("group", group);
        model.addAttribute("policyAreaName", RepresentationPages.policyAreaName(settings, group.policyArea()));
        model.addAttribute("members", members);
        model.addAttribute("stats", stats);
        model.addAttribute("grouping", settings.grouping());
        model.addAttribute("reconsiderations", representations.reconsiderations(group.id()));
        model.addAttribute("canDecide", director && stats.undecided() > 0);
        model.addAttribute("canReconsider", director && group.alertsSent() > 0);
        model.addAttribute("decisionForm", decisionForm);
        model.addAttribute("decisionAction", PATH + "/" + group.id() + "/decision");
        model.addAttribute("decisionChoices", RepresentationPages.DECISION_CHOICES);
        model.addAttribute("organisationChoices", RepresentationPages.organisationChoices(settings));
        model.addAttribute("reconsiderationForm", reconsiderationForm);
        model.addAttribute("reconsiderationChoices", RepresentationPages.RECONSIDERATION_CHOICES);
        model.addAttribute("errors", errors);
        return GROUP_VIEW;
    }

    private List<String> visibleAreas(Authentication authentication) {
        StaffMember staff = StaffMember.of(authentication);
        return representations.policyAreasFor(staff.username(),
                staff.hasAnyRole("DIRECTOR") && !staff.hasAnyRole("COMPLAINTS_OFFICER"));
    }

    private RepresentationGroup visibleGroup(long id, Authentication authentication) {
        RepresentationGroup group = representations.group(id).orElseThrow(PageNotFoundException::new);
        if (!visibleAreas(authentication).contains(group.policyArea())) {
            throw new PageNotFoundException();
        }
        return group;
    }
}
