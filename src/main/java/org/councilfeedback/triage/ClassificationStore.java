package org.councilfeedback.triage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.Optional;
import org.councilfeedback.intake.FeedbackType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The current classification of each piece of feedback (one row each; the timeline keeps earlier ones). */
@Repository
class ClassificationStore {

    private final JdbcClient jdbc;

    ClassificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current classification, its row locked until the transaction ends. */
    Optional<Classification> findForUpdate(long feedbackId) {
        return jdbc.sql("""
                select type, chosen_type, process, exclusion, reason, out_of_time_accepted, classified_by, classified_at
                from classification where feedback_id = :id for update""")
                .param("id", feedbackId).query(ClassificationStore::classification).optional();
    }

    Optional<Classification> find(long feedbackId) {
        return jdbc.sql("""
                select type, chosen_type, process, exclusion, reason, out_of_time_accepted, classified_by, classified_at
                from classification where feedback_id = :id""")
                .param("id", feedbackId).query(ClassificationStore::classification).optional();
    }

    void save(long feedbackId, Classification c, boolean insert) {
        String sql = insert ? """
                insert into classification (feedback_id, type, chosen_type, process, exclusion, reason,
                  out_of_time_accepted, classified_by, classified_at)
                values (:id, :type, :chosen, :process, :exclusion, :reason, :outOfTime, :by, :at)"""
                : """
                update classification set type = :type, chosen_type = :chosen, process = :process, exclusion = :exclusion,
                  reason = :reason, out_of_time_accepted = :outOfTime, classified_by = :by, classified_at = :at
                where feedback_id = :id""";
        jdbc.sql(sql).param("id", feedbackId).param("type", c.type().name()).param("chosen", c.chosenType().name())
                .param("process", c.process() == null ? null : c.process().name())
                .param("exclusion", c.exclusion() == null ? null : c.exclusion().name())
                .param("reason", c.reason()).param("outOfTime", c.outOfTimeAccepted()).param("by", c.classifiedBy())
                .param("at", c.classifiedAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    private static Classification classification(ResultSet rs, int n) throws SQLException {
        String process = rs.getString("process");
        String exclusion = rs.getString("exclusion");
        return new Classification(FeedbackType.valueOf(rs.getString("type")), FeedbackType.valueOf(rs.getString("chosen_type")),
                process == null ? null : Process.valueOf(process), exclusion == null ? null : Exclusion.valueOf(exclusion),
                rs.getString("reason"), rs.getBoolean("out_of_time_accepted"), rs.getString("classified_by"),
                rs.getTimestamp("classified_at").toInstant());
    }
}
