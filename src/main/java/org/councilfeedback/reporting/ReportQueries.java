package org.councilfeedback.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every figure family as one SQL aggregate over indexed columns: no query reads cases one by one. Periods are whole
 * council days; feedback counts by when it was received, stages by when they opened or were answered, Ombudsman
 * referrals by their enquiry and decision dates.
 */
@Component
class ReportQueries {

    private final JdbcClient jdbc;

    ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The period and the optional service area a report covers, as the queries need them. */
    record Scope(LocalDate from, LocalDate to, Instant start, Instant end, String serviceArea) {

        static Scope of(ReportPeriod period, String serviceArea, ZoneId zone) {
            return new Scope(period.from(), period.to(), period.start(zone), period.end(zone), serviceArea);
        }

        boolean filtered() {
            return serviceArea != null;
        }
    }

    /** A key and its count, as grouped by a query. */
    record Row(String key, long count) {}

    /** A complaint stage's figures for one process and stage number. */
    record StageRow(String process, int stage, long opened, long responded, long timed, long inTime, long extended,
            long upheld, long partlyUpheld, long notUpheld, long withdrawn, long escalated) {

        StageRow plus(StageRow o) {
            return new StageRow(process, stage, opened + o.opened, responded + o.responded, timed + o.timed,
                    inTime + o.inTime, extended + o.extended, upheld + o.upheld, partlyUpheld + o.partlyUpheld,
                    notUpheld + o.notUpheld, withdrawn + o.withdrawn, escalated + o.escalated);
        }
    }

    /** Acknowledgements: how many were due (not anonymous), how many were sent by the end of their due day. */
    record AckRow(long due, long inTime) {}

    /** Ombudsman referrals by body and decision: referred in the period, decided in the period. */
    record OmbudsmanRow(String body, String decision, long referred, long decided) {}

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    private JdbcClient.StatementSpec bind(String sql, Scope scope) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql)
                .param("start", utc(scope.start())).param("end", utc(scope.end()))
                .param("from", scope.from()).param("to", scope.to());
        return scope.filtered() ? spec.param("area", scope.serviceArea()) : spec;
    }

    private List<Row> rows(String sql, Scope scope) {
        return bind(sql, scope).query((rs, n) -> new Row(rs.getString(1), rs.getLong(2))).list();
    }

    private static String area(Scope scope, String column) {
        return scope.filtered() ? " and " + column + " = :area" : "";
    }

    /** Feedback received, grouped by one of its columns: type, channel or service area. */
    List<Row> feedbackBy(String column, Scope scope) {
        if (!List.of("type", "channel", "service_area").contains(column)) {
            throw new IllegalArgumentException(column);
        }
        return rows("select " + column + ", count(*) from feedback where received_at >= :start and received_at < :end"
                + area(scope, "service_area") + " group by " + column, scope);
    }

    /** Feedback received in each calendar month of the period (months cut at council midnight). */
    Map<YearMonth, Long> feedbackByMonth(Scope scope, ZoneId zone) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(scope.from()); !m.isAfter(YearMonth.from(scope.to())); m = m.plusMonths(1)) {
            months.add(m);
        }
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < months.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("sum(case when received_at >= :m").append(i)
                    .append(" and received_at < :m").append(i + 1).append(" then 1 else 0 end)");
        }
        sql.append(" from feedback where received_at >= :start and received_at < :end").append(area(scope, "service_area"));
        JdbcClient.StatementSpec spec = bind(sql.toString(), scope);
        for (int i = 0; i <= months.size(); i++) {
            Instant boundary = i == 0 ? scope.start() : i == months.size() ? scope.end()
                    : months.get(i).atDay(1).atStartOfDay(zone).toInstant();
            spec = spec.param("m" + i, utc(boundary));
        }
        return spec.query(rs -> {
            Map<YearMonth, Long> counts = new LinkedHashMap<>();
            rs.next();
            for (int i = 0; i < months.size(); i++) {
                counts.put(months.get(i), rs.getLong(i + 1));
            }
            return counts;
        });
    }

    /** Acknowledgements due for feedback received in the period, and how many went by the end of the due day. */
    AckRow acknowledgements(Scope scope) {
        return bind("""
                select count(*), sum(case when f.ack_sent_at < d.ends_at then 1 else 0 end)
                from feedback f join report_day d on d.on_day = f.ack_due_by
                where f.received_at >= :start and f.received_at < :end and f.ack_due_by is not null""" + area(scope, "f.service_area"),
                scope).query((rs, n) -> new AckRow(rs.getLong(1), rs.getLong(2))).single();
    }

    /** Complaint cases received in the period by process. */
    List<Row> complaintsByProcess(Scope scope) {
        return rows("select c.process, count(*) from complaint_case c"
                + (scope.filtered() ? " join feedback f on f.id = c.feedback_id" : "")
                + " where c.received_at >= :start and c.received_at < :end" + area(scope, "f.service_area")
                + " group by c.process", scope);
    }

    /**
     * Stages by process and number: opened in the period; and of those answered in the period, how many by their due
     * date, extended, each outcome, and how many went on to the next stage.
     */
    List<StageRow> stages(Scope scope) {
        return bind("""
                select c.process, s.number,
                  sum(case when s.opened_on between :from and :to then 1 else 0 end),
                  sum(case when s.responded_on between :from and :to then 1 else 0 end),
                  sum(case when s.responded_on between :from and :to and s.due_on_at_response is not null then 1 else 0 end),
                  sum(case when s.responded_on between :from and :to and s.responded_on <= s.due_on_at_response then 1 else 0 end),
                  sum(case when s.responded_on between :from and :to and s.extended_to is not null then 1 else 0 end),
                  sum(case when s.responded_on between :from and :to and s.outcome = 'UPHELD' then 1 else 0 end),
                  sum(case when s.responded_on between :from and :to and s.outcome = 'PARTLY_UPHELD' then 1 else 0 end),
                  sum(case when s.responded_on between :from and :to and s.outcome = 'NOT_UPHELD' then 1 else 0 end),
                  sum(case when s.responded_on between :from and :to and s.outcome = 'WITHDRAWN' then 1 else 0 end),
                  sum(case when s.responded_on between :from and :to and n.id is not null then 1 else 0 end)
                from complaint_stage s
                join complaint_case c on c.feedback_id = s.feedback_id
                left join complaint_stage n on n.feedback_id = s.feedback_id and n.number = s.number + 1
                """ + (scope.filtered() ? "join feedback f on f.id = s.feedback_id\n" : "") + """
                where (s.opened_on between :from and :to or s.responded_on between :from and :to)""" + area(scope, "f.service_area")
                + " group by c.process, s.number order by c.process, s.number", scope)
                .query((rs, i) -> new StageRow(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11),
                        rs.getLong(12)))
                .list();
    }

    /** Ombudsman referrals: by body and decision, how many were referred and how many decided in the period. */
    List<OmbudsmanRow> ombudsman(Scope scope) {
        return bind("select o.body, o.decision,"
                + " sum(case when o.enquiry_on between :from and :to then 1 else 0 end),"
                + " sum(case when o.decision_on between :from and :to then 1 else 0 end)"
                + " from ombudsman_referral o" + (scope.filtered() ? " join feedback f on f.id = o.feedback_id" : "")
                + " where (o.enquiry_on between :from and :to or o.decision_on between :from and :to)"
                + area(scope, "f.service_area") + " group by o.body, o.decision", scope)
                .query((rs, n) -> new OmbudsmanRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
    }

    /** Compliments received by the service area they praise (or were given about). */
    List<Row> complimentsByServiceArea(Scope scope) {
        return rows("select coalesce(praised_service_area, service_area), count(*) from compliment"
                + " where active = true and received_at >= :start and received_at < :end"
                + area(scope, "coalesce(praised_service_area, service_area)")
                + " group by coalesce(praised_service_area, service_area)", scope);
    }

    /** Representations received by policy area. */
    List<Row> representationsByPolicyArea(Scope scope) {
        return rows("select r.policy_area, count(*) from representation r"
                + (scope.filtered() ? " join feedback f on f.id = r.feedback_id" : "")
                + " where r.active = true and r.received_at >= :start and r.received_at < :end"
                + area(scope, "f.service_area") + " group by r.policy_area", scope);
    }

    /** Suggestions received by outcome (PENDING until decided). */
    List<Row> suggestionsByOutcome(Scope scope) {
        return rows("select coalesce(decision, 'PENDING'), count(*) from suggestion"
                + " where active = true and received_at >= :start and received_at < :end" + area(scope, "service_area")
                + " group by coalesce(decision, 'PENDING')", scope);
    }

    /** Feedback received in the period that the complaints procedure does not apply to, by reason. */
    List<Row> exclusions(Scope scope) {
        return rows("select cl.exclusion, count(*) from classification cl join feedback f on f.id = cl.feedback_id"
                + " where cl.exclusion is not null and f.received_at >= :start and f.received_at < :end"
                + area(scope, "f.service_area") + " group by cl.exclusion", scope);
    }

    /** Remedies given with upheld or partly upheld responses in the period, for the processes named. */
    List<Row> remedies(Scope scope, List<String> processes) {
        return bind("select r.remedy, count(*) from complaint_remedy r join complaint_stage s on s.id = r.stage_id"
                + " join complaint_case c on c.feedback_id = s.feedback_id"
                + (scope.filtered() ? " join feedback f on f.id = s.feedback_id" : "")
                + " where s.responded_on between :from and :to and s.outcome in ('UPHELD', 'PARTLY_UPHELD')"
                + " and c.process in (:processes)" + area(scope, "f.service_area") + " group by r.remedy", scope)
                .param("processes", processes)
                .query((rs, n) -> new Row(rs.getString(1), rs.getLong(2))).list();
    }

    /** Actions promised after upheld or partly upheld responses in the period, by service area: promised and completed. */
    List<Row[]> actionsByServiceArea(Scope scope, List<String> processes) {
        return bind("""
                select f.service_area, count(*), sum(case when a.completed_on is not null then 1 else 0 end)
                from complaint_action a join complaint_stage s on s.id = a.stage_id
                join complaint_case c on c.feedback_id = s.feedback_id join feedback f on f.id = s.feedback_id
                where s.responded_on between :from and :to and s.outcome in ('UPHELD', 'PARTLY_UPHELD')
                  and c.process in (:processes)""" + area(scope, "f.service_area") + " group by f.service_area", scope)
                .param("processes", processes)
                .query((rs, n) -> new Row[] {new Row(rs.getString(1), rs.getLong(2)), new Row(rs.getString(1), rs.getLong(3))})
                .list();
    }

    /** Complaint cases of the processes named, received in the period, by service area (their subjects). */
    List<Row> complaintsByServiceArea(Scope scope, List<String> processes) {
        return bind("select f.service_area, count(*) from complaint_case c join feedback f on f.id = c.feedback_id"
                + " where c.received_at >= :start and c.received_at < :end and c.process in (:processes)"
                + area(scope, "f.service_area") + " group by f.service_area", scope)
                .param("processes", processes)
                .query((rs, n) -> new Row(rs.getString(1), rs.getLong(2))).list();
    }

    /** Stages of the processes named, by process and number (as {@link #stages} but only those processes). */
    List<StageRow> stages(Scope scope, List<String> processes) {
        return stages(scope).stream().filter(s -> processes.contains(s.process())).toList();
    }

    /** Ombudsman referrals of cases of the processes named. */
    List<OmbudsmanRow> ombudsman(Scope scope, List<String> processes) {
        return bind("select o.body, o.decision,"
                + " sum(case when o.enquiry_on between :from and :to then 1 else 0 end),"
                + " sum(case when o.decision_on between :from and :to then 1 else 0 end)"
                + " from ombudsman_referral o join complaint_case c on c.feedback_id = o.feedback_id"
                + " where (o.enquiry_on between :from and :to or o.decision_on between :from and :to)"
                + " and c.process in (:processes) group by o.body, o.decision", scope)
                .param("processes", processes)
                .query((rs, n) -> new OmbudsmanRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
    }

    /**
     * Makes sure the day table knows when each day from {@code from} to {@code to} ends in the council's time zone
     * (a few inserts the first time a period is reported on; nothing afterwards).
     */
    void ensureDays(LocalDate from, LocalDate to, ZoneId zone) {
        long known = jdbc.sql("select count(*) from report_day where on_day between :from and :to")
                .param("from", from).param("to", to).query(Long.class).single();
        long wanted = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        if (known == wanted) {
            return;
        }
        List<LocalDate> present = jdbc.sql("select on_day from report_day where on_day between :from and :to")
                .param("from", from).param("to", to).query(LocalDate.class).list();
        java.util.Set<LocalDate> have = new java.util.HashSet<>(present);
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (!have.contains(day)) {
                try {
                    jdbc.sql("insert into report_day (on_day, ends_at) values (:day, :ends)").param("day", day)
                            .param("ends", utc(day.plusDays(1).atStartOfDay(zone).toInstant())).update();
                } catch (org.springframework.dao.DuplicateKeyException alreadyThere) {
                    // another report filled it in at the same time
                }
            }
        }
    }
}
