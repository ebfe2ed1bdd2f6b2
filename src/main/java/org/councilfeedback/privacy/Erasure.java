package org.councilfeedback.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.councilfeedback.access.AuditTrail;
import org.councilfeedback.people.People;
import org.councilfeedback.people.Person;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erasure, carried out by the Data Protection Officer: every piece of feedback the person gave, and the person
 * record, are anonymised in one transaction; statistics and the audit trail stay. Refused while any of the person's
 * feedback is under a legal hold.
 */
@Service
public class Erasure {

    public static final int REASON_MAX = 4000;

    private final People people;
    private final Anonymiser anonymiser;
    private final LegalHolds holds;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    Erasure(People people, Anonymiser anonymiser, LegalHolds holds, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.people = people;
        this.anonymiser = anonymiser;
        this.holds = holds;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What an erasure did. */
    public record Result(long erasureId, long personId, List<String> references, Instant carriedOutAt) {}

    /**
     * Erases the person's personal data.
     *
     * @throws PrivacyRuleException when the person was merged, is already erased, or has feedback under a legal hold
     */
    @Transactional
    public Result erase(long personId, String reason, String actor, String clientAddress) {
        Person person = people.find(personId).orElseThrow(() -> new IllegalArgumentException("No person " + personId));
        if (person.mergedInto() != null) {
            throw new PrivacyRuleException("This person record was merged into person " + person.mergedInto()
                    + "; erase that record");
        }
        if (person.anonymisedAt() != null) {
            throw new PrivacyRuleException("This person's personal data has already been anonymised");
        }
        List<String> references = people.referencesOf(personId);
        List<String> held = references.stream().filter(holds::isHeld).toList();
        if (!held.isEmpty()) {
            throw new PrivacyRuleException("Feedback " + String.join(", ", held)
                    + " is under a legal hold; release the hold before erasing");
        }
        Instant now = clock.instant();
        for (String reference : references) {
            anonymiser.anonymise(reference, Anonymiser.Cause.ERASURE, null, null, actor, clientAddress);
        }
        people.anonymisePerson(personId, org.councilfeedback.intake.FeedbackRecords.ANONYMISED);
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into erasure (person_id, reason, carried_out_by, carried_out_at, feedback_count)
                values (:p, :reason, :by, :at, :count)""")
                .param("p", personId).param("reason", reason.trim()).param("by", actor).param("at", LegalHolds.ts(now))
                .param("count", references.size()).update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        audit.record(actor, "ERASURE", null, personId, "Erasure " + id + ": person and " + references.size()
                + " piece(s) of feedback anonymised", clientAddress);
        return new Result(id, personId, references, now);
    }
}
