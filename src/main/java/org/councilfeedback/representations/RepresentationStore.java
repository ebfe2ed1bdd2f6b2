package org.councilfeedback.representations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.councilfeedback.intake.FeedbackRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Representations, their groups and reconsiderations, in plain SQL that runs on PostgreSQL and H2. */
@Repository
class RepresentationStore {

    private static final String COLUMNS = "feedback_id, reference, received_at, active, policy_area, group_id, "
            + "proposed_group_id, proposed_similarity, routed_at, notice_sent_at, decision_due_by, decision, reason, "
            + "next_steps, organisation, decided_by, decided_at, members_decision, members_decided_on, members_summary, "
            + "members_recorded_by";
    private static final String GROUP_COLUMNS = "id, policy_area, title, created_at, created_by, alerts_sent, last_alert_at";

    private final JdbcClient jdbc;

    RepresentationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertIfAbsent(FeedbackRecord record, boolean active) {
        jdbc.sql("""
                insert into representation (feedback_id, reference, received_at, active)
                values (:id, :reference, :receivedAt, :active)
                on conflict do nothing""")
                .param("id", record.id()).param("reference", record.reference())
                .param("receivedAt", timestamp(record.receivedAt())).param("active", active)
                .update();
    }

    void setActive(String reference, boolean active) {
        jdbc.sql("update representation set active = :active where reference = :reference")
                .param("active", active).param("reference", reference).update();
    }

    Optional<Representation> find(String reference) {
        return jdbc.sql("select " + COLUMNS + " from representation where reference = :reference")
                .param("reference", reference).query(RepresentationStore::representation).optional();
    }

    /** Sets the policy area; leaving a group of another area, and dropping a proposal made for the old area. */
    void setPolicyArea(String reference, String policyArea) {
        jdbc.sql("""
                update representation set policy_area = :area, proposed_group_id = null, proposed_similarity = null,
                  group_id = case when group_id in (select g.id from representation_group g where g.policy_area = :area)
                                  then group_id else null end
                where reference = :reference""")
                .param("area", policyArea).param("reference", reference).update();
    }

    void setProposal(String reference, Long groupId, Double similarity) {
        jdbc.sql("update representation set proposed_group_id = :group, proposed_similarity = :similarity where reference = :reference")
                .param("group", groupId).param("similarity", similarity).param("reference", reference).update();
    }

    void setGroup(String reference, long groupId, String by, Instant at) {
        jdbc.sql("""
                update representation set group_id = :group, grouped_by = :by, grouped_at = :at, proposed_group_id = null,
                  proposed_similarity = null where reference = :reference""")
                .param("group", groupId).param("by", by).param("at", timestamp(at)).param("reference", reference).update();
    }

    /** Records that the representation went to the Director of {@code policyArea}; false when it already had. */
    boolean markRouted(String reference, String policyArea, Instant at, LocalDate decisionDueBy) {
        return jdbc.sql("""
                update representation set routed_at = :at, routed_policy_area = :area,
                  decision_due_by = coalesce(decision_due_by, :due)
                where reference = :reference and (routed_policy_area is null or routed_policy_area <> :area)""")
                .param("at", timestamp(at)).param("area", policyArea).param("due", decisionDueBy)
                .param("reference", reference).update() == 1;
    }

    /** Records that the person was told it is a representation; false when they already were. */
    boolean markNoticeSent(String reference, Instant at) {
        return jdbc.sql("update representation set notice_sent_at = :at where reference = :reference and notice_sent_at is null")
                .param("at", timestamp(at)).param("reference", reference).update() == 1;
    }

    void setDecisionDueByIfAbsent(String reference, LocalDate dueBy) {
        jdbc.sql("update representation set decision_due_by = :due where reference = :reference and decision_due_by is null")
                .param("due", dueBy).param("reference", reference).update();
    }

    boolean decide(String reference, RepresentationDecision decision, String reason, String nextSteps,
            String organisation, String by, Instant at) {
        return jdbc.sql("""
                update representation set decision = :decision, reason = :reason, next_steps = :nextSteps,
                  organisation = :organisation, decided_by = :by, decided_at = :at
                where reference = :reference and decision is null""")
                .param("decision", decision.name()).param("reason", reason).param("nextSteps", nextSteps)
                .param("organisation", organisation).param("by", by).param("at", timestamp(at))
                .param("reference", reference).update() == 1;
    }

    boolean recordMembersDecision(String reference, MembersDecision decision, LocalDate decidedOn, String summary,
            String by, Instant at) {
        return jdbc.sql("""
                update representation set members_decision = :decision, members_decided_on = :on,
                  members_summary = :summary, members_recorded_by = :by, members_recorded_at = :at
                where reference = :reference and decision = 'CHANGE_PROPOSED' and members_decision is null""")
                .param("decision", decision.name()).param("on", decidedOn).param("summary", summary)
                .param("by", by).param("at", timestamp(at)).param("reference", reference).update() == 1;
    }

    // queues

    /** Undecided representations of the policy areas, the ones due first first. */
    List<Representation> awaitingDecision(List<String> policyAreas, int limit) {
        if (policyAreas.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from representation where active = true and decision is null"
                        + " and policy_area in (:areas)"
                        + " order by case when decision_due_by is null then 1 else 0 end, decision_due_by, received_at,"
                        + " feedback_id limit :limit")
                .param("areas", policyAreas).param("limit", limit).query(RepresentationStore::representation).list();
    }

    /** Representations of the policy areas whose proposed change waits for the elected members' decision. */
    List<Representation> awaitingMembers(List<String> policyAreas, int limit) {
        if (policyAreas.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from representation where active = true and decision = 'CHANGE_PROPOSED'"
                        + " and members_decision is null and policy_area in (:areas) order by decided_at, feedback_id limit :limit")
                .param("areas", policyAreas).param("limit", limit).query(RepresentationStore::representation).list();
    }

    /** Undecided representations with no policy area or no group yet, oldest first. */
    List<Representation> awaitingPolicyAreaOrGroup(int limit) {
        return jdbc.sql("select " + COLUMNS + " from representation where active = true and decision is null"
                        + " and (policy_area is null or group_id is null) order by received_at, feedback_id limit :limit")
                .param("limit", limit).query(RepresentationStore::representation).list();
    }

    /** For each group: its members, those received since {@code since}, and those without a decision. */
    Map<Long, Representations.GroupStats> groupStats(List<Long> groupIds, Instant since) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Representations.GroupStats> stats = new HashMap<>();
        jdbc.sql("select group_id, count(*) as members,"
                        + " sum(case when received_at >= :since then 1 else 0 end) as in_window,"
                        + " sum(case when decision is null then 1 else 0 end) as undecided"
                        + " from representation where active = true and group_id in (:ids) group by group_id")
                .param("since", timestamp(since)).param("ids", groupIds)
                .query(rs -> {
                    stats.put(rs.getLong("group_id"), new Representations.GroupStats(rs.getLong("members"),
                            rs.getLong("in_window"), rs.getLong("undecided")));
                });
        return stats;
    }

    // groups

    long createGroup(String policyArea, String title, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into representation_group (policy_area, title, created_at, created_by, alerts_sent)
                values (:area, :title, :at, :by, 0)""")
                .param("area", policyArea).param("title", title).param("at", timestamp(at)).param("by", by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<RepresentationGroup> group(long id) {
        return jdbc.sql("select " + GROUP_COLUMNS + " from representation_group where id = :id").param("id", id)
                .query(RepresentationStore::group).optional();
    }

    List<RepresentationGroup> groups(List<String> policyAreas, int limit) {
        if (policyAreas.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + GROUP_COLUMNS + " from representation_group where policy_area in (:areas) order by id desc limit :limit")
                .param("areas", policyAreas).param("limit", limit).query(RepresentationStore::group).list();
    }

    List<Representation> members(long groupId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from representation where group_id = :group and active = true order by received_at, feedback_id limit :limit")
                .param("group", groupId).param("limit", limit).query(RepresentationStore::representation).list();
    }

    long countInWindow(long groupId, Instant since) {
        return jdbc.sql("select count(*) from representation where group_id = :group and active = true and received_at >= :since")
                .param("group", groupId).param("since", timestamp(since)).query(Long.class).single();
    }

    /** Counts the alert as sent; false when another node counted it first. */
    boolean markAlertSent(long groupId, int alertsBefore, Instant at) {
        return jdbc.sql("""
                update representation_group set alerts_sent = alerts_sent + 1, last_alert_at = :at
                where id = :id and alerts_sent = :before""")
                .param("at", timestamp(at)).param("id", groupId).param("before", alertsBefore).update() == 1;
    }

    /** The terms of representations of a policy area: grouped ones with their group, and the others. */
    record AreaTerms(Long groupId, Map<String, Integer> terms) {}

    List<AreaTerms> areaTerms(String policyArea, long excludeFeedbackId, int limit) {
        return jdbc.sql("""
                select r.group_id, d.terms from representation r join similarity_document d on d.feedback_id = r.feedback_id
                where r.policy_area = :area and r.active = true and r.feedback_id <> :id
                order by r.received_at desc limit :limit""")
                .param("area", policyArea).param("id", excludeFeedbackId).param("limit", limit)
                .query((rs, n) -> new AreaTerms((Long) rs.getObject("group_id", Long.class),
                        TextSimilarity.decode(rs.getString("terms"))))
                .list();
    }

    // reconsiderations

    long insertReconsideration(long groupId, ReconsiderationDecision decision, String reason, long membersCounted,
            String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into representation_reconsideration (group_id, decision, reason, members_counted, decided_by, decided_at)
                values (:group, :decision, :reason, :counted, :by, :at)""")
                .param("group", groupId).param("decision", decision.name()).param("reason", reason)
                .param("counted", membersCounted).param("by", by).param("at", timestamp(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Reconsideration> reconsiderations(long groupId) {
        return jdbc.sql("""
                select id, group_id, decision, reason, members_counted, decided_by, decided_at
                from representation_reconsideration where group_id = :group order by decided_at, id""")
                .param("group", groupId)
                .query((rs, n) -> new Reconsideration(rs.getLong("id"), rs.getLong("group_id"),
                        ReconsiderationDecision.valueOf(rs.getString("decision")), rs.getString("reason"),
                        rs.getLong("members_counted"), rs.getString("decided_by"), instant(rs, "decided_at")))
                .list();
    }

    /** Representations received from {@code from} up to (not including) {@code to}, counted by policy area (null when none is set yet). */
    List<RepresentationCounts.PolicyAreaCount> countByPolicyArea(Instant from, Instant to) {
        return jdbc.sql("""
                select policy_area, count(*) as n from representation
                where active = true and received_at >= :from and received_at < :to
                group by policy_area order by n desc, policy_area""")
                .param("from", timestamp(from)).param("to", timestamp(to))
                .query((rs, n) -> new RepresentationCounts.PolicyAreaCount(rs.getString("policy_area"), null, rs.getLong("n")))
                .list();
    }

    private static Representation representation(ResultSet rs, int n) throws SQLException {
        String decision = rs.getString("decision");
        String members = rs.getString("members_decision");
        return new Representation(rs.getLong("feedback_id"), rs.getString("reference"), instant(rs, "received_at"),
                rs.getBoolean("active"), rs.getString("policy_area"), rs.getObject("group_id", Long.class),
                rs.getObject("proposed_group_id", Long.class), rs.getObject("proposed_similarity", Double.class),
                instant(rs, "routed_at"), instant(rs, "notice_sent_at"), rs.getObject("decision_due_by", LocalDate.class),
                decision == null ? null : RepresentationDecision.valueOf(decision), rs.getString("reason"),
                rs.getString("next_steps"), rs.getString("organisation"), rs.getString("decided_by"),
                instant(rs, "decided_at"), members == null ? null : MembersDecision.valueOf(members),
                rs.getObject("members_decided_on", LocalDate.class), rs.getString("members_summary"),
                rs.getString("members_recorded_by"));
    }

    private static RepresentationGroup group(ResultSet rs, int n) throws SQLException {
        return new RepresentationGroup(rs.getLong("id"), rs.getString("policy_area"), rs.getString("title"),
                instant(rs, "created_at"), rs.getString("created_by"), rs.getInt("alerts_sent"),
                instant(rs, "last_alert_at"));
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
