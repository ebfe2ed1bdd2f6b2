package org.councilfeedback.access;

import java.util.Set;

/**
 * What decides who may see a case: its process (null until classified, and for types other than complaints), whether
 * it is restricted to named officers, the officers assigned to it, and the member of staff it is about, if any.
 */
public record CaseFacts(
        CaseProcess process,
        boolean restricted,
        Set<String> namedOfficers,
        Set<String> assignedOfficers,
        String subjectStaffUsername) {

    public CaseFacts {
        namedOfficers = namedOfficers == null ? Set.of() : Set.copyOf(namedOfficers);
        assignedOfficers = assignedOfficers == null ? Set.of() : Set.copyOf(assignedOfficers);
    }

    /** A case nobody has classified, restricted or assigned yet. */
    public static CaseFacts unclassified() {
        return new CaseFacts(null, false, Set.of(), Set.of(), null);
    }

    public static CaseFacts of(CaseProcess process) {
        return new CaseFacts(process, false, Set.of(), Set.of(), null);
    }

    public CaseFacts restrictedTo(String... officers) {
        return new CaseFacts(process, true, Set.of(officers), assignedOfficers, subjectStaffUsername);
    }

    public CaseFacts assignedTo(String... officers) {
        return new CaseFacts(process, restricted, namedOfficers, Set.of(officers), subjectStaffUsername);
    }

    public CaseFacts about(String staffUsername) {
        return new CaseFacts(process, restricted, namedOfficers, assignedOfficers, staffUsername);
    }
}
