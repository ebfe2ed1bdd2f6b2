package org.councilfeedback.safeguarding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.councilfeedback.access.AuditTrail;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.organisation.CouncilProfile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "If we are informed of anything that makes us think that an individual is unsafe or at risk of being harmed, we
 * will pass this on to the appropriate authority or service for action." Anyone handling feedback raises a concern in
 * one step; the safeguarding leads are alerted at once; the referral to the appropriate authority is recorded with
 * who, when and the outcome; the case carries a visible SAFEGUARDING flag. This overrides confidentiality, and each
 * concern records that it did. Raising a concern never changes the feedback's own status or handling.
 */
@Service
public class Safeguarding {

    public static final int CONCERN_MAX = 10_000;
    public static final int OUTCOME_MAX = 5_000;
    private static final String COLUMNS = "id, reference, concern, raised_by, raised_at, status, statement, leads_alerted_at, "
            + "referred_to, referred_by, referred_at, referral_outcome, referral_recorded_at";

    private final JdbcClient jdbc;
    private final FeedbackRecords records;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final SafeguardingSettings settings;
    private final CouncilProfile profile;
    private final Clock clock;

    Safeguarding(JdbcClient jdbc, FeedbackRecords records, AuditTrail audit, ApplicationEventPublisher events,
            SafeguardingSettings settings, CouncilProfile profile, Clock clock) {
        this.jdbc = jdbc;
        this.records = records;
        this.audit = audit;
        this.events = events;
        this.settings = settings;
        this.profile = profile;
        this.clock = clock;
    }

    /** Raises a concern on behalf of another module (triage, complaints), e.g. for the SAFEGUARDING exclusion. */
    public SafeguardingConcern raise(String reference, String actor, String concern) {
        return raise(reference, actor, concern, null);
    }

    /**
     * Raises a concern: stores it with the confidentiality statement, notes it on the case's timeline and alerts the
     * safeguarding leads (after commit, retried until sent).
     *
     * @throws UnknownFeedbackException when there is no such feedback
     * @throws IllegalArgumentException when the concern is blank or too long
     */
    @Transactional
    public SafeguardingConcern raise(String reference, String actor, String concern, String clientAddress) {
        if (concern == null || concern.isBlank() || concern.length() > CONCERN_MAX) {
            throw new IllegalArgumentException("Describe the concern in 1 to " + CONCERN_MAX + " characters");
        }
        FeedbackRecord record = records.find(reference).orElseThrow(() -> new UnknownFeedbackException(reference));
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into safeguarding_concern (reference, concern, raised_by, raised_at, status, statement)
                values (:r, :concern, :by, :at, 'OPEN', :statement)""")
                .param("r", record.reference()).param("concern", concern.trim()).param("by", actor)
                .param("at", ts(clock.instant())).param("statement", settings.statement())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        records.recordOnTimeline(record.reference(), actor, "Safeguarding concern raised", settings.statement()
                + ". Safeguarding leads alerted; refer to " + referralPhone() + ".");
        audit.record(actor, "SAFEGUARDING_CONCERN_RAISED", record.reference(), null,
                "Concern " + id + " raised; leads alerted; confidentiality overridden", clientAddress);
        events.publishEvent(new SafeguardingConcernRaised(id, record.reference()));
        return find(id).orElseThrow();
    }

    /**
     * Records the referral to the appropriate authority and its outcome (again to update the outcome later).
     *
     * @param referredTo who it was referred to; defaults to the profile's authority and number
     * @param referredAt when; defaults to now
     */
    @Transactional
    public SafeguardingConcern recordReferral(long concernId, String actor, String referredTo, Instant referredAt,
            String outcome, String clientAddress) {
        SafeguardingConcern concern = find(concernId).orElseThrow(() -> new IllegalArgumentException("No concern " + concernId));
        String to = referredTo == null || referredTo.isBlank() ? settings.referralAuthority() + ", " + referralPhone()
                : referredTo.trim();
        Instant now = clock.instant();
        jdbc.sql("""
                update safeguarding_concern set status = 'REFERRED', referred_to = :to, referred_by = :by,
                  referred_at = :at, referral_outcome = :outcome, referral_recorded_at = :now where id = :id""")
                .param("to", to).param("by", actor).param("at", ts(referredAt == null ? now : referredAt))
                .param("outcome", outcome.trim()).param("now", ts(now)).param("id", concernId).update();
        records.recordOnTimeline(concern.reference(), actor, "Safeguarding referral recorded",
                "Referred to " + to + "; outcome recorded with the concern");
        audit.record(actor, "SAFEGUARDING_REFERRAL_RECORDED", concern.reference(), null,
                "Concern " + concernId + (concern.status() == ConcernStatus.REFERRED ? " referral updated" : " referred"),
                clientAddress);
        return find(concernId).orElseThrow();
    }

    public Optional<SafeguardingConcern> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from safeguarding_concern where id = :id").param("id", id)
                .query(Safeguarding::concern).optional();
    }

    /** The concerns raised on a piece of feedback, oldest first. */
    public List<SafeguardingConcern> concernsFor(String reference) {
        return jdbc.sql("select " + COLUMNS + " from safeguarding_concern where reference = :r order by id")
                .param("r", reference).query(Safeguarding::concern).list();
    }

    public boolean hasConcern(String reference) {
        return jdbc.sql("select count(*) from safeguarding_concern where reference = :r").param("r", reference)
                .query(Long.class).single() > 0;
    }

    /** The queue: concerns with the status (all when null), oldest first. */
    public List<SafeguardingConcern> queue(ConcernStatus status, int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from safeguarding_concern"
                        + (status == null ? "" : " where status = :s") + " order by raised_at, id limit :limit offset :offset")
                .params(status == null ? java.util.Map.of() : java.util.Map.of("s", status.name()))
                .param("limit", size).param("offset", (long) page * size)
                .query(Safeguarding::concern).list();
    }

    public long count(ConcernStatus status) {
        return jdbc.sql("select count(*) from safeguarding_concern" + (status == null ? "" : " where status = :s"))
                .params(status == null ? java.util.Map.of() : java.util.Map.of("s", status.name()))
                .query(Long.class).single();
    }

    /** The number to refer concerns to (the profile's safeguarding line). */
    public String referralPhone() {
        return profile.contacts().safeguarding() == null ? "" : profile.contacts().safeguarding().phone();
    }

    public String referralAuthority() {
        return settings.referralAuthority();
    }

    public String statement() {
        return settings.statement();
    }

    /** Replaces the concern texts and referral outcomes of a piece of feedback with the marker (retention, erasure). */
    @Transactional
    public void anonymise(String reference, String marker) {
        jdbc.sql("""
                update safeguarding_concern set concern = :m,
                  referral_outcome = case when referral_outcome is null then null else :m end where reference = :r""")
                .param("m", marker).param("r", reference).update();
    }

    void markLeadsAlerted(long id) {
        jdbc.sql("update safeguarding_concern set leads_alerted_at = :at where id = :id and leads_alerted_at is null")
                .param("at", ts(clock.instant())).param("id", id).update();
    }

    private static SafeguardingConcern concern(ResultSet rs, int n) throws SQLException {
        Instant referredAt = instant(rs, "referred_at");
        SafeguardingConcern.Referral referral = rs.getString("referred_to") == null ? null
                : new SafeguardingConcern.Referral(rs.getString("referred_to"), rs.getString("referred_by"), referredAt,
                        rs.getString("referral_outcome"), instant(rs, "referral_recorded_at"));
        return new SafeguardingConcern(rs.getLong("id"), rs.getString("reference"), rs.getString("concern"),
                rs.getString("raised_by"), instant(rs, "raised_at"), ConcernStatus.valueOf(rs.getString("status")),
                rs.getString("statement"), instant(rs, "leads_alerted_at"), referral);
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
