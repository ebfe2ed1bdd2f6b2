package org.councilfeedback.reporting;

import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.councilfeedback.complaints.ComplaintHandling;
import org.councilfeedback.complaints.TrackingView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Keeps, for every answered complaint stage, the due date it had when it was answered (extension included), so that
 * "responded within the stage's timescale" is a plain comparison in SQL. The complaints module computes deadlines from
 * a stage's facts and does not store them; this asks its public view of a case for each stage's due date, once per
 * answered stage (the facts do not change after a response), in small batches on a schedule.
 */
@Service
public class StageTimeliness {

    private static final Logger log = LoggerFactory.getLogger(StageTimeliness.class);
    static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final ComplaintHandling complaints;

    StageTimeliness(JdbcClient jdbc, ComplaintHandling complaints) {
        this.jdbc = jdbc;
        this.complaints = complaints;
    }

    private record Pending(long stageId, String reference, int number) {}

    /** Fills in due dates for answered stages that have none yet; returns how many stages were filled. */
    public int fillDueDates() {
        int filled = 0;
        while (true) {
            List<Pending> pending = jdbc.sql("""
                    select s.id, c.reference, s.number from complaint_stage s
                    join complaint_case c on c.feedback_id = s.feedback_id
                    where s.due_on_at_response is null and s.responded_on is not null
                    order by s.id fetch first %d rows only""".formatted(BATCH))
                    .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getInt(3)))
                    .list();
            int before = filled;
            for (Pending p : pending) {
                try {
                    TrackingView view = complaints.trackingView(p.reference());
                    for (TrackingView.StageView stage : view.stages()) {
                        if (stage.number() == p.number() && stage.dueBy() != null) {
                            filled += jdbc.sql("update complaint_stage set due_on_at_response = :due"
                                            + " where id = :id and due_on_at_response is null")
                                    .param("due", stage.dueBy()).param("id", p.stageId()).update();
                        }
                    }
                } catch (RuntimeException e) {
                    log.warn("Could not work out the due date of stage {} of {}: {}", p.number(), p.reference(), e.getMessage());
                }
            }
            if (pending.size() < BATCH || filled == before) {
                return filled;
            }
        }
    }

    @Scheduled(fixedDelayString = "${council-feedback.reporting.due-dates-every:PT5M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "reporting-stage-due-dates", lockAtMostFor = "30m")
    void scheduled() {
        int filled = fillDueDates();
        if (filled > 0) {
            log.info("Recorded the due date at response of {} complaint stages", filled);
        }
    }
}
