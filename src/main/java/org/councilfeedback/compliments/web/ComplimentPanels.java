package org.councilfeedback.compliments.web;

import java.util.List;
import org.councilfeedback.compliments.Compliment;
import org.councilfeedback.compliments.Compliments;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.web.CasePanel;
import org.councilfeedback.web.CasePanels;
import org.councilfeedback.web.Choice;
import org.councilfeedback.web.StaffMember;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The compliment panel of the case page: who or what is praised, whether it was passed on and to whom, and for
 * customer services and complaints officers the form that records the subject (and so passes it on).
 */
@Component
class ComplimentPanels implements CasePanels {

    static final String TEMPLATE = "staff/types/compliment";

    private final Compliments compliments;
    private final CouncilProfile profile;

    ComplimentPanels(Compliments compliments, CouncilProfile profile) {
        this.compliments = compliments;
        this.profile = profile;
    }

    /** What the panel shows. */
    record Panel(String reference, Compliment compliment, String praised, String serviceAreaName, boolean canRecord,
            PraisedForm form, List<Choice> kindChoices, List<Choice> serviceAreaChoices) {}

    @Override
    public List<CasePanel> panels(String reference, String type, Authentication viewer) {
        if (!"COMPLIMENT".equals(type)) {
            return List.of();
        }
        Compliment compliment = compliments.find(reference).orElse(null);
        boolean canRecord = StaffMember.of(viewer).hasAnyRole(ComplimentPagesController.RECORDER_ROLES)
                && (compliment == null || !compliment.passedOn());
        String serviceArea = compliment == null ? null : compliment.serviceArea();
        return List.of(new CasePanel(TEMPLATE, 10, new Panel(reference, compliment,
                compliment == null ? null : compliments.describePraised(compliment),
                serviceArea == null ? null : profile.serviceAreaName(serviceArea), canRecord, PraisedForm.of(compliment),
                ComplimentPagesController.KIND_CHOICES, serviceAreaChoices(profile)), "compliment"));
    }

    static List<Choice> serviceAreaChoices(CouncilProfile profile) {
        return profile.serviceAreas().stream().map(area -> Choice.of(area.code(), area.name())).toList();
    }
}
