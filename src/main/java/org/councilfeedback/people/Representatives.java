package org.councilfeedback.people;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.councilfeedback.access.AuditTrail;
import org.councilfeedback.intake.FeedbackRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Representatives: who is represented, the relationship, consent, and informing the person represented. */
@Service
public class Representatives {

    private final JdbcClient jdbc;
    private final FeedbackRecords records;
    private final AuditTrail audit;
    private final Clock clock;

    Representatives(JdbcClient jdbc, FeedbackRecords records, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<Representation> forFeedback(String reference) {
        return jdbc.sql("""
                select reference, represented_name, relationship, consent_given, consent_evidence, consent_recorded_by,
                  consent_recorded_at, informed_at, informed_by, informed_how, informed_note
                from feedback_representation where reference = :r""")
                .param("r", reference)
                .query((rs, n) -> {
                    Instant informedAt = PersonStore.instant(rs, "informed_at");
                    String how = rs.getString("informed_how");
                    return new Representation(rs.getString("reference"), rs.getString("represented_name"),
                            rs.getString("relationship"), (Boolean) rs.getObject("consent_given"),
                            rs.getString("consent_evidence"), rs.getString("consent_recorded_by"),
                            PersonStore.instant(rs, "consent_recorded_at"),
                            informedAt == null ? null : new Representation.Informed(informedAt, rs.getString("informed_by"),
                                    how == null ? null : InformMethod.valueOf(how), rs.getString("informed_note")));
                })
                .optional();
    }

    /**
     * Records or updates who is represented, the relationship and the consent. A null name keeps the name recorded.
     *
     * @throws PeopleRuleException when no one is recorded as represented and no name is given
     */
    @Transactional
    public Representation update(String reference, String representedName, String relationship, Boolean consentGiven,
            String consentEvidence, String actor, String clientAddress) {
        Instant now = clock.instant();
        Optional<Representation> existing = forFeedback(reference);
        if (existing.isEmpty()) {
            if (representedName == null) {
                throw new PeopleRuleException("Give the name of the person represented: this feedback has no representative yet");
            }
            jdbc.sql("insert into feedback_representation (reference, represented_name) values (:r, :name)")
                    .param("r", reference).param("name", representedName).update();
        }
        jdbc.sql("""
                update feedback_representation set represented_name = coalesce(:name, represented_name),
                  relationship = :relationship, consent_given = :consent, consent_evidence = :evidence,
                  consent_recorded_by = :by, consent_recorded_at = :at where reference = :r""")
                .param("name", representedName).param("relationship", relationship).param("consent", consentGiven)
                .param("evidence", consentEvidence).param("by", actor).param("at", PersonStore.ts(now))
                .param("r", reference).update();
        records.recordOnTimeline(reference, actor, "Representative updated",
                consentGiven == null ? "Consent not yet known" : consentGiven ? "Consent given" : "Consent not given");
        audit.record(actor, "REPRESENTATIVE_UPDATED", reference, null,
                "Relationship and consent recorded (consent " + (consentGiven == null ? "unknown" : consentGiven ? "given" : "not given") + ")",
                clientAddress);
        return forFeedback(reference).orElseThrow();
    }

    /**
     * Records that the person represented was told the representative contacted us.
     *
     * @throws PeopleRuleException when the feedback is not given on anyone's behalf
     */
    @Transactional
    public Representation recordInformed(String reference, InformMethod how, Instant at, String note, String actor,
            String clientAddress) {
        if (forFeedback(reference).isEmpty()) {
            throw new PeopleRuleException("This feedback was not given on anyone's behalf");
        }
        Instant when = at == null ? clock.instant() : at;
        jdbc.sql("""
                update feedback_representation set informed_at = :at, informed_by = :by, informed_how = :how,
                  informed_note = :note where reference = :r""")
                .param("at", PersonStore.ts(when)).param("by", actor).param("how", how.name()).param("note", note)
                .param("r", reference).update();
        records.recordOnTimeline(reference, actor, "Person represented informed",
                "Told by " + how.name().toLowerCase().replace('_', ' ') + " that a representative contacted us");
        audit.record(actor, "REPRESENTED_PERSON_INFORMED", reference, null, "Informed by " + how.name(), clientAddress);
        return forFeedback(reference).orElseThrow();
    }
}
