package org.councilfeedback.correspondence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.councilfeedback.intake.ContactMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Outgoing messages in the database: the durable queue every email, letter and call goes through. */
@Repository
class MessageStore {

    private static final String COLUMNS = "id, reference, kind, method, status, recipient_name, recipient, subject, body, "
            + "due_by, created_at, sent_at, completed_by, attempts, last_error, large_print, route_note";

    private final JdbcClient jdbc;
    private final boolean postgres;

    MessageStore(JdbcClient jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.postgres = org.councilfeedback.web.DatabaseVendor.isPostgres(dataSource);
    }


    /**
     * In the current transaction, on PostgreSQL: commit without waiting for the write-ahead log to reach the disk
     * ({@code synchronous_commit = off}). Only for records whose loss in a database crash makes us repeat work, never
     * lose it.
     */
    void commitWithoutWaitingForDisk() {
        if (postgres) {
            jdbc.sql("set local synchronous_commit to off").update();
        }
    }

    /** A stored message's id, and whether this call stored it (false: one with the same dedupe key was there). */
    record Stored(long id, boolean inserted) {}

    /**
     * Adds the message unless one with the same dedupe key exists. An email stored as {@code SENDING} is claimed for its
     * first attempt.
     */
    Stored insertOnce(String dedupeKey, String reference, MessageKind kind, ContactMethod method, MessageStatus status,
            String recipientName, String recipient, String subject, String body, LocalDate dueBy, Instant now) {
        return insertOnce(dedupeKey, reference, kind, method, status, recipientName, recipient, subject, body, dueBy, now,
                false, false, null, null);
    }

    /**
     * Adds the message unless one with the same dedupe key exists, with whether it is to the person the feedback is
     * from, whether a letter is in large print, why it went by another method than the person asked for
     * ({@code routeNote}) and, for a message not sent at all, why not.
     */
    Stored insertOnce(String dedupeKey, String reference, MessageKind kind, ContactMethod method, MessageStatus status,
            String recipientName, String recipient, String subject, String body, LocalDate dueBy, Instant now,
            boolean toPerson, boolean largePrint, String routeNote, String error) {
        Optional<Long> existing = idOf(dedupeKey);
        if (existing.isPresent()) {
            return new Stored(existing.get(), false);
        }
        // Another node may have stored it first: then nothing is inserted and the existing id is returned.
        int inserted = jdbc.sql("""
                insert into outgoing_message (reference, kind, dedupe_key, method, status, recipient_name, recipient,
                  subject, body, due_by, created_at, attempts, next_attempt_at, to_person, large_print, route_note, last_error)
                values (:reference, :kind, :key, :method, :status, :name, :recipient, :subject, :body, :due, :now, :attempts,
                  :now, :toPerson, :largePrint, :note, :error)
                on conflict do nothing""")
                .param("reference", reference).param("kind", kind.name()).param("key", dedupeKey)
                .param("method", method.name()).param("status", status.name()).param("name", recipientName)
                .param("recipient", recipient).param("subject", subject).param("body", body).param("due", dueBy)
                .param("now", now.atOffset(ZoneOffset.UTC)).param("attempts", status == MessageStatus.SENDING ? 1 : 0)
                .param("toPerson", toPerson).param("largePrint", largePrint).param("note", cut(routeNote, 500)).param("error", cut(error, 1000))
                .update();
        return new Stored(idOf(dedupeKey).orElseThrow(), inserted == 1);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /** The id of the message stored under this dedupe key, if there is one. */
    Optional<Long> existing(String dedupeKey) {
        return idOf(dedupeKey);
    }

    private Optional<Long> idOf(String dedupeKey) {
        return jdbc.sql("select id from outgoing_message where dedupe_key = :key").param("key", dedupeKey)
                .query(Long.class).optional();
    }

    Optional<OutgoingMessage> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from outgoing_message where id = :id").param("id", id)
                .query(MessageStore::message).optional();
    }

    List<OutgoingMessage> forReference(String reference) {
        return jdbc.sql("select " + COLUMNS + " from outgoing_message where reference = :r order by created_at, id")
                .param("r", reference).query(MessageStore::message).list();
    }

    List<OutgoingMessage> withStatus(MessageStatus status, int limit) {
        return jdbc.sql("select " + COLUMNS + " from outgoing_message where status = :s order by due_by, created_at, id limit :limit")
                .param("s", status.name()).param("limit", limit).query(MessageStore::message).list();
    }

    /** Emails due a (re)try: pending ones whose time has come, and ones stuck mid-send by a node that died. */
    List<Long> emailsToSend(Instant now, Instant stuckBefore, int limit) {
        return jdbc.sql("""
                select id from outgoing_message where method = 'EMAIL'
                  and ((status = 'PENDING' and next_attempt_at <= :now) or (status = 'SENDING' and next_attempt_at <= :stuck))
                order by next_attempt_at, id limit :limit""")
                .param("now", now.atOffset(ZoneOffset.UTC)).param("stuck", stuckBefore.atOffset(ZoneOffset.UTC))
                .param("limit", limit).query(Long.class).list();
    }

    /** Claims an email for sending; false when another thread or node has it. */
    boolean claim(long id, Instant now, Instant stuckBefore) {
        return jdbc.sql("""
                update outgoing_message set status = 'SENDING', attempts = attempts + 1, next_attempt_at = :now
                where id = :id and method = 'EMAIL'
                  and ((status = 'PENDING' and next_attempt_at <= :now) or (status = 'SENDING' and next_attempt_at <= :stuck))""")
                .param("id", id).param("now", now.atOffset(ZoneOffset.UTC)).param("stuck", stuckBefore.atOffset(ZoneOffset.UTC))
                .update() == 1;
    }

    void markSent(long id, Instant at) {
        jdbc.sql("update outgoing_message set status = 'SENT', sent_at = :at, last_error = null where id = :id")
                .param("id", id).param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    void markFailed(long id, String error, Instant retryAt) {
        jdbc.sql("update outgoing_message set status = 'PENDING', last_error = :error, next_attempt_at = :retry where id = :id")
                .param("id", id).param("error", error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000)))
                .param("retry", retryAt.atOffset(ZoneOffset.UTC)).update();
    }

    /** Whether the message is to the person the feedback is from (rather than to staff). */
    boolean toThePerson(long id) {
        return jdbc.sql("select to_person from outgoing_message where id = :id").param("id", id).query(Boolean.class)
                .optional().orElse(false);
    }

    /** The mail server refused the recipient for good: not retried. */
    void markBounced(long id, String error) {
        jdbc.sql("update outgoing_message set status = 'BOUNCED', last_error = :error, next_attempt_at = null where id = :id")
                .param("id", id).param("error", cut(error == null ? "refused by the mail server" : error, 1000)).update();
    }

    /**
     * Blanks the copies of personal data in the messages about a piece of feedback (name, recipient, body; subjects
     * may carry names too), keeping kind, method, status, dates and counts. Returns how many were changed.
     */
    int anonymise(String reference, String marker) {
        return jdbc.sql("""
                update outgoing_message set recipient_name = case when recipient_name is null then null else :m end,
                  recipient = case when recipient is null then null else :m end, subject = :m, body = :m,
                  route_note = case when route_note is null then null else :m end,
                  last_error = case when last_error is null then null else :m end
                where reference = :r and body <> :m""")
                .param("m", marker).param("r", reference).update();
    }

    boolean complete(long id, MessageStatus from, MessageStatus to, String by, Instant at) {
        return jdbc.sql("update outgoing_message set status = :to, sent_at = :at, completed_by = :by where id = :id and status = :from")
                .param("to", to.name()).param("from", from.name()).param("by", by).param("at", at.atOffset(ZoneOffset.UTC))
                .param("id", id).update() == 1;
    }

    long count(MessageStatus status) {
        return jdbc.sql("select count(*) from outgoing_message where status = :s").param("s", status.name())
                .query(Long.class).single();
    }

    private static OutgoingMessage message(ResultSet rs, int n) throws SQLException {
        return new OutgoingMessage(rs.getLong("id"), rs.getString("reference"), MessageKind.valueOf(rs.getString("kind")),
                ContactMethod.valueOf(rs.getString("method")), MessageStatus.valueOf(rs.getString("status")),
                rs.getString("recipient_name"), rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
                rs.getObject("due_by", LocalDate.class), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("sent_at")), rs.getString("completed_by"), rs.getInt("attempts"),
                rs.getString("last_error"), rs.getBoolean("large_print"), rs.getString("route_note"));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
