package org.councilfeedback.suggestions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.councilfeedback.intake.FeedbackRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Suggestion rows in plain SQL that runs on PostgreSQL and H2. */
@Repository
class SuggestionStore {

    private static final String COLUMNS = "feedback_id, reference, received_at, service_area, active, passed_on_at, "
            + "passed_to, decision_due_by, decision, explanation, decided_by, decided_at, due_reminder_at, overdue_reminder_at";

    private final JdbcClient jdbc;

    SuggestionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertIfAbsent(FeedbackRecord record, boolean active) {
        jdbc.sql("""
                insert into suggestion (feedback_id, reference, received_at, service_area, active)
                values (:id, :reference, :receivedAt, :serviceArea, :active)
                on conflict do nothing""")
                .param("id", record.id()).param("reference", record.reference())
                .param("receivedAt", timestamp(record.receivedAt())).param("serviceArea", record.serviceArea())
                .param("active", active)
                .update();
    }

    void setActive(String reference, boolean active) {
        jdbc.sql("update suggestion set active = :active where reference = :reference")
                .param("active", active).param("reference", reference).update();
    }

    Optional<Suggestion> find(String reference) {
        return jdbc.sql("select " + COLUMNS + " from suggestion where reference = :reference")
                .param("reference", reference).query(SuggestionStore::suggestion).optional();
    }

    void setServiceArea(String reference, String serviceArea) {
        jdbc.sql("update suggestion set service_area = :area where reference = :reference")
                .param("area", serviceArea).param("reference", reference).update();
    }

    /** Records that the suggestion went to {@code passedTo}; false when it had already gone there. */
    boolean markPassedOn(String reference, String passedTo, Instant at, LocalDate dueBy) {
        return jdbc.sql("""
                update suggestion set passed_on_at = :at, passed_to = :to, decision_due_by = :due,
                  due_reminder_at = null, overdue_reminder_at = null
                where reference = :reference and (passed_to is null or passed_to <> :to)""")
                .param("at", timestamp(at)).param("to", passedTo).param("due", dueBy).param("reference", reference)
                .update() == 1;
    }

    /** Records the decision unless a final one was recorded first. */
    boolean decide(String reference, SuggestionDecision decision, String explanation, String by, Instant at) {
        return jdbc.sql("""
                update suggestion set decision = :decision, explanation = :explanation, decided_by = :by, decided_at = :at
                where reference = :reference and (decision is null or decision = 'UNDER_CONSIDERATION')""")
                .param("decision", decision.name()).param("explanation", explanation).param("by", by)
                .param("at", timestamp(at)).param("reference", reference)
                .update() == 1;
    }

    /**
     * Suggestions still waiting for the service's final decision (none yet, or under consideration), the ones due
     * first first, then those with no due date yet (not passed on).
     */
    List<Suggestion> awaitingDecision(int limit) {
        return jdbc.sql("select " + COLUMNS + " from suggestion where active = true"
                        + " and (decision is null or decision = 'UNDER_CONSIDERATION')"
                        + " order by case when decision_due_by is null then 1 else 0 end, decision_due_by, received_at,"
                        + " feedback_id limit :limit")
                .param("limit", limit).query(SuggestionStore::suggestion).list();
    }

    /** Passed-on suggestions with no decision yet, due on or before {@code dueBy}, not yet reminded of that. */
    List<Suggestion> awaitingDueReminder(LocalDate dueBy, int limit) {
        return jdbc.sql("select " + COLUMNS + " from suggestion where decided_at is null and decision_due_by <= :due"
                        + " and active = true and due_reminder_at is null order by decision_due_by, feedback_id limit :limit")
                .param("due", dueBy).param("limit", limit).query(SuggestionStore::suggestion).list();
    }

    /** Passed-on suggestions with no decision whose due date is before {@code today}, not yet reminded of that. */
    List<Suggestion> awaitingOverdueReminder(LocalDate today, int limit) {
        return jdbc.sql("select " + COLUMNS + " from suggestion where decided_at is null and decision_due_by < :today"
                        + " and active = true and overdue_reminder_at is null order by decision_due_by, feedback_id limit :limit")
                .param("today", today).param("limit", limit).query(SuggestionStore::suggestion).list();
    }

    boolean markDueReminder(String reference, Instant at) {
        return jdbc.sql("update suggestion set due_reminder_at = :at where reference = :reference and due_reminder_at is null")
                .param("at", timestamp(at)).param("reference", reference).update() == 1;
    }

    boolean markOverdueReminder(String reference, Instant at) {
        return jdbc.sql("""
                update suggestion set overdue_reminder_at = :at, due_reminder_at = coalesce(due_reminder_at, :at)
                where reference = :reference and overdue_reminder_at is null""")
                .param("at", timestamp(at)).param("reference", reference).update() == 1;
    }

    /** Suggestions received from {@code from} up to (not including) {@code to}, by outcome; undecided ones under {@code PENDING}. */
    List<SuggestionCounts.OutcomeCount> countByOutcome(Instant from, Instant to) {
        return jdbc.sql("""
                select coalesce(decision, 'PENDING') as outcome, count(*) as n from suggestion
                where active = true and received_at >= :from and received_at < :to
                group by coalesce(decision, 'PENDING')""")
                .param("from", timestamp(from)).param("to", timestamp(to))
                .query((rs, n) -> new SuggestionCounts.OutcomeCount(rs.getString("outcome"), rs.getLong("n")))
                .list();
    }

    private static Suggestion suggestion(ResultSet rs, int n) throws SQLException {
        String decision = rs.getString("decision");
        return new Suggestion(rs.getLong("feedback_id"), rs.getString("reference"), instant(rs, "received_at"),
                rs.getString("service_area"), rs.getBoolean("active"), instant(rs, "passed_on_at"),
                rs.getString("passed_to"), rs.getObject("decision_due_by", LocalDate.class),
                decision == null ? null : SuggestionDecision.valueOf(decision), rs.getString("explanation"),
                rs.getString("decided_by"), instant(rs, "decided_at"), instant(rs, "due_reminder_at"),
                instant(rs, "overdue_reminder_at"));
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
