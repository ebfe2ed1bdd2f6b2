package org.councilfeedback.suggestions;

import java.util.Map;

/**
 * The {@code suggestions} section of the council profile: how many working days the service has to decide, how many
 * working days before that it is reminded, and the wording of the emails, letters and calls.
 */
public record SuggestionsProfile(int decisionWorkingDays, int reminderWorkingDaysBefore, Wording wording) {

    public SuggestionsProfile {
        decisionWorkingDays = decisionWorkingDays <= 0 ? 20 : decisionWorkingDays;
        reminderWorkingDaysBefore = Math.max(0, reminderWorkingDaysBefore);
    }

    /** Wording with placeholders in braces. */
    public record Wording(String toServiceSubject, String toService, String reminderSubject, String reminderDue,
            String reminderOverdue, String outcomeSubject, String adopted, String underConsideration,
            String notAdopted) {}

    static String fill(String template, Map<String, String> values) {
        String text = template == null ? "" : template.trim();
        for (var entry : values.entrySet()) {
            text = text.replace("{" + entry.getKey() + "}", entry.getValue() == null ? "" : entry.getValue());
        }
        return text;
    }
}
