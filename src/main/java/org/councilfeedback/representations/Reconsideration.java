package org.councilfeedback.representations;

import java.time.Instant;

/** The Director's consideration of whether to re-investigate, when a group of similar representations grew large. */
public record Reconsideration(
        long id,
        long groupId,
        ReconsiderationDecision decision,
        String reason,
        long membersCounted,
        String decidedBy,
        Instant decidedAt) {}
