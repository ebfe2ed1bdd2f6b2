package org.councilfeedback.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see a case, and how much of it. The decision combines the signed-in member of staff (username and roles)
 * with the case's facts: its process and assigned officers (from {@link CaseFactsProvider}s) and its own restriction
 * (stored here, in {@code case_access}). Use it before showing a case anywhere: {@link CaseAccess#NONE} means answer
 * 404, as if the reference did not exist.
 */
@Service
public class CaseVisibility {

    /** Keys of a case's details that hold the complainant's personal data (see {@link #redact}). */
    public static final List<String> PERSONAL_DATA_KEYS = List.of("contact", "onBehalfOf", "person", "adjustments",
            "representative", "contactPreference", "restrictions");

    private final JdbcClient jdbc;
    private final ObjectProvider<CaseFactsProvider> providers;
    private final StaffAccounts accounts;
    private final AuditTrail audit;
    private final Clock clock;

    CaseVisibility(JdbcClient jdbc, ObjectProvider<CaseFactsProvider> providers, StaffAccounts accounts,
            AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.providers = providers;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The decision table alone, for callers that already know the facts. */
    public static CaseAccess decide(CaseViewer viewer, CaseFacts facts) {
        return CaseAccessRules.decide(viewer, facts);
    }

    /** How much of the case with this (canonical) reference the viewer may see. */
    public CaseAccess accessTo(CaseViewer viewer, String reference) {
        return decide(viewer, factsFor(reference));
    }

    /**
     * How much of each of these cases (canonical references) the viewer may see, in a few queries whatever their
     * number: for lists of cases.
     */
    public Map<String, CaseAccess> accessTo(CaseViewer viewer, Collection<String> references) {
        Map<String, CaseAccess> access = new LinkedHashMap<>();
        factsFor(references).forEach((reference, facts) -> access.put(reference, decide(viewer, facts)));
        return access;
    }

    /** Everything known about the case that decides who sees it. */
    public CaseFacts factsFor(String reference) {
        return factsFor(List.of(reference)).get(reference);
    }

    /** {@link #factsFor(String)} for each of these cases, in a few queries. */
    public Map<String, CaseFacts> factsFor(Collection<String> references) {
        Map<String, CaseProcess> processes = new HashMap<>();
        Map<String, Set<String>> assigned = new HashMap<>();
        for (CaseFactsProvider provider : providers.orderedStream().toList()) {
            provider.factsFor(references).forEach((reference, facts) -> {
                if (facts.process() != null) {
                    processes.putIfAbsent(reference, facts.process());
                }
                assigned.computeIfAbsent(reference, r -> new LinkedHashSet<>()).addAll(facts.assignedOfficers());
            });
        }
        Map<String, CaseRestriction> restrictions = restrictionsOf(references);
        Map<String, CaseFacts> facts = new LinkedHashMap<>();
        for (String reference : references) {
            CaseRestriction restriction = restrictions.get(reference);
            facts.put(reference, new CaseFacts(processes.get(reference), restriction != null && restriction.restricted(),
                    restriction == null ? Set.of() : restriction.namedOfficers(), assigned.getOrDefault(reference, Set.of()),
                    restriction == null ? null : restriction.subjectStaffUsername()));
        }
        return facts;
    }

    private Map<String, CaseRestriction> restrictionsOf(Collection<String> references) {
        Map<String, CaseRestriction> restrictions = new HashMap<>();
        if (references.isEmpty()) {
            return restrictions;
        }
        jdbc.sql("""
                select reference, restricted, subject_staff_username, reason, updated_by, updated_at
                from case_access where reference in (:r)""")
                .param("r", new ArrayList<>(references))
                .query((rs, n) -> restrictions.put(rs.getString("reference"), restriction(rs, officersOf(rs.getString("reference")))))
                .list();
        return restrictions;
    }

    public Optional<CaseRestriction> restrictionOf(String reference) {
        return Optional.ofNullable(restrictionsOf(List.of(reference)).get(reference));
    }

    /**
     * Restricts the case to named officers (or lifts the restriction) and records the member of staff it is about.
     *
     * @throws InvalidRestrictionException when a username is not an active member of staff who handles feedback
     * @throws AccessRuleException when the restriction breaks a rule
     */
    @Transactional
    public CaseRestriction restrict(String reference, boolean restricted, Collection<String> namedOfficers,
            String subjectStaffUsername, String reason, String actor, String clientAddress) {
        Set<String> named = new TreeSet<>(namedOfficers == null ? List.of() : namedOfficers);
        List<InvalidRestrictionException.Problem> problems = new ArrayList<>();
        for (String username : named) {
            var member = accounts.find(username);
            if (member.isEmpty() || member.get().roles().stream().noneMatch(CaseAccessRules.HANDLING_ROLES::contains)) {
                problems.add(new InvalidRestrictionException.Problem("namedOfficers",
                        username + " is not a member of staff who handles feedback"));
            }
        }
        if (subjectStaffUsername != null && accounts.find(subjectStaffUsername).isEmpty()) {
            problems.add(new InvalidRestrictionException.Problem("subjectStaffUsername",
                    subjectStaffUsername + " is not a member of staff"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRestrictionException(problems);
        }
        if (restricted && named.isEmpty()) {
            throw new AccessRuleException("Name at least one officer who may see a restricted case");
        }
        if (subjectStaffUsername != null && named.contains(subjectStaffUsername)) {
            throw new AccessRuleException("The member of staff the case is about cannot be a named officer on it");
        }
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql("""
                update case_access set restricted = :restricted, subject_staff_username = :subject, reason = :reason,
                  updated_by = :by, updated_at = :at where reference = :r""")
                .param("restricted", restricted).param("subject", subjectStaffUsername).param("reason", reason)
                .param("by", actor).param("at", now).param("r", reference).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into case_access (reference, restricted, subject_staff_username, reason, updated_by, updated_at)
                    values (:r, :restricted, :subject, :reason, :by, :at)""")
                    .param("restricted", restricted).param("subject", subjectStaffUsername).param("reason", reason)
                    .param("by", actor).param("at", now).param("r", reference).update();
        }
        jdbc.sql("delete from case_access_officer where reference = :r").param("r", reference).update();
        if (restricted) {
            for (String username : named) {
                jdbc.sql("insert into case_access_officer (reference, username) values (:r, :u)")
                        .param("r", reference).param("u", username).update();
            }
        }
        audit.record(actor, restricted ? "CASE_RESTRICTED" : "CASE_RESTRICTION_LIFTED", reference, null,
                restricted ? "Restricted to named officers: " + String.join(", ", named)
                        : "Visible by role again" + (subjectStaffUsername == null ? "" : "; about a member of staff"),
                clientAddress);
        return restrictionOf(reference).orElseThrow();
    }

    /**
     * The case's details with the complainant's personal data withheld when the viewer may see the case but not the
     * personal data (the member of staff it is about). Returns the same map, changed in place.
     */
    public static Map<String, Object> redact(Map<String, Object> details, CaseAccess access) {
        if (access == CaseAccess.FULL) {
            return details;
        }
        for (String key : PERSONAL_DATA_KEYS) {
            if (details.containsKey(key)) {
                details.put(key, null);
            }
        }
        details.put("personalDataWithheld", true);
        return details;
    }

    private Set<String> officersOf(String reference) {
        return new TreeSet<>(jdbc.sql("select username from case_access_officer where reference = :r")
                .param("r", reference).query(String.class).list());
    }

    private static CaseRestriction restriction(ResultSet rs, Set<String> named) throws SQLException {
        OffsetDateTime at = rs.getObject("updated_at", OffsetDateTime.class);
        return new CaseRestriction(rs.getString("reference"), rs.getBoolean("restricted"), named,
                rs.getString("subject_staff_username"), rs.getString("reason"), rs.getString("updated_by"),
                at == null ? null : at.toInstant());
    }

    /** Map form of a restriction for JSON. */
    public static Map<String, Object> json(CaseRestriction restriction) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reference", restriction.reference());
        json.put("restricted", restriction.restricted());
        json.put("namedOfficers", List.copyOf(new TreeSet<>(restriction.namedOfficers())));
        json.put("subjectStaffUsername", restriction.subjectStaffUsername());
        json.put("reason", restriction.reason());
        json.put("setBy", restriction.setBy());
        json.put("setAt", restriction.setAt());
        return json;
    }
}
