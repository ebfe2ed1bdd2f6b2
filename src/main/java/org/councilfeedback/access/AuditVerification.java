package org.councilfeedback.access;

import java.time.Instant;

/**
 * The result of checking the audit trail's hash chain from the first entry to the chain head: intact, or the first
 * entry whose link is broken and what is wrong with it.
 */
public record AuditVerification(
        boolean intact,
        long entriesChecked,
        Long firstBrokenEntryId,
        String problem,
        long lastEntryId,
        String headHash,
        Instant verifiedAt) {

    /** One line for logs and the command line. */
    public String summary() {
        return intact
                ? "Audit trail intact: " + entriesChecked + " entries verified; chain head " + lastEntryId + " " + headHash
                : "Audit trail BROKEN at entry " + firstBrokenEntryId + ": " + problem + " (" + entriesChecked
                        + " entries checked before it)";
    }
}
