package org.councilfeedback.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A known dataset for the report tests, in 2031 so that nothing else the tests record falls in its periods. May 2031
 * is the reported month (British Summer Time: council midnight is 23:00 UTC); April 2031 is the previous period. Every
 * stage has been answered (the last two in June), so the work queues and reminders of other tests never see them.
 */
final class ReportingDataset {

    static final long BASE = 910_000_000L;
    static final ReportPeriod MAY = new ReportPeriod(LocalDate.of(2031, 5, 1), LocalDate.of(2031, 5, 31));

    private final JdbcClient jdbc;

    ReportingDataset(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String reference(int n) {
        return "RPT-2031-" + String.format("%06d", n);
    }

    void load() {
        if (jdbc.sql("select count(*) from feedback where id = :id").param("id", BASE + 1).query(Long.class).single() > 0) {
            return;
        }
        // n, type, channel, service area, received (UTC), acknowledge by, acknowledgement sent (UTC)
        feedback(1, "COMPLAINT", "PHONE", "highways", "2031-05-05T10:00:00Z", "2031-05-08", "2031-05-07T10:00:00Z");
        // sent 23:30 on the due day, council time: in time
        feedback(2, "COMPLAINT", "EMAIL", "highways", "2031-05-06T10:00:00Z", "2031-05-09", "2031-05-09T22:30:00Z");
        // sent 00:30 the day after the due day, council time (the same date in UTC): late
        feedback(3, "COMPLAINT", "LETTER", "parking", "2031-05-12T10:00:00Z", "2031-05-15", "2031-05-15T23:30:00Z");
        feedback(4, "COMPLAINT", "ONLINE", "adult-social-care", "2031-05-13T10:00:00Z", "2031-05-13", "2031-05-13T10:00:01Z");
        feedback(5, "COMPLAINT", "ONLINE", "childrens-social-care", "2031-05-14T10:00:00Z", "2031-05-14", "2031-05-14T10:00:01Z");
        feedback(6, "COMPLIMENT", "ONLINE", "libraries", "2031-05-15T10:00:00Z", "2031-05-15", "2031-05-15T10:00:01Z");
        // never acknowledged: late
        feedback(7, "COMPLIMENT", "PHONE", "libraries", "2031-05-16T10:00:00Z", "2031-05-21", null);
        feedback(8, "SUGGESTION", "EMAIL", "waste", "2031-05-19T10:00:00Z", "2031-05-22", "2031-05-20T10:00:00Z");
        feedback(9, "REPRESENTATION", "LETTER", "planning", "2031-05-20T10:00:00Z", "2031-05-23", "2031-05-21T10:00:00Z");
        feedback(10, "COMPLAINT", "PHONE", "education-send", "2031-05-21T10:00:00Z", "2031-05-26", "2031-05-22T10:00:00Z");
        // 00:30 on 1 May council time: in May; anonymous, so no acknowledgement is due
        feedback(11, "NOT_SURE", "PHONE", null, "2031-04-30T23:30:00Z", null, null);
        // 00:30 on 1 June council time: not in May
        feedback(12, "NOT_SURE", "PHONE", null, "2031-05-31T23:30:00Z", null, null);
        // the previous period, April 2031
        feedback(13, "COMPLAINT", "PHONE", "highways", "2031-04-10T10:00:00Z", "2031-04-15", "2031-04-11T10:00:00Z");
        feedback(14, "COMPLIMENT", "ONLINE", "libraries", "2031-04-11T10:00:00Z", "2031-04-11", "2031-04-11T10:00:01Z");

        classify(1, "CORPORATE", null);
        classify(2, "CORPORATE", null);
        classify(3, "CORPORATE", null);
        classify(4, "ADULT_SOCIAL_CARE", null);
        classify(5, "CHILDRENS_SOCIAL_CARE", null);
        classify(10, null, "SCHOOL");
        for (int n = 1; n <= 5; n++) {
            String process = n <= 3 ? "CORPORATE" : n == 4 ? "ADULT_SOCIAL_CARE" : "CHILDRENS_SOCIAL_CARE";
            String version = n <= 3 ? "complaint-handling-code-2026" : n == 4 ? "regulations-2009" : "regulations-2006";
            jdbc.sql("insert into complaint_case (feedback_id, reference, process, procedure_version, received_at, opened_at, opened_by)"
                            + " select id, reference, :process, :version, received_at, received_at, 'test' from feedback where id = :id")
                    .param("process", process).param("version", version).param("id", BASE + n).update();
        }
        // case 1: stage 1 upheld in time (two remedies, a completed action), stage 2 answered a day late
        long s11 = stage(1, 1, "2031-05-05", "2031-05-15", "2031-05-19", null, "UPHELD");
        remedy(s11, "APOLOGY");
        remedy(s11, "ACT_ON_DELAY");
        action(s11, true);
        stage(1, 2, "2031-05-20", "2031-05-29", "2031-05-28", null, "NOT_UPHELD");
        // case 2: stage 1 extended, answered by the extended date, partly upheld, an open action
        long s21 = stage(2, 1, "2031-05-06", "2031-05-26", "2031-05-27", "2031-05-27", "PARTLY_UPHELD");
        remedy(s21, "APOLOGY");
        action(s21, false);
        // case 3: stage 1 open all May, answered in time in June
        stage(3, 1, "2031-05-12", "2031-06-15", "2031-06-20", null, "NOT_UPHELD");
        // case 4 (adult social care): upheld by the agreed date, financial remedy, completed action
        long s41 = stage(4, 1, "2031-05-13", "2031-05-30", "2031-11-13", null, "UPHELD");
        remedy(s41, "FINANCIAL_REMEDY");
        action(s41, true);
        // case 5 (children's social care): stage 1 not upheld in time; stage 2 open all May, answered in time in June
        stage(5, 1, "2031-05-14", "2031-05-20", "2031-05-28", null, "NOT_UPHELD");
        stage(5, 2, "2031-05-22", "2031-06-20", "2031-06-30", null, "NOT_UPHELD");
        ombudsman(1, "2031-05-30", "2031-05-31", "UPHELD");
        ombudsman(4, "2031-05-31", "2031-06-10", "NOT_UPHELD");

        compliment(6, "libraries", null, true);
        compliment(7, "libraries", "highways", true);
        compliment(14, "libraries", null, true);
        jdbc.sql("insert into suggestion (feedback_id, reference, received_at, service_area, active, decision)"
                + " select id, reference, received_at, service_area, true, 'ADOPTED' from feedback where id = :id")
                .param("id", BASE + 8).update();
        jdbc.sql("insert into representation (feedback_id, reference, received_at, active, policy_area)"
                + " select id, reference, received_at, true, 'libraries' from feedback where id = :id")
                .param("id", BASE + 9).update();
    }

    private void feedback(int n, String type, String channel, String area, String received, String ackBy, String ackSent) {
        OffsetDateTime at = OffsetDateTime.parse(received);
        jdbc.sql("""
                insert into feedback (id, reference, type, chosen_type, status, channel, received_at, clock_start,
                  service_area, description, anonymous, contact_name, contact_email, contact_phone, postcode,
                  ack_method, ack_due_by, ack_sent_at, created_at)
                values (:id, :ref, :type, :type, 'RECEIVED', :channel, :at, :start, :area, 'Private words', :anonymous,
                  :name, :email, '01234 567890', 'CB7 4AA', :method, :ackBy, :ackSent, :at)""")
                .param("id", BASE + n).param("ref", reference(n)).param("type", type).param("channel", channel)
                .param("at", at).param("start", at.toLocalDate()).param("area", area)
                .param("anonymous", ackBy == null).param("name", ackBy == null ? null : "Person " + n)
                .param("email", ackBy == null ? null : "person" + n + "@example.org")
                .param("method", ackBy == null ? "NONE" : "EMAIL")
                .param("ackBy", ackBy == null ? null : LocalDate.parse(ackBy))
                .param("ackSent", ackSent == null ? null : OffsetDateTime.parse(ackSent))
                .update();
    }

    private void classify(int n, String process, String exclusion) {
        jdbc.sql("""
                insert into classification (feedback_id, type, chosen_type, process, exclusion, reason, out_of_time_accepted,
                  classified_by, classified_at) values (:id, 'COMPLAINT', 'COMPLAINT', :process, :exclusion, null, false, 'test', :at)""")
                .param("id", BASE + n).param("process", process).param("exclusion", exclusion)
                .param("at", Instant.parse("2031-05-25T10:00:00Z").atOffset(ZoneOffset.UTC)).update();
    }

    private long stage(int n, int number, String opened, String responded, String due, String extendedTo, String outcome) {
        jdbc.sql("""
                insert into complaint_stage (feedback_id, number, opened_at, opened_on, opened_by, responded_on, outcome,
                  extended_to, due_on_at_response)
                values (:id, :number, :openedAt, :opened, 'test', :responded, :outcome, :extended, :due)""")
                .param("id", BASE + n).param("number", number)
                .param("openedAt", LocalDate.parse(opened).atTime(9, 0).atOffset(ZoneOffset.UTC))
                .param("opened", LocalDate.parse(opened))
                .param("responded", responded == null ? null : LocalDate.parse(responded)).param("outcome", outcome)
                .param("extended", extendedTo == null ? null : LocalDate.parse(extendedTo))
                .param("due", due == null ? null : LocalDate.parse(due)).update();
        return jdbc.sql("select id from complaint_stage where feedback_id = :id and number = :number")
                .param("id", BASE + n).param("number", number).query(Long.class).single();
    }

    private void remedy(long stageId, String remedy) {
        jdbc.sql("insert into complaint_remedy (stage_id, remedy) values (:id, :remedy)").param("id", stageId)
                .param("remedy", remedy).update();
    }

    private void action(long stageId, boolean completed) {
        jdbc.sql("insert into complaint_action (stage_id, description, owner, due_by, completed_on) values (:id, 'Private', 'Owner', :due, :done)")
                .param("id", stageId).param("due", LocalDate.of(2031, 7, 1))
                .param("done", completed ? LocalDate.of(2031, 6, 1) : null).update();
    }

    private void ombudsman(int n, String enquiry, String decision, String outcome) {
        OffsetDateTime at = Instant.parse("2031-05-30T10:00:00Z").atOffset(ZoneOffset.UTC);
        jdbc.sql("""
                insert into ombudsman_referral (feedback_id, body, enquiry_on, decision_on, decision, recorded_by, recorded_at, updated_at)
                values (:id, 'LGSCO', :enquiry, :decision, :outcome, 'test', :at, :at)""")
                .param("id", BASE + n).param("enquiry", LocalDate.parse(enquiry)).param("decision", LocalDate.parse(decision))
                .param("outcome", outcome).param("at", at).update();
    }

    private void compliment(int n, String area, String praisedArea, boolean active) {
        jdbc.sql("insert into compliment (feedback_id, reference, received_at, service_area, active, praised_service_area)"
                        + " select id, reference, received_at, service_area, :active, :praised from feedback where id = :id")
                .param("active", active).param("praised", praisedArea).param("id", BASE + n).update();
    }
}
