package org.councilfeedback.compliments;

import java.time.Instant;

/** A compliment as stored: the feedback it is, who or what it praises, and when and to whom it was passed on. */
public record Compliment(
        long feedbackId,
        String reference,
        Instant receivedAt,
        String serviceArea,
        boolean active,
        Praised praised,
        String recordedBy,
        Instant recordedAt,
        Instant passedOnAt,
        String passedOnTo) {

    public boolean passedOn() {
        return passedOnAt != null;
    }
}
