package org.councilfeedback.access;

import java.time.Instant;
import java.util.Set;

/**
 * A case's own confidentiality settings: whether only named officers may see it, and the member of staff it is about
 * (who never sees the complainant's details).
 */
public record CaseRestriction(
        String reference,
        boolean restricted,
        Set<String> namedOfficers,
        String subjectStaffUsername,
        String reason,
        String setBy,
        Instant setAt) {

    public CaseRestriction {
        namedOfficers = namedOfficers == null ? Set.of() : Set.copyOf(namedOfficers);
    }
}
