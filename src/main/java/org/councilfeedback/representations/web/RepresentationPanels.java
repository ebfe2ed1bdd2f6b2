package org.councilfeedback.representations.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.representations.Representation;
import org.councilfeedback.representations.RepresentationDecision;
import org.councilfeedback.representations.RepresentationGroup;
import org.councilfeedback.representations.Representations;
import org.councilfeedback.representations.RepresentationsProfile;
import org.councilfeedback.web.CasePanel;
import org.councilfeedback.web.CasePanels;
import org.councilfeedback.web.Choice;
import org.councilfeedback.web.DueState;
import org.councilfeedback.web.StaffMember;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The representation panel of the case page: policy area and Director, the group (or the one proposed), and the
 * decisions. Complaints officers and Directors set the policy area and confirm, choose or start the group until the
 * Director decides; only the Director of the policy area sees the decision form, and later the members' decision form.
 */
@Component
class RepresentationPanels implements CasePanels {

    private final Representations representations;
    private final RepresentationsProfile settings;
    private final CouncilProfile profile;
    private final Clock clock;

    RepresentationPanels(Representations representations, RepresentationsProfile settings, CouncilProfile profile,
            Clock clock) {
        this.representations = representations;
        this.settings = settings;
        this.profile = profile;
        this.clock = clock;
    }

    /** What the panel shows. */
    record Panel(String reference, Representation representation, String policyAreaName, String directorName,
            DueState due, RepresentationGroup group, RepresentationGroup proposedGroup, Integer proposedPercent,
            String organisationName, boolean canRoute, boolean canGroup, boolean canDecide, boolean canRecordMembers,
            RepresentationForms.PolicyAreaForm policyAreaForm, RepresentationForms.DecisionForm decisionForm,
            RepresentationForms.MembersForm membersForm, List<Choice> policyAreaChoices, List<Choice> groupChoices,
            List<Choice> decisionChoices, List<Choice> organisationChoices, List<Choice> membersChoices) {}

    @Override
    public List<CasePanel> panels(String reference, String type, Authentication viewer) {
        if (!"REPRESENTATION".equals(type)) {
            return List.of();
        }
        Representation representation = representations.find(reference).orElse(null);
        StaffMember staff = StaffMember.of(viewer);
        String areaCode = representation == null ? null : representation.policyArea();
        RepresentationsProfile.PolicyArea area = areaCode == null ? null : settings.policyArea(areaCode).orElse(null);
        boolean undecided = representation == null || representation.decision() == null;
        boolean director = staff.hasAnyRole("DIRECTOR") && area != null
                && representations.isDirectorOf(area.code(), staff.username());
        boolean canRoute = staff.hasAnyRole(RepresentationPages.ROUTER_ROLES) && undecided;
        RepresentationGroup group = representation == null || representation.groupId() == null ? null
                : representations.group(representation.groupId()).orElse(null);
        RepresentationGroup proposed = representation == null || representation.proposedGroupId() == null
                || representation.groupId() != null ? null
                : representations.group(representation.proposedGroupId()).orElse(null);
        List<Choice> groupChoices = area == null ? List.of() : representations.groups(List.of(area.code())).stream()
                .filter(g -> representation.groupId() == null || g.id() != representation.groupId())
                .map(g -> Choice.of(Long.toString(g.id()), "Group " + g.id() + ": " + g.title()))
                .toList();
        LocalDate today = LocalDate.now(clock.withZone(profile.timeZone()));
        RepresentationForms.PolicyAreaForm policyAreaForm = new RepresentationForms.PolicyAreaForm();
        policyAreaForm.setPolicyArea(areaCode);
        RepresentationForms.MembersForm membersForm = new RepresentationForms.MembersForm();
        return List.of(new CasePanel(RepresentationPages.TEMPLATE, 10, new Panel(reference, representation,
                area == null ? null : area.name(), area == null ? null : area.directorName(),
                DueState.of(representation == null ? null : representation.decisionDueBy(), !undecided, today),
                group, proposed,
                proposed == null || representation.proposedSimilarity() == null ? null
                        : (int) Math.round(representation.proposedSimilarity() * 100),
                representation == null || representation.organisation() == null ? null
                        : settings.organisation(representation.organisation())
                                .map(RepresentationsProfile.Organisation::name).orElse(representation.organisation()),
                canRoute, canRoute && area != null, director && undecided,
                director && representation.decision() == RepresentationDecision.CHANGE_PROPOSED
                        && representation.membersDecision() == null,
                policyAreaForm, new RepresentationForms.DecisionForm(), membersForm,
                RepresentationPages.policyAreaChoices(settings), groupChoices, RepresentationPages.DECISION_CHOICES,
                RepresentationPages.organisationChoices(settings), RepresentationPages.MEMBERS_CHOICES),
                "representation"));
    }
}
