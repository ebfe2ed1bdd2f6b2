package org.councilfeedback.privacy;

import java.time.Instant;
import java.util.List;

/** What a retention run did: how many closed cases it looked at, anonymised, left held or not yet due. */
public record RetentionReport(Instant ranAt, int examined, int anonymised, int held, int notYetDue,
        List<String> anonymisedReferences) {}
