package org.councilfeedback.access;

import java.util.Optional;
import java.util.Set;

/**
 * How modules that own a case's process and assignment (complaints, representations…) tell access about it, without
 * access depending on them. Implement it as a Spring bean; the facts of every provider are combined (the first process
 * given wins, assigned officers are added together). With no provider, cases have no process and nobody assigned.
 */
public interface CaseFactsProvider {

    /** What this provider knows about the case, or empty when it knows nothing about the reference. */
    Optional<ProvidedFacts> factsFor(String reference);

    /**
     * What this provider knows about each of these cases, leaving out those it knows nothing about. A list of cases
     * asks once for all of them: implement it with one query rather than one per case.
     */
    default java.util.Map<String, ProvidedFacts> factsFor(java.util.Collection<String> references) {
        java.util.Map<String, ProvidedFacts> known = new java.util.LinkedHashMap<>();
        for (String reference : references) {
            factsFor(reference).ifPresent(facts -> known.put(reference, facts));
        }
        return known;
    }

    /** A case's process (null when not a complaint or not yet classified) and the usernames assigned to it. */
    record ProvidedFacts(CaseProcess process, Set<String> assignedOfficers) {
        public ProvidedFacts {
            assignedOfficers = assignedOfficers == null ? Set.of() : Set.copyOf(assignedOfficers);
        }
    }

    /** The default: knows nothing, so no case has a process or an assigned officer. */
    CaseFactsProvider NONE = reference -> Optional.empty();
}
