package org.councilfeedback.suggestions.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.suggestions.Suggestion;
import org.councilfeedback.suggestions.SuggestionDecision;
import org.councilfeedback.suggestions.Suggestions;
import org.councilfeedback.web.CasePanel;
import org.councilfeedback.web.CasePanels;
import org.councilfeedback.web.Choice;
import org.councilfeedback.web.DueState;
import org.councilfeedback.web.StaffMember;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The suggestion panel of the case page: the service it was passed to, when the service's decision is due and the
 * decision; the form that sets the service (customer services, complaints officers) and the decision form
 * (complaints officers, Directors) until a final decision is recorded.
 */
@Component
class SuggestionPanels implements CasePanels {

    static final String TEMPLATE = "staff/types/suggestion";

    private final Suggestions suggestions;
    private final CouncilProfile profile;
    private final Clock clock;

    SuggestionPanels(Suggestions suggestions, CouncilProfile profile, Clock clock) {
        this.suggestions = suggestions;
        this.profile = profile;
        this.clock = clock;
    }

    /** What the panel shows. */
    record Panel(String reference, Suggestion suggestion, String serviceAreaName, DueState due, boolean dueSoon,
            String decisionLabel, boolean canSetService, boolean canDecide, SuggestionForms.ServiceForm serviceForm,
            SuggestionForms.DecisionForm decisionForm, List<Choice> serviceAreaChoices, List<Choice> decisionChoices) {}

    @Override
    public List<CasePanel> panels(String reference, String type, Authentication viewer) {
        if (!"SUGGESTION".equals(type)) {
            return List.of();
        }
        Suggestion suggestion = suggestions.find(reference).orElse(null);
        StaffMember staff = StaffMember.of(viewer);
        boolean decided = suggestion != null && suggestion.decision() != null;
        boolean finalDecision = decided && suggestion.decision().isFinal();
        LocalDate today = LocalDate.now(clock.withZone(profile.timeZone()));
        LocalDate dueBy = suggestion == null ? null : suggestion.decisionDueBy();
        DueState due = DueState.of(dueBy, finalDecision, today);
        boolean dueSoon = due == DueState.LATER && !dueBy.isAfter(suggestions.dueSoonBy(today));
        SuggestionForms.ServiceForm serviceForm = new SuggestionForms.ServiceForm();
        serviceForm.setServiceArea(suggestion == null ? null : suggestion.serviceArea());
        String area = suggestion == null ? null : suggestion.serviceArea();
        return List.of(new CasePanel(TEMPLATE, 10, new Panel(reference, suggestion,
                area == null ? null : profile.serviceAreaName(area), due, dueSoon,
                decided ? Suggestions.label(suggestion.decision()) : null,
                staff.hasAnyRole(SuggestionPagesController.SERVICE_ROLES) && !decided,
                staff.hasAnyRole(SuggestionPagesController.DECISION_ROLES) && !finalDecision,
                serviceForm, new SuggestionForms.DecisionForm(), serviceAreaChoices(profile),
                SuggestionPagesController.DECISION_CHOICES), "suggestion"));
    }

    static List<Choice> serviceAreaChoices(CouncilProfile profile) {
        return profile.serviceAreas().stream().map(a -> Choice.of(a.code(), a.name())).toList();
    }

    static List<Choice> decisionChoices() {
        return List.of(
                new Choice(SuggestionDecision.ADOPTED.name(), "Adopted", "We made changes as a result"),
                new Choice(SuggestionDecision.UNDER_CONSIDERATION.name(), "Under consideration",
                        "Still being considered; a final decision follows"),
                new Choice(SuggestionDecision.NOT_ADOPTED.name(), "Not adopted", "No changes as a result"));
    }
}
