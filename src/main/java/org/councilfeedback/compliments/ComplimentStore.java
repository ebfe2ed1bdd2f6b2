package org.councilfeedback.compliments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.councilfeedback.intake.FeedbackRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Compliment rows in plain SQL that runs on PostgreSQL and H2. */
@Repository
class ComplimentStore {

    private static final String COLUMNS = "feedback_id, reference, received_at, service_area, active, praised_kind, "
            + "praised_name, praised_email, praised_service_area, recorded_by, recorded_at, passed_on_at, passed_on_to";

    private final JdbcClient jdbc;

    ComplimentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a row for the feedback unless there is one; an existing row is left as it is. */
    void insertIfAbsent(FeedbackRecord record, boolean active) {
        jdbc.sql("""
                insert into compliment (feedback_id, reference, received_at, service_area, active)
                values (:id, :reference, :receivedAt, :serviceArea, :active)
                on conflict do nothing""")
                .param("id", record.id()).param("reference", record.reference())
                .param("receivedAt", timestamp(record.receivedAt())).param("serviceArea", record.serviceArea())
                .param("active", active)
                .update();
    }

    void setActive(String reference, boolean active) {
        jdbc.sql("update compliment set active = :active where reference = :reference")
                .param("active", active).param("reference", reference).update();
    }

    Optional<Compliment> find(String reference) {
        return jdbc.sql("select " + COLUMNS + " from compliment where reference = :reference")
                .param("reference", reference).query(ComplimentStore::compliment).optional();
    }

    void recordPraised(String reference, Praised praised, String serviceArea, String by, Instant at) {
        jdbc.sql("""
                update compliment set praised_kind = :kind, praised_name = :name, praised_email = :email,
                  praised_service_area = :praisedArea, service_area = :serviceArea, recorded_by = :by, recorded_at = :at
                where reference = :reference and passed_on_at is null""")
                .param("kind", praised.kind().name()).param("name", praised.name()).param("email", praised.email())
                .param("praisedArea", praised.serviceArea()).param("serviceArea", serviceArea)
                .param("by", by).param("at", timestamp(at)).param("reference", reference)
                .update();
    }

    /** Marks the compliment passed on; false when it already was (only the first call counts). */
    boolean markPassedOn(String reference, String to, Instant at) {
        return jdbc.sql("update compliment set passed_on_at = :at, passed_on_to = :to where reference = :reference and passed_on_at is null")
                .param("at", timestamp(at)).param("to", to).param("reference", reference).update() == 1;
    }

    /** The latest compliments, newest first; of one service area when {@code serviceArea} is not null. */
    List<Compliment> recent(String serviceArea, int limit) {
        return jdbc.sql("select " + COLUMNS + " from compliment where active = true"
                        + (serviceArea == null ? "" : " and service_area = :area")
                        + " order by received_at desc, feedback_id desc limit :limit")
                .param("area", serviceArea).param("limit", limit).query(ComplimentStore::compliment).list();
    }

    /** Compliments received from {@code from} up to (not including) {@code to}, counted by service area (null when none is known). */
    List<ComplimentCounts.ServiceAreaCount> countByServiceArea(Instant from, Instant to) {
        return jdbc.sql("""
                select service_area, count(*) as n from compliment
                where active = true and received_at >= :from and received_at < :to
                group by service_area order by n desc, service_area""")
                .param("from", timestamp(from)).param("to", timestamp(to))
                .query((rs, n) -> new ComplimentCounts.ServiceAreaCount(rs.getString("service_area"), null, rs.getLong("n")))
                .list();
    }

    private static Compliment compliment(ResultSet rs, int n) throws SQLException {
        String kind = rs.getString("praised_kind");
        Praised praised = kind == null ? null : new Praised(PraisedKind.valueOf(kind), rs.getString("praised_name"),
                rs.getString("praised_email"), rs.getString("praised_service_area"));
        return new Compliment(rs.getLong("feedback_id"), rs.getString("reference"), instant(rs, "received_at"),
                rs.getString("service_area"), rs.getBoolean("active"), praised, rs.getString("recorded_by"),
                instant(rs, "recorded_at"), instant(rs, "passed_on_at"), rs.getString("passed_on_to"));
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
