package org.councilfeedback.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Feedback rows, their timeline and idempotency records, in plain SQL that runs on PostgreSQL and H2. */
@Repository
class FeedbackStore {

    private static final String COLUMNS = """
            id, reference, type, chosen_type, status, channel, received_at, clock_start, recorded_by, service_area,
            description, desired_outcome, event_date, anonymous, contact_name, contact_email, contact_phone,
            address_line1, address_line2, address_town, postcode, preferred_contact_method, on_behalf_name,
            on_behalf_relationship, on_behalf_consent, ack_method, ack_due_by, ack_sent_at""";

    private final JdbcClient jdbc;
    private final boolean postgres;
    private final java.util.List<SearchFilterProvider> filterProviders;

    /** A read-only transaction for one search: its count and page see the same cases. */
    private final org.springframework.transaction.support.TransactionTemplate readOnly;
    private final long countLimit;
    private final java.time.ZoneId zone;

    /** @param countLimit a free-text search counts its matches up to this many (on PostgreSQL) */
    FeedbackStore(JdbcClient jdbc, DataSource dataSource, java.util.List<SearchFilterProvider> filterProviders,
            org.springframework.transaction.PlatformTransactionManager transactionManager,
            org.councilfeedback.organisation.CouncilProfile profile,
            @org.springframework.beans.factory.annotation.Value("${council-feedback.search.count-limit:1000}") long countLimit) {
        this.countLimit = countLimit;
        this.zone = profile.timeZone();
        this.jdbc = jdbc;
        this.readOnly = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRED);
        this.filterProviders = filterProviders;
        this.postgres = org.councilfeedback.web.DatabaseVendor.isPostgres(dataSource);
    }


    long nextNumber() {
        return jdbc.sql("select nextval('feedback_number_seq')").query(Long.class).single();
    }

    void insert(NewFeedback f) {
        ContactDetails c = f.contact();
        Address a = c == null ? null : c.address();
        OnBehalfOf o = f.onBehalfOf();
        jdbc.sql("""
                insert into feedback (id, reference, type, chosen_type, status, channel, received_at, clock_start,
                  recorded_by, service_area, description, desired_outcome, event_date, anonymous, contact_name,
                  contact_email, contact_email_normalised, contact_phone, contact_phone_normalised, address_line1,
                  address_line2, address_town, postcode, postcode_normalised, preferred_contact_method, on_behalf_name,
                  on_behalf_relationship, on_behalf_consent, ack_method, ack_due_by, ack_sent_at, created_at)
                values (:id, :reference, :type, :type, :status, :channel, :receivedAt, :clockStart, :recordedBy,
                  :serviceArea, :description, :desiredOutcome, :eventDate, :anonymous, :name, :email, :emailN, :phone,
                  :phoneN, :line1, :line2, :town, :postcode, :postcodeN, :preferred, :obName, :obRelationship,
                  :obConsent, :ackMethod, :ackDueBy, :ackSentAt, :createdAt)""")
                .param("id", f.id())
                .param("reference", f.reference())
                .param("type", f.type().name())
                .param("status", FeedbackStatus.RECEIVED.name())
                .param("channel", f.channel().name())
                .param("receivedAt", timestamp(f.receivedAt()))
                .param("clockStart", f.clockStart())
                .param("recordedBy", f.recordedBy())
                .param("serviceArea", blankToNull(f.serviceArea()))
                .param("description", f.description())
                .param("desiredOutcome", blankToNull(f.desiredOutcome()))
                .param("eventDate", f.eventDate())
                .param("anonymous", f.anonymous())
                .param("name", c == null ? null : blankToNull(c.name()))
                .param("email", c == null ? null : trimToNull(c.email()))
                .param("emailN", c == null ? null : SubmissionRules.normaliseEmail(c.email()))
                .param("phone", c == null ? null : trimToNull(c.phone()))
                .param("phoneN", c == null ? null : SubmissionRules.normalisePhone(c.phone()))
                .param("line1", a == null ? null : blankToNull(a.line1()))
                .param("line2", a == null ? null : blankToNull(a.line2()))
                .param("town", a == null ? null : blankToNull(a.townOrCity()))
                .param("postcode", a == null || Text.isBlank(a.postcode()) ? null : SubmissionRules.formatPostcode(a.postcode()))
                .param("postcodeN", a == null ? null : blankToNull(SubmissionRules.normalisePostcode(a.postcode())))
                .param("preferred", f.replyMethod() == null ? null : f.replyMethod().name())
                .param("obName", o == null ? null : blankToNull(o.name()))
                .param("obRelationship", o == null ? null : blankToNull(o.relationship()))
                .param("obConsent", o == null ? null : o.consentGiven())
                .param("ackMethod", f.acknowledgement().method().name())
                .param("ackDueBy", f.acknowledgement().dueBy())
                .param("ackSentAt", timestamp(f.acknowledgement().sentAt()))
                .param("createdAt", timestamp(f.createdAt()))
                .update();
    }

    void addTimeline(long feedbackId, TimelineEntry entry) {
        jdbc.sql("insert into feedback_event (feedback_id, at, actor, event, detail) values (:id, :at, :actor, :event, :detail)")
                .param("id", feedbackId)
                .param("at", timestamp(entry.at()))
                .param("actor", entry.actor())
                .param("event", entry.event())
                .param("detail", entry.detail())
                .update();
    }

    Optional<FeedbackRecord> find(String reference) {
        return jdbc.sql("select " + COLUMNS + " from feedback where reference = :reference")
                .param("reference", reference)
                .query(FeedbackStore::record)
                .optional();
    }

    Optional<Long> idOf(String reference) {
        return jdbc.sql("select id from feedback where reference = :reference").param("reference", reference)
                .query(Long.class).optional();
    }

    /**
     * The case's timeline, oldest first: its stored entries, and for a case imported in bulk the {@link
     * ImportedCaseEntry} made from the case's own columns, before any stored entry of the same moment.
     */
    List<TimelineEntry> timeline(long feedbackId) {
        return jdbc.sql("""
                select received_at as at, 0 as ordinal, recorded_by as actor, cast(null as varchar(60)) as event,
                  cast(null as text) as detail, import_id, import_line, channel, anonymised_at
                from feedback where id = :id and import_id is not null
                union all
                select at, id as ordinal, actor, event, detail, cast(null as bigint), cast(null as bigint),
                  cast(null as varchar(20)), cast(null as timestamp with time zone)
                from feedback_event where feedback_id = :id
                order by at, ordinal""")
                .param("id", feedbackId)
                .query((rs, n) -> {
                    Instant at = instant(rs, "at");
                    long importId = rs.getLong("import_id");
                    if (rs.wasNull()) {
                        return new TimelineEntry(at, rs.getString("actor"), rs.getString("event"), rs.getString("detail"));
                    }
                    TimelineEntry imported = ImportedCaseEntry.of(rs.getString("actor"), importId, rs.getLong("import_line"),
                            at, Channel.valueOf(rs.getString("channel")), zone);
                    return rs.getTimestamp("anonymised_at") == null ? imported
                            : new TimelineEntry(at, imported.actor(), imported.event(), FeedbackRecords.ANONYMISED);
                })
                .list();
    }

    boolean markAcknowledged(String reference, Instant at) {
        return jdbc.sql("update feedback set ack_sent_at = :at where reference = :reference and ack_sent_at is null")
                .param("at", timestamp(at)).param("reference", reference).update() == 1;
    }

    void updateStatus(String reference, FeedbackStatus status) {
        jdbc.sql("update feedback set status = :status where reference = :reference")
                .param("status", status.name()).param("reference", reference).update();
    }

    void updateType(String reference, FeedbackType type) {
        jdbc.sql("update feedback set type = :type where reference = :reference")
                .param("type", type.name()).param("reference", reference).update();
    }

    /** See {@link FeedbackRecords#anonymise}; false when there is no such feedback or it is anonymised already. */
    boolean anonymise(String reference, String marker, Instant at) {
        int changed = jdbc.sql("""
                update feedback set description = :m,
                  desired_outcome = case when desired_outcome is null then null else :m end,
                  contact_name = case when contact_name is null then null else :m end,
                  contact_email = case when contact_email is null then null else :m end,
                  contact_email_normalised = null,
                  contact_phone = case when contact_phone is null then null else :m end,
                  contact_phone_normalised = null,
                  address_line1 = case when address_line1 is null then null else :m end,
                  address_line2 = case when address_line2 is null then null else :m end,
                  address_town = case when address_town is null then null else :m end,
                  postcode = case when postcode is null then null else :m end,
                  postcode_normalised = null,
                  on_behalf_name = case when on_behalf_name is null then null else :m end,
                  on_behalf_relationship = case when on_behalf_relationship is null then null else :m end,
                  anonymised_at = :at
                where reference = :reference and anonymised_at is null""")
                .param("m", marker).param("at", timestamp(at)).param("reference", reference).update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql("update feedback_event set detail = :m where detail is not null and feedback_id = (select id from feedback where reference = :reference)")
                .param("m", marker).param("reference", reference).update();
        return true;
    }

    boolean isAnonymised(String reference) {
        return jdbc.sql("select count(*) from feedback where reference = :reference and anonymised_at is not null")
                .param("reference", reference).query(Long.class).single() > 0;
    }

    List<ClosedFeedback> closedBefore(Instant before, long afterId, int limit) {
        return jdbc.sql("""
                select f.id, f.reference, f.type, f.status,
                  coalesce((select max(e.at) from feedback_event e where e.feedback_id = f.id), f.received_at) as last_activity
                from feedback f
                where f.status in ('CLOSED', 'SIGNPOSTED') and f.anonymised_at is null and f.id > :after
                  and coalesce((select max(e.at) from feedback_event e where e.feedback_id = f.id), f.received_at) < :before
                order by f.id limit :limit""")
                .param("after", afterId).param("before", timestamp(before)).param("limit", limit)
                .query((rs, n) -> new ClosedFeedback(rs.getLong("id"), rs.getString("reference"),
                        FeedbackType.valueOf(rs.getString("type")), FeedbackStatus.valueOf(rs.getString("status")),
                        instant(rs, "last_activity")))
                .list();
    }

    SearchResult search(FeedbackSearch search) {
        List<String> where = new ArrayList<>();
        var params = new java.util.LinkedHashMap<String, Object>();
        String q = search.q() == null ? "" : search.q().trim();
        if (!q.isEmpty()) {
            List<String> any = new ArrayList<>();
            Reference.parse(q).ifPresent(ref -> {
                any.add("reference = :ref");
                params.put("ref", ref.value());
            });
            if (q.contains("@")) {
                any.add("contact_email_normalised = :email");
                params.put("email", SubmissionRules.normaliseEmail(q));
            }
            String postcode = SubmissionRules.normalisePostcode(q);
            if (postcode.length() >= 5 && postcode.length() <= 8 && postcode.matches("[A-Z0-9]+") && postcode.matches(".*\\d.*")) {
                any.add("postcode_normalised = :postcode");
                params.put("postcode", postcode);
            }
            String phone = SubmissionRules.normalisePhone(q);
            if (phone != null && phone.matches("\\+?[0-9]{10,15}")) {
                any.add("contact_phone_normalised = :phone");
                params.put("phone", phone);
            }
            if (postgres) {
                any.add("search_vector @@ websearch_to_tsquery('english', :q)");
                params.put("q", q);
                if (q.length() >= 3) {
                    any.add("lower(contact_name) like :namePattern");
                    params.put("namePattern", "%" + escapeLike(q.toLowerCase(Locale.ROOT)) + "%");
                }
            } else {
                any.add("lower(contact_name) like :pattern or lower(description) like :pattern");
                params.put("pattern", "%" + escapeLike(q.toLowerCase(Locale.ROOT)) + "%");
            }
            where.add("(" + String.join(" or ", any) + ")");
        }
        if (search.type() != null) {
            where.add("type = :type");
            params.put("type", search.type().name());
        }
        if (search.status() != null) {
            // A literal (an enum's name), not a parameter: the status indexes hold open cases only (PostgreSQL), and
            // only a plan that sees the value can tell they apply.
            where.add("status = '" + search.status().name() + "'");
        }
        if (search.serviceArea() != null && !search.serviceArea().isBlank()) {
            where.add("service_area = :serviceArea");
            params.put("serviceArea", search.serviceArea());
        }
        if (search.dueBefore() != null) {
            where.add("ack_sent_at is null and ack_due_by < :dueBefore");
            params.put("dueBefore", search.dueBefore());
        }
        if (search.receivedFrom() != null) {
            where.add("received_at >= :receivedFrom");
            params.put("receivedFrom", timestamp(search.receivedFrom()));
        }
        if (search.receivedTo() != null) {
            where.add("received_at < :receivedTo");
            params.put("receivedTo", timestamp(search.receivedTo()));
        }
        search.moduleFilters().forEach((filter, value) -> {
            var condition = filterProviders.stream().map(provider -> provider.condition(filter, value))
                    .flatMap(java.util.Optional::stream).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown filter " + filter));
            where.add("(" + condition.sql() + ")");
            params.putAll(condition.parameters());
        });
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        if (postgres && !q.isEmpty()) {
            return textSearch(condition, params, search);
        }
        long total = jdbc.sql("select count(*) from feedback" + condition).params(params).query(Long.class).single();
        List<FeedbackSummary> items = jdbc.sql("""
                select reference, type, status, channel, received_at, service_area, contact_name, ack_due_by, ack_sent_at
                from feedback""" + condition + " order by received_at desc, id desc limit :limit offset :offset")
                .params(params)
                .param("limit", search.size())
                .param("offset", (long) search.page() * search.size())
                .query(FeedbackStore::summary)
                .list();
        return new SearchResult(items, search.page(), search.size(), total);
    }


    /** How far back from the newest case a search with many matches looks first, then next, before looking at all. */
    private static final List<java.time.Duration> WINDOWS = List.of(java.time.Duration.ofDays(31), java.time.Duration.ofDays(366));

    /**
     * A free-text search on PostgreSQL, in one read-only transaction, in two steps.
     *
     * <p>First the matches, up to a limit, counted. Counting every case that mentions a common word (a fifth of a
     * million cases) means reading each of them to check the match, which takes far longer than the search itself;
     * beyond the limit nobody reads the results without narrowing the search, so the count stops there and says so.
     * Within the limit, the same query sorts the matches and gives the page.
     *
     * <p>Then the page: the matches are found through the full-text and trigram indexes, then sorted newest first (a
     * materialised CTE: asked for the newest twenty, the planner may otherwise walk the received-at index testing every
     * case until it has twenty, which for a rare word means all of them). With more matches than the limit, reading
     * and sorting them all is what is slow, so the newest month is searched first, then the newest year, and only then
     * everything: the page is right as soon as a window holds enough matches to fill it.
     *
     * <p>The newest month is searched the other way round: walking the received-at index from the newest case and
     * testing each until the page is full, which cannot go further back than the month. A search with this many
     * matches finds a page's worth within the first few hundred or thousand cases, whereas fetching every match first
     * means reading tens of thousands of cases for a common phrase ("sexual health clinic": PostgreSQL multiplies the
     * words' frequencies, expects a handful of matches and does not narrow them by date first).
     */
    private SearchResult textSearch(String condition, java.util.Map<String, Object> params, FeedbackSearch search) {
        return readOnly.execute(tx -> {
            long offset = (long) search.page() * search.size();
            // the matches up to the limit, counted and, when that is all of them, paged in the same query
            long[] counted = new long[1];
            List<FeedbackSummary> firstLook = jdbc.sql("""
                    with matches as materialized (
                      select id, reference, type, status, channel, received_at, service_area, contact_name, ack_due_by,
                        ack_sent_at
                      from feedback""" + condition + """
                     limit :countLimit)
                    select t.total, p.* from (select count(*) as total from matches) t
                    left join lateral (select * from matches order by received_at desc, id desc limit :limit offset :offset) p
                      on true""")
                    .params(params).param("countLimit", countLimit + 1).param("limit", search.size()).param("offset", offset)
                    .query((rs, n) -> {
                        counted[0] = rs.getLong("total");
                        return rs.getString("reference") == null ? null : summary(rs, n);
                    })
                    .list().stream().filter(java.util.Objects::nonNull).toList();
            boolean capped = counted[0] > countLimit;
            long total = capped ? countLimit : counted[0];
            if (!capped) {
                return new SearchResult(firstLook, search.page(), search.size(), total, false);
            }
            Timestamp newest = jdbc.sql("select max(received_at) from feedback").query(Timestamp.class).single();
            for (java.time.Duration window : WINDOWS) {
                var windowed = new java.util.LinkedHashMap<>(params);
                windowed.put("since", Timestamp.from(newest.toInstant().minus(window)));
                String inWindow = condition + " and received_at >= :since";
                List<FeedbackSummary> items = window.equals(WINDOWS.get(0)) ? newestFirst(inWindow, windowed, search, offset)
                        : page(inWindow, windowed, search, offset);
                if (items.size() == search.size()) {
                    return new SearchResult(items, search.page(), search.size(), total, true);
                }
            }
            return new SearchResult(page(condition, params, search, offset), search.page(), search.size(), total, true);
        });
    }

    /**
     * A page by walking the received-at index newest first and testing each case; only for a condition bounded by date
     * (the walk stops at the bound). Bitmap scans are switched off for this one query, in this transaction only, and it
     * is planned for its own date bound (a generic plan would guess how much of the table the bound leaves).
     */
    private List<FeedbackSummary> newestFirst(String condition, java.util.Map<String, Object> params, FeedbackSearch search,
            long offset) {
        var before = jdbc.sql("select current_setting('enable_bitmapscan') as bitmap, current_setting('plan_cache_mode') as plans")
                .query((rs, n) -> new String[] {rs.getString("bitmap"), rs.getString("plans")}).single();
        settings("off", "force_custom_plan");
        List<FeedbackSummary> items = jdbc.sql("""
                select reference, type, status, channel, received_at, service_area, contact_name, ack_due_by, ack_sent_at
                from feedback""" + condition + " order by received_at desc, id desc limit :limit offset :offset")
                .params(params).param("limit", search.size()).param("offset", offset)
                .query(FeedbackStore::summary).list();
        settings(before[0], before[1]); // (a failed query ends the transaction, and the settings with it)
        return items;
    }

    /** Planner settings for the rest of this transaction; a plan for this date bound, not a generic one. */
    private void settings(String bitmapScans, String planCacheMode) {
        jdbc.sql("select set_config('enable_bitmapscan', :bitmap, true), set_config('plan_cache_mode', :plans, true)")
                .param("bitmap", bitmapScans).param("plans", planCacheMode).query((rs, n) -> n).list();
    }

    private List<FeedbackSummary> page(String condition, java.util.Map<String, Object> params, FeedbackSearch search,
            long offset) {
        return jdbc.sql("""
                with matches as materialized (
                  select id, reference, type, status, channel, received_at, service_area, contact_name, ack_due_by,
                    ack_sent_at
                  from feedback""" + condition + """
                )
                select reference, type, status, channel, received_at, service_area, contact_name, ack_due_by, ack_sent_at
                from matches order by received_at desc, id desc limit :limit offset :offset""")
                .params(params).param("limit", search.size()).param("offset", offset)
                .query(FeedbackStore::summary).list();
    }

    /** New feedback not yet classified, oldest first. */
    List<FeedbackSummary> unclassified(int limit) {
        return jdbc.sql("""
                select reference, type, status, channel, received_at, service_area, contact_name, ack_due_by, ack_sent_at
                from feedback where status = 'RECEIVED' order by received_at, id limit :limit""")
                .param("limit", limit).query(FeedbackStore::summary).list();
    }

    long countUnclassified() {
        return jdbc.sql("select count(*) from feedback where status = 'RECEIVED'").query(Long.class).single();
    }

    /** Acknowledgements not yet done and due on or before {@code date}, earliest first. */
    List<FeedbackSummary> acknowledgementsDue(LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                select reference, type, status, channel, received_at, service_area, contact_name, ack_due_by, ack_sent_at
                from feedback where ack_sent_at is null and ack_due_by >= :from and ack_due_by <= :to
                order by ack_due_by, received_at, id limit :limit""")
                .param("from", from).param("to", to).param("limit", limit)
                .query(FeedbackStore::summary).list();
    }

    private static FeedbackSummary summary(ResultSet rs, int n) throws SQLException {
        return new FeedbackSummary(rs.getString("reference"), FeedbackType.valueOf(rs.getString("type")),
                FeedbackStatus.valueOf(rs.getString("status")), Channel.valueOf(rs.getString("channel")),
                instant(rs, "received_at"), rs.getString("service_area"), rs.getString("contact_name"),
                rs.getObject("ack_due_by", LocalDate.class), rs.getTimestamp("ack_sent_at") != null);
    }

    private static FeedbackRecord record(ResultSet rs, int n) throws SQLException {
        String method = rs.getString("preferred_contact_method");
        boolean anonymous = rs.getBoolean("anonymous");
        Address address = new Address(rs.getString("address_line1"), rs.getString("address_line2"),
                rs.getString("address_town"), rs.getString("postcode"));
        ContactDetails contact = anonymous ? null : new ContactDetails(rs.getString("contact_name"),
                rs.getString("contact_email"), rs.getString("contact_phone"), address.isEmpty() ? null : address,
                method == null ? null : ContactMethod.valueOf(method));
        String obName = rs.getString("on_behalf_name");
        OnBehalfOf onBehalfOf = obName == null ? null : new OnBehalfOf(obName, rs.getString("on_behalf_relationship"),
                (Boolean) rs.getObject("on_behalf_consent"));
        return new FeedbackRecord(rs.getLong("id"), rs.getString("reference"), FeedbackType.valueOf(rs.getString("type")),
                FeedbackType.valueOf(rs.getString("chosen_type")), FeedbackStatus.valueOf(rs.getString("status")),
                Channel.valueOf(rs.getString("channel")), instant(rs, "received_at"),
                rs.getObject("clock_start", LocalDate.class), rs.getString("recorded_by"), rs.getString("service_area"),
                rs.getString("description"), rs.getString("desired_outcome"), rs.getObject("event_date", LocalDate.class),
                anonymous, contact, onBehalfOf,
                new Acknowledgement(AcknowledgementMethod.valueOf(rs.getString("ack_method")),
                        rs.getObject("ack_due_by", LocalDate.class), instant(rs, "ack_sent_at")));
    }

    // idempotency

    record IdempotencyRecord(String requestHash, String reference, int statusCode) {}

    Optional<IdempotencyRecord> findIdempotency(String scope, String key) {
        return jdbc.sql("select request_hash, reference, status_code from idempotency_record where scope = :scope and idem_key = :key")
                .param("scope", scope).param("key", key)
                .query((rs, n) -> new IdempotencyRecord(rs.getString(1), rs.getString(2), rs.getInt(3)))
                .optional();
    }

    void insertIdempotency(String scope, String key, String hash, String reference, int status, Instant at) {
        jdbc.sql("""
                insert into idempotency_record (scope, idem_key, request_hash, reference, status_code, created_at)
                values (:scope, :key, :hash, :reference, :status, :at)""")
                .param("scope", scope).param("key", key).param("hash", hash).param("reference", reference)
                .param("status", status).param("at", timestamp(at)).update();
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String blankToNull(String value) {
        return Text.isBlank(value) ? null : value;
    }

    private static String trimToNull(String value) {
        return Text.isBlank(value) ? null : value.trim();
    }
}
