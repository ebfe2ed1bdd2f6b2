package org.councilfeedback.representations;

import java.time.Instant;

/** Similar representations in one policy area, considered together. */
public record RepresentationGroup(
        long id,
        String policyArea,
        String title,
        Instant createdAt,
        String createdBy,
        int alertsSent,
        Instant lastAlertAt) {}
