package org.councilfeedback.access;

import java.time.Instant;

/**
 * One line of the audit trail: who did what, when, to which case or person, and from where. Entries are numbered from
 * 1 without gaps and chained: {@code hash = SHA-256(previousHash || canonical form)}. Details never hold personal data.
 */
public record AuditEntry(
        long id,
        Instant at,
        String actor,
        String action,
        String reference,
        Long personId,
        String detail,
        String clientAddress,
        String previousHash,
        String hash) {}
