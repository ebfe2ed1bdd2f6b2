package org.councilfeedback.people;

import java.time.Instant;
import java.util.Set;

/** A person already known who may be the person behind a piece of feedback. */
public record MatchProposal(
        long id,
        String reference,
        long candidateId,
        Set<MatchReason> reasons,
        MatchStatus status,
        Instant proposedAt,
        String decidedBy,
        Instant decidedAt) {}
