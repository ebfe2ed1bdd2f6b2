package org.councilfeedback.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import org.councilfeedback.access.AuditTrail;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.people.People;
import org.councilfeedback.people.Person;
import org.councilfeedback.safeguarding.Safeguarding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymises one piece of feedback everywhere this application holds its personal data (the feedback and its
 * timeline, the person and representative, contact-preference reasons, safeguarding concern texts), in one transaction,
 * and records it in the audit trail. Statistics (type, channel, dates, service area, status, outcomes) and the audit
 * trail stay as they are.
 */
@Component
class Anonymiser {

    enum Cause { RETENTION, ERASURE }

    private final FeedbackRecords records;
    private final People people;
    private final Safeguarding safeguarding;
    private final LegalHolds holds;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    Anonymiser(FeedbackRecords records, People people, Safeguarding safeguarding, LegalHolds holds, AuditTrail audit,
            JdbcClient jdbc, Clock clock) {
        this.records = records;
        this.people = people;
        this.safeguarding = safeguarding;
        this.holds = holds;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Anonymises the feedback unless it is under a legal hold or already anonymised; true when it did.
     *
     * @param closedOn when it closed (retention), or null
     * @param keptFor how long it was kept after closure (retention), or null
     */
    @Transactional(propagation = Propagation.REQUIRED)
    boolean anonymise(String reference, Cause cause, LocalDate closedOn, Period keptFor, String actor, String clientAddress) {
        if (holds.isHeld(reference)) {
            return false;
        }
        Long personId = people.personFor(reference).map(Person::id).orElse(null);
        if (!records.anonymise(reference)) {
            return false;
        }
        people.anonymiseFeedback(reference, FeedbackRecords.ANONYMISED, records::isAnonymised);
        safeguarding.anonymise(reference, FeedbackRecords.ANONYMISED);
        jdbc.sql("""
                insert into anonymisation (reference, cause, closed_on, kept_for, anonymised_by, anonymised_at)
                values (:r, :cause, :closed, :kept, :by, :at)""")
                .param("r", reference).param("cause", cause.name()).param("closed", closedOn)
                .param("kept", keptFor == null ? null : keptFor.toString()).param("by", actor)
                .param("at", LegalHolds.ts(clock.instant())).update();
        String detail = cause == Cause.RETENTION
                ? "Retention schedule: closed " + closedOn + ", personal data kept " + keptFor + " after closure"
                : "Erasure carried out by the Data Protection Officer";
        records.recordOnTimeline(reference, actor, "Personal data anonymised", detail);
        audit.record(actor, cause == Cause.RETENTION ? "ANONYMISED_BY_RETENTION" : "ANONYMISED_BY_ERASURE", reference,
                personId, detail, clientAddress);
        return true;
    }
}
