package org.councilfeedback.safeguarding;

import java.time.Instant;

/**
 * A concern that someone may be unsafe or at risk of harm, raised by a member of staff on a piece of feedback, with
 * the alert to the safeguarding leads and the referral to the appropriate authority.
 */
public record SafeguardingConcern(
        long id,
        String reference,
        String concern,
        String raisedBy,
        Instant raisedAt,
        ConcernStatus status,
        String statement,
        Instant leadsAlertedAt,
        Referral referral) {

    /** The referral: to whom, by whom, when, and what came of it. */
    public record Referral(String referredTo, String referredBy, Instant referredAt, String outcome, Instant recordedAt) {}
}
