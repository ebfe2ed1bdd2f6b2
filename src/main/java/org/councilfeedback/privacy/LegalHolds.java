package org.councilfeedback.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.councilfeedback.access.AuditTrail;
import org.councilfeedback.intake.FeedbackRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Legal holds: feedback needed for litigation, an investigation or an Ombudsman case is never anonymised. */
@Service
public class LegalHolds {

    private static final String COLUMNS = "id, reference, reason, placed_by, placed_at, released_by, released_at, release_reason";

    private final JdbcClient jdbc;
    private final FeedbackRecords records;
    private final AuditTrail audit;
    private final Clock clock;

    LegalHolds(JdbcClient jdbc, FeedbackRecords records, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public LegalHold place(String reference, String reason, String actor, String clientAddress) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into legal_hold (reference, reason, placed_by, placed_at) values (:r, :reason, :by, :at)")
                .param("r", reference).param("reason", reason.trim()).param("by", actor).param("at", ts(clock.instant()))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        records.recordOnTimeline(reference, actor, "Legal hold placed", "Kept whole until the hold is released");
        audit.record(actor, "LEGAL_HOLD_PLACED", reference, null, "Legal hold " + id + " placed", clientAddress);
        return inForce(reference).stream().filter(hold -> hold.id() == id).findFirst().orElseThrow();
    }

    /**
     * Releases every hold in force on the feedback.
     *
     * @throws PrivacyRuleException when there is no hold in force
     */
    @Transactional
    public List<LegalHold> release(String reference, String reason, String actor, String clientAddress) {
        List<LegalHold> held = inForce(reference);
        if (held.isEmpty()) {
            throw new PrivacyRuleException("There is no legal hold on " + reference);
        }
        jdbc.sql("""
                update legal_hold set released_by = :by, released_at = :at, release_reason = :reason
                where reference = :r and released_at is null""")
                .param("by", actor).param("at", ts(clock.instant())).param("reason", reason).param("r", reference).update();
        records.recordOnTimeline(reference, actor, "Legal hold released", "The retention schedule applies again");
        audit.record(actor, "LEGAL_HOLD_RELEASED", reference, null, held.size() + " legal hold(s) released", clientAddress);
        return all(reference);
    }

    public boolean isHeld(String reference) {
        return jdbc.sql("select count(*) from legal_hold where reference = :r and released_at is null").param("r", reference)
                .query(Long.class).single() > 0;
    }

    public List<LegalHold> inForce(String reference) {
        return jdbc.sql("select " + COLUMNS + " from legal_hold where reference = :r and released_at is null order by id")
                .param("r", reference).query(LegalHolds::hold).list();
    }

    public List<LegalHold> all(String reference) {
        return jdbc.sql("select " + COLUMNS + " from legal_hold where reference = :r order by id")
                .param("r", reference).query(LegalHolds::hold).list();
    }

    private static LegalHold hold(ResultSet rs, int n) throws SQLException {
        return new LegalHold(rs.getLong("id"), rs.getString("reference"), rs.getString("reason"), rs.getString("placed_by"),
                instant(rs, "placed_at"), rs.getString("released_by"), instant(rs, "released_at"),
                rs.getString("release_reason"));
    }

    static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
