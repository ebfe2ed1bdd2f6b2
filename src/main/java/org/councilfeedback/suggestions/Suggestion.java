package org.councilfeedback.suggestions;

import java.time.Instant;
import java.time.LocalDate;

/** A suggestion as stored: the service it was passed to, the decision due and the decision made. */
public record Suggestion(
        long feedbackId,
        String reference,
        Instant receivedAt,
        String serviceArea,
        boolean active,
        Instant passedOnAt,
        String passedTo,
        LocalDate decisionDueBy,
        SuggestionDecision decision,
        String explanation,
        String decidedBy,
        Instant decidedAt,
        Instant dueReminderAt,
        Instant overdueReminderAt) {

    public boolean passedOn() {
        return passedOnAt != null;
    }

    /** The suggestion as the API shows it. */
    public java.util.Map<String, Object> asMap() {
        var json = new java.util.LinkedHashMap<String, Object>();
        json.put("reference", reference);
        json.put("serviceArea", serviceArea);
        json.put("passedOnAt", passedOnAt);
        json.put("passedTo", passedTo);
        json.put("decisionDueBy", decisionDueBy);
        json.put("decision", decision);
        json.put("explanation", explanation);
        json.put("decidedBy", decidedBy);
        json.put("decidedAt", decidedAt);
        return json;
    }
}
