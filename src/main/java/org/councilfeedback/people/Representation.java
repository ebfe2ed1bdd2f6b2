package org.councilfeedback.people;

import java.time.Instant;

/**
 * Feedback given on someone else's behalf: the person represented, the representative's relationship to them and
 * their consent, and whether we told the person represented that the representative contacted us (the policy
 * reserves the right to).
 */
public record Representation(
        String reference,
        String representedName,
        String relationship,
        Boolean consentGiven,
        String consentEvidence,
        String consentRecordedBy,
        Instant consentRecordedAt,
        Informed informed) {

    /** Who told the person represented, when and how. */
    public record Informed(Instant at, String by, InformMethod how, String note) {}
}
