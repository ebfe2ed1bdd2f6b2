package org.councilfeedback.complaints;

import java.util.List;
import java.util.Map;
import org.councilfeedback.access.Role;
import org.councilfeedback.triage.Process;

/** The {@code complaints} section of the council profile, as written there (see the profile for what each means). */
record ComplaintsSettings(
        Integer reminderWorkingDays,
        Integer trackingLinkMonths,
        List<ProcedureSettings> procedures,
        Map<String, ExclusionWording> exclusions,
        Map<String, String> wording) {

    ComplaintsSettings {
        reminderWorkingDays = reminderWorkingDays == null ? 2 : reminderWorkingDays;
        trackingLinkMonths = trackingLinkMonths == null ? 12 : trackingLinkMonths;
        procedures = procedures == null ? List.of() : List.copyOf(procedures);
        exclusions = exclusions == null ? Map.of() : Map.copyOf(exclusions);
        wording = wording == null ? Map.of() : Map.copyOf(wording);
    }

    record ProcedureSettings(Process process, String version, String name, String nextSteps, String effectiveFrom, Role owner,
            OmbudsmanBody ombudsman, boolean advocacy, List<StageSettings> stages) {}

    record StageSettings(String name, String acknowledgeWithin, String respondWithin, ResponseStart respondFrom,
            String extendByUpTo, String escalateWithin, boolean differentHandler, boolean independentPerson,
            String panelWithin, String reportWithin) {}

    /** Where a stage's response period starts. */
    enum ResponseStart {
        OPENING, ACKNOWLEDGEMENT, AGREEMENT, REVIEW_PANEL
    }

    /** What we tell a person when the complaints procedure does not apply; {@code ombudsman} adds their details. */
    record ExclusionWording(String subject, String text, boolean ombudsman) {}
}
