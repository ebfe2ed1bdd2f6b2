package org.councilfeedback.complaints;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.councilfeedback.triage.Process;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Complaint cases, stages, remedies, actions, Ombudsman referrals and flags, in SQL that runs on PostgreSQL and H2. */
@Repository
class ComplaintStore {

    private static final String STAGE_COLUMNS = """
            s.id, s.number, s.opened_at, s.opened_on, s.opened_by, s.escalation_reason, s.acknowledged_on, s.handler,
            s.independent_person, s.agreed_response_by, s.agreement_note, s.extended_to, s.extension_reason,
            s.panel_held_on, s.panel_report_on, s.responded_on, s.responded_at, s.responded_by, s.outcome, s.summary,
            s.letter_text""";

    private final JdbcClient jdbc;
    private final Procedures procedures;

    ComplaintStore(JdbcClient jdbc, Procedures procedures) {
        this.jdbc = jdbc;
        this.procedures = procedures;
    }

    /** A case row: enough to find its procedure. */
    record CaseRow(long feedbackId, String reference, Process process, String version, Instant receivedAt) {}

    /** An open stage with its case and its stored next-deadline projection, for queues and reminders. */
    record OpenStage(CaseRow row, Procedure procedure, Stage stage, LocalDate storedDeadline) {}

    boolean exists(long feedbackId) {
        return jdbc.sql("select count(*) from complaint_case where feedback_id = :id").param("id", feedbackId)
                .query(Integer.class).single() > 0;
    }

    void insertCase(ComplaintCase c, Instant openedAt, String openedBy) {
        jdbc.sql("""
                insert into complaint_case (feedback_id, reference, process, procedure_version, received_at, opened_at, opened_by)
                values (:id, :reference, :process, :version, :receivedAt, :openedAt, :openedBy)""")
                .param("id", c.feedbackId()).param("reference", c.reference())
                .param("process", c.procedure().process().name()).param("version", c.procedure().version())
                .param("receivedAt", ts(c.receivedAt())).param("openedAt", ts(openedAt)).param("openedBy", openedBy)
                .update();
    }

    /** The case with everything in it; with {@code lock} its row is locked until the transaction ends. */
    Optional<ComplaintCase> load(String reference, boolean lock) {
        Optional<CaseRow> row = jdbc.sql("select feedback_id, reference, process, procedure_version, received_at "
                        + "from complaint_case where reference = :reference" + (lock ? " for update" : ""))
                .param("reference", reference).query(ComplaintStore::caseRow).optional();
        return row.map(this::assemble);
    }

    Optional<ComplaintCase> load(long feedbackId) {
        return jdbc.sql("select feedback_id, reference, process, procedure_version, received_at "
                        + "from complaint_case where feedback_id = :id")
                .param("id", feedbackId).query(ComplaintStore::caseRow).optional().map(this::assemble);
    }

    private ComplaintCase assemble(CaseRow row) {
        Procedure procedure = procedureOf(row);
        Map<Long, List<Remedy>> remedies = new HashMap<>();
        jdbc.sql("""
                select r.stage_id, r.remedy from complaint_remedy r join complaint_stage s on s.id = r.stage_id
                where s.feedback_id = :id order by r.stage_id, r.remedy""")
                .param("id", row.feedbackId())
                .query(rs -> {
                    remedies.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(Remedy.valueOf(rs.getString(2)));
                });
        Map<Long, List<Stage.Action>> actions = new HashMap<>();
        jdbc.sql("""
                select a.stage_id, a.id, a.description, a.owner, a.due_by, a.completed_on, a.completed_by
                from complaint_action a join complaint_stage s on s.id = a.stage_id
                where s.feedback_id = :id order by a.id""")
                .param("id", row.feedbackId())
                .query(rs -> {
                    actions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(action(rs));
                });
        List<Stage> stages = jdbc.sql("select " + STAGE_COLUMNS + " from complaint_stage s where s.feedback_id = :id order by s.number")
                .param("id", row.feedbackId())
                .query((rs, n) -> stage(rs, remedies, actions)).list();
        OmbudsmanReferral referral = jdbc.sql("""
                select body, body_reference, enquiry_on, decision_on, decision, remedy, compliance_due_by, recorded_by,
                  recorded_at, updated_at from ombudsman_referral where feedback_id = :id""")
                .param("id", row.feedbackId())
                .query((rs, n) -> new OmbudsmanReferral(OmbudsmanBody.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                        rs.getString(5) == null ? null : OmbudsmanDecision.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getObject(7, LocalDate.class), rs.getString(8), instant(rs, "recorded_at"),
                        instant(rs, "updated_at")))
                .optional().orElse(null);
        return new ComplaintCase(row.feedbackId(), row.reference(), procedure, row.receivedAt(), stages, referral);
    }

    private Procedure procedureOf(CaseRow row) {
        return procedures.version(row.process(), row.version()).orElseThrow(() -> new IllegalStateException(
                "Case " + row.reference() + " follows procedure version '" + row.version()
                        + "', which is no longer in the council profile; keep old versions in the profile"));
    }

    long insertStage(long feedbackId, Stage stage, LocalDate deadlineOn) {
        jdbc.sql("""
                insert into complaint_stage (feedback_id, number, opened_at, opened_on, opened_by, escalation_reason, deadline_on)
                values (:id, :number, :openedAt, :openedOn, :openedBy, :reason, :deadline)""")
                .param("id", feedbackId).param("number", stage.number()).param("openedAt", ts(stage.openedAt()))
                .param("openedOn", stage.openedOn()).param("openedBy", stage.openedBy())
                .param("reason", stage.escalationReason()).param("deadline", deadlineOn)
                .update();
        long id = jdbc.sql("select id from complaint_stage where feedback_id = :id and number = :number")
                .param("id", feedbackId).param("number", stage.number()).query(Long.class).single();
        update(stage.withId(id), deadlineOn);
        return id;
    }

    /** Writes the stage's facts; a response (with its remedies and actions) is written once, when it is first given. */
    void update(Stage stage, LocalDate deadlineOn) {
        Stage.Response r = stage.response();
        jdbc.sql("""
                update complaint_stage set acknowledged_on = :ack, handler = :handler, independent_person = :independent,
                  agreed_response_by = :agreed, agreement_note = :note, extended_to = :extendedTo,
                  extension_reason = :extensionReason, panel_held_on = :panel, panel_report_on = :report,
                  responded_on = :respondedOn, responded_at = :respondedAt, responded_by = :respondedBy,
                  outcome = :outcome, summary = :summary, letter_text = :letter, deadline_on = :deadline
                where id = :id""")
                .param("ack", stage.acknowledgedOn()).param("handler", stage.handler())
                .param("independent", stage.independentPerson()).param("agreed", stage.agreedResponseBy())
                .param("note", stage.agreementNote()).param("extendedTo", stage.extendedTo())
                .param("extensionReason", stage.extensionReason()).param("panel", stage.panelHeldOn())
                .param("report", stage.panelReportOn())
                .param("respondedOn", r == null ? null : r.respondedOn())
                .param("respondedAt", r == null ? null : ts(r.respondedAt()))
                .param("respondedBy", r == null ? null : r.respondedBy())
                .param("outcome", r == null ? null : r.outcome().name())
                .param("summary", r == null ? null : r.summary())
                .param("letter", r == null ? null : r.letterText())
                .param("deadline", deadlineOn).param("id", stage.id())
                .update();
    }

    void insertResponseDetails(long stageId, Stage.Response response) {
        for (Remedy remedy : response.remedies()) {
            jdbc.sql("insert into complaint_remedy (stage_id, remedy) values (:id, :remedy)")
                    .param("id", stageId).param("remedy", remedy.name()).update();
        }
        for (Stage.Action action : response.actions()) {
            jdbc.sql("insert into complaint_action (stage_id, description, owner, due_by) values (:id, :d, :o, :due)")
                    .param("id", stageId).param("d", action.description()).param("o", action.owner())
                    .param("due", action.dueBy()).update();
        }
    }

    boolean completeAction(long feedbackId, long actionId, LocalDate on, String by) {
        return jdbc.sql("""
                update complaint_action set completed_on = :on, completed_by = :by
                where id = :action and completed_on is null
                  and stage_id in (select id from complaint_stage where feedback_id = :id)""")
                .param("on", on).param("by", by).param("action", actionId).param("id", feedbackId).update() == 1;
    }

    void saveReferral(long feedbackId, OmbudsmanReferral r, boolean insert) {
        String sql = insert ? """
                insert into ombudsman_referral (feedback_id, body, body_reference, enquiry_on, decision_on, decision, remedy,
                  compliance_due_by, recorded_by, recorded_at, updated_at)
                values (:id, :body, :ref, :enquiry, :decisionOn, :decision, :remedy, :compliance, :by, :recordedAt, :updatedAt)"""
                : """
                update ombudsman_referral set body = :body, body_reference = :ref, enquiry_on = :enquiry,
                  decision_on = :decisionOn, decision = :decision, remedy = :remedy, compliance_due_by = :compliance,
                  recorded_by = :by, recorded_at = :recordedAt, updated_at = :updatedAt where feedback_id = :id""";
        jdbc.sql(sql).param("id", feedbackId).param("body", r.body().name()).param("ref", r.reference())
                .param("enquiry", r.enquiryOn()).param("decisionOn", r.decisionOn())
                .param("decision", r.decision() == null ? null : r.decision().name()).param("remedy", r.remedy())
                .param("compliance", r.complianceDueBy()).param("by", r.recordedBy())
                .param("recordedAt", ts(r.recordedAt())).param("updatedAt", ts(r.updatedAt()))
                .update();
    }

    // flags

    void addFlag(long feedbackId, String flag, Instant at, String by) {
        boolean present = jdbc.sql("select count(*) from feedback_flag where feedback_id = :id and flag = :flag")
                .param("id", feedbackId).param("flag", flag).query(Integer.class).single() > 0;
        if (present) {
            return;
        }
        try {
            jdbc.sql("insert into feedback_flag (feedback_id, flag, raised_at, raised_by) values (:id, :flag, :at, :by)")
                    .param("id", feedbackId).param("flag", flag).param("at", ts(at)).param("by", by).update();
        } catch (DuplicateKeyException raced) {
            // raised at the same moment by another request
        }
    }

    List<String> flags(long feedbackId) {
        return jdbc.sql("select flag from feedback_flag where feedback_id = :id order by raised_at, flag")
                .param("id", feedbackId).query(String.class).list();
    }

    // queues and reminders

    /** Open stages handled by {@code handler}, earliest deadline first. */
    List<OpenStage> openStagesOf(String handler, int limit) {
        return openStages("s.handler = :handler", Map.of("handler", handler), limit);
    }

    /** Open stages of complaints under these processes, earliest deadline first. */
    List<OpenStage> openStagesIn(Collection<Process> processes, int limit) {
        if (processes.isEmpty()) {
            return List.of();
        }
        return openStages("c.process in (:processes)", Map.of("processes", processes.stream().map(Enum::name).toList()), limit);
    }

    /** Open stages whose stored next deadline is on or before {@code date}, earliest first. */
    List<OpenStage> openStagesWithDeadlineBy(LocalDate date, Collection<Process> processes, int limit) {
        if (processes.isEmpty()) {
            return List.of();
        }
        return openStages("s.deadline_on <= :date and c.process in (:processes)",
                Map.of("date", date, "processes", processes.stream().map(Enum::name).toList()), limit);
    }

    /** Open stages after {@code afterId}, in id order: the reminder job reads every open stage in pages. */
    List<OpenStage> openStagesAfter(long afterId, int limit) {
        return jdbc.sql("select c.feedback_id, c.reference, c.process, c.procedure_version, c.received_at, s.deadline_on, "
                        + STAGE_COLUMNS + """
                 from complaint_stage s join complaint_case c on c.feedback_id = s.feedback_id
                where s.responded_on is null and s.id > :after order by s.id limit :limit""")
                .param("after", afterId).param("limit", limit)
                .query(this::openStage).list();
    }

    private List<OpenStage> openStages(String condition, Map<String, ?> params, int limit) {
        return jdbc.sql("select c.feedback_id, c.reference, c.process, c.procedure_version, c.received_at, s.deadline_on, "
                        + STAGE_COLUMNS + " from complaint_stage s join complaint_case c on c.feedback_id = s.feedback_id"
                        + " where s.responded_on is null and " + condition + " order by s.deadline_on, s.id limit :limit")
                .params(params).param("limit", limit)
                .query(this::openStage).list();
    }

    private OpenStage openStage(ResultSet rs, int n) throws SQLException {
        CaseRow row = caseRow(rs, n);
        return new OpenStage(row, procedureOf(row), stage(rs, Map.of(), Map.of()), rs.getObject("deadline_on", LocalDate.class));
    }

    void refreshDeadline(long stageId, LocalDate deadlineOn) {
        jdbc.sql("update complaint_stage set deadline_on = :d where id = :id").param("d", deadlineOn).param("id", stageId).update();
    }

    /** An action promised in a response and not yet done, with its case. */
    record OpenAction(String reference, Process process, int stage, String handler, Stage.Action action) {}

    List<OpenAction> openActionsDueBy(LocalDate date, int limit) {
        return jdbc.sql("""
                select c.reference, c.process, s.number, s.handler, a.id, a.description, a.owner, a.due_by, a.completed_on, a.completed_by
                from complaint_action a join complaint_stage s on s.id = a.stage_id join complaint_case c on c.feedback_id = s.feedback_id
                where a.completed_on is null and a.due_by <= :date order by a.due_by, a.id limit :limit""")
                .param("date", date).param("limit", limit)
                .query((rs, n) -> new OpenAction(rs.getString(1), Process.valueOf(rs.getString(2)), rs.getInt(3),
                        rs.getString(4), new Stage.Action(rs.getLong(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8, LocalDate.class), null, null)))
                .list();
    }

    // mapping

    private static CaseRow caseRow(ResultSet rs, int n) throws SQLException {
        return new CaseRow(rs.getLong("feedback_id"), rs.getString("reference"), Process.valueOf(rs.getString("process")),
                rs.getString("procedure_version"), instant(rs, "received_at"));
    }

    private static Stage stage(ResultSet rs, Map<Long, List<Remedy>> remedies, Map<Long, List<Stage.Action>> actions)
            throws SQLException {
        long id = rs.getLong("id");
        LocalDate respondedOn = rs.getObject("responded_on", LocalDate.class);
        Stage.Response response = respondedOn == null ? null : new Stage.Response(respondedOn,
                instant(rs, "responded_at"), rs.getString("responded_by"), Outcome.valueOf(rs.getString("outcome")),
                remedies.getOrDefault(id, List.of()), rs.getString("summary"), rs.getString("letter_text"),
                actions.getOrDefault(id, List.of()));
        return new Stage(id, rs.getInt("number"), instant(rs, "opened_at"), rs.getObject("opened_on", LocalDate.class),
                rs.getString("opened_by"), rs.getString("escalation_reason"), rs.getObject("acknowledged_on", LocalDate.class),
                rs.getString("handler"), rs.getString("independent_person"),
                rs.getObject("agreed_response_by", LocalDate.class), rs.getString("agreement_note"),
                rs.getObject("extended_to", LocalDate.class), rs.getString("extension_reason"),
                rs.getObject("panel_held_on", LocalDate.class), rs.getObject("panel_report_on", LocalDate.class), response);
    }

    private static Stage.Action action(ResultSet rs) throws SQLException {
        return new Stage.Action(rs.getLong("id"), rs.getString("description"), rs.getString("owner"),
                rs.getObject("due_by", LocalDate.class), rs.getObject("completed_on", LocalDate.class),
                rs.getString("completed_by"));
    }

    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
