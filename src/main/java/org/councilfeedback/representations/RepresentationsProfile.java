package org.councilfeedback.representations;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code representations} section of the council profile: policy areas and their Directors, other organisations
 * people may be sent to, the grouping and similarity settings, and the wording of every message.
 */
public record RepresentationsProfile(
        int decisionWorkingDays,
        List<PolicyArea> policyAreas,
        List<Organisation> otherOrganisations,
        Grouping grouping,
        Similar similar,
        Wording wording) {

    public RepresentationsProfile {
        decisionWorkingDays = decisionWorkingDays <= 0 ? 20 : decisionWorkingDays;
        policyAreas = policyAreas == null ? List.of() : List.copyOf(policyAreas);
        otherOrganisations = otherOrganisations == null ? List.of() : List.copyOf(otherOrganisations);
        grouping = grouping == null ? new Grouping(0.2, 25, 90) : grouping;
        similar = similar == null ? new Similar(365, 1000, 0.1) : similar;
    }

    /** A subject area of council policy and the Director (by staff username) responsible for it. */
    public record PolicyArea(String code, String name, String director, String directorName, String directorEmail) {}

    /** Another organisation whose policies people sometimes ask us to change, and how to contact it. */
    public record Organisation(String code, String name, String contact) {}

    /** When to propose a group, and when a group is big enough for the Director to consider re-investigating. */
    public record Grouping(double proposalThreshold, int reconsiderationThreshold, int reconsiderationWindowDays) {
        public Grouping {
            reconsiderationThreshold = reconsiderationThreshold <= 0 ? 25 : reconsiderationThreshold;
            reconsiderationWindowDays = reconsiderationWindowDays <= 0 ? 90 : reconsiderationWindowDays;
        }
    }

    /** Which feedback similar feedback is looked for among. */
    public record Similar(int windowDays, int maxCandidates, double minimumSimilarity) {
        public Similar {
            windowDays = windowDays <= 0 ? 365 : windowDays;
            maxCandidates = maxCandidates <= 0 ? 1000 : Math.min(maxCandidates, 5000);
        }
    }

    /** Wording with placeholders in braces. */
    public record Wording(String noticeSubject, String notice, String toDirectorSubject, String toDirector,
            String decisionSubject, String noChange, String changeProposed, String otherOrganisation,
            String membersDecisionSubject, String changeAgreed, String changeNotAgreed, String thresholdAlertSubject,
            String thresholdAlert) {}

    public Optional<PolicyArea> policyArea(String code) {
        return policyAreas.stream().filter(area -> area.code().equals(code)).findFirst();
    }

    public Optional<Organisation> organisation(String code) {
        return otherOrganisations.stream().filter(org -> org.code().equals(code)).findFirst();
    }

    /** The policy areas a member of staff is the Director for. */
    public List<String> policyAreasOf(String username) {
        return policyAreas.stream().filter(area -> username != null && username.equals(area.director()))
                .map(PolicyArea::code).toList();
    }

    static String fill(String template, Map<String, String> values) {
        String text = template == null ? "" : template.trim();
        for (var entry : values.entrySet()) {
            text = text.replace("{" + entry.getKey() + "}", entry.getValue() == null ? "" : entry.getValue());
        }
        return text;
    }
}
