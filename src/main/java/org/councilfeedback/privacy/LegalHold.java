package org.councilfeedback.privacy;

import java.time.Instant;

/** A legal hold: while it is in force the feedback is kept whole, whatever the retention schedule says. */
public record LegalHold(long id, String reference, String reason, String placedBy, Instant placedAt, String releasedBy,
        Instant releasedAt, String releaseReason) {

    public boolean inForce() {
        return releasedAt == null;
    }
}
