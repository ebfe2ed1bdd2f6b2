package org.councilfeedback.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit trail: every view of a case and every change, with who, when, what and from where.
 *
 * <p>Entries form one hash chain. Appending locks the single chain-head row ({@code select … for update}), so appends
 * are serialised across threads and nodes and the chain never forks; the entry and the new head are written in the
 * same transaction as the change being recorded (when there is one), so a change and its entry commit together.
 * Record audit entries as the last step of a transaction to keep the lock short. On PostgreSQL triggers refuse
 * {@code UPDATE}, {@code DELETE} and {@code TRUNCATE} on {@code audit_entry}; {@link #verify()} finds any change made
 * around them. Never put personal data (names, emails, addresses, free text from the public) in {@code detail}.
 */
@Service
public class AuditTrail {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);
    static final int ACTOR_MAX = 100;
    static final int ACTION_MAX = 60;
    static final int DETAIL_MAX = 1000;
    static final int CLIENT_MAX = 100;
    private static final int PAGE = 1000;
    private static final String COLUMNS = "id, at, actor, action, reference, person_id, detail, client_address, previous_hash, hash";

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Appends an entry. Joins the caller's transaction when there is one (the entry commits with the change it records)
     * and otherwise runs in its own.
     *
     * @param actor the username, or a name for the system ("retention schedule")
     * @param action what happened, in UPPER_SNAKE_CASE ({@code VIEWED}, {@code SAFEGUARDING_CONCERN_RAISED}…)
     * @param reference the feedback reference, if the entry is about a case
     * @param personId the person, if the entry is about a person
     * @param detail more about what happened, without personal data
     * @param clientAddress where the request came from (null for scheduled work)
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry record(String actor, String action, String reference, Long personId, String detail,
            String clientAddress) {
        validate(actor, action);
        return append(lockHead(), actor, action, reference, personId, detail, clientAddress);
    }

    /**
     * Appends an entry unless the case already has one with this action: for entries made by work that may be done
     * twice (an event handed on again after a crash). The check is made holding the chain's lock, so two attempts at
     * once still make one entry.
     *
     * @return the new entry, or empty when there was one already
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public java.util.Optional<AuditEntry> recordOnce(String actor, String action, String reference, Long personId,
            String detail, String clientAddress) {
        if (reference == null) {
            throw new IllegalArgumentException("Recording once needs the case's reference");
        }
        validate(actor, action);
        Head head = lockHead();
        boolean there = jdbc.sql("select count(*) from audit_entry where reference = :r and action = :a")
                .param("r", reference).param("a", cut(action, ACTION_MAX)).query(Long.class).single() > 0;
        return there ? java.util.Optional.empty()
                : java.util.Optional.of(append(head, actor, action, reference, personId, detail, clientAddress));
    }

    private record Head(long lastId, String lastHash) {}

    private static void validate(String actor, String action) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("An audit entry needs an actor");
        }
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("An audit entry needs an action");
        }
    }

    private Head lockHead() {
        return jdbc.sql("select last_id, last_hash from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    private AuditEntry append(Head head, String actor, String action, String reference, Long personId, String detail,
            String clientAddress) {
        long id = head.lastId() + 1;
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEntry unsigned = new AuditEntry(id, at, cut(actor, ACTOR_MAX), cut(action, ACTION_MAX), reference, personId,
                cut(detail, DETAIL_MAX), cut(clientAddress, CLIENT_MAX), head.lastHash(), null);
        String hash = hash(head.lastHash(), unsigned);
        jdbc.sql("insert into audit_entry (" + COLUMNS + ") values (:id, :at, :actor, :action, :reference, :personId, "
                        + ":detail, :client, :previous, :hash)")
                .param("id", id).param("at", at.atOffset(ZoneOffset.UTC)).param("actor", unsigned.actor())
                .param("action", unsigned.action()).param("reference", reference).param("personId", personId)
                .param("detail", unsigned.detail()).param("client", unsigned.clientAddress())
                .param("previous", head.lastHash()).param("hash", hash)
                .update();
        jdbc.sql("update audit_chain_head set last_id = :id, last_hash = :hash where id = 1")
                .param("id", id).param("hash", hash).update();
        return new AuditEntry(id, at, unsigned.actor(), unsigned.action(), reference, personId, unsigned.detail(),
                unsigned.clientAddress(), head.lastHash(), hash);
    }

    /** Entries about a case, oldest first, after {@code afterId}. */
    public List<AuditEntry> forReference(String reference, long afterId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where reference = :r and id > :after order by id limit :limit")
                .param("r", reference).param("after", afterId).param("limit", limit)
                .query(AuditTrail::entry).list();
    }

    /** Entries about a person or any of their cases, oldest first, after {@code afterId}. */
    public List<AuditEntry> forPerson(long personId, Collection<String> references, long afterId, int limit) {
        if (references == null || references.isEmpty()) {
            return jdbc.sql("select " + COLUMNS + " from audit_entry where person_id = :p and id > :after order by id limit :limit")
                    .param("p", personId).param("after", afterId).param("limit", limit)
                    .query(AuditTrail::entry).list();
        }
        return jdbc.sql("select " + COLUMNS + " from audit_entry where (person_id = :p or reference in (:refs)) "
                        + "and id > :after order by id limit :limit")
                .param("p", personId).param("refs", List.copyOf(references)).param("after", afterId)
                .param("limit", limit).query(AuditTrail::entry).list();
    }

    /**
     * Checks the whole chain up to the chain head: every entry follows the one before it (numbers without gaps, the
     * previous hash is the hash of the entry before), every hash matches its row, and the head names the last entry.
     * Reports the first broken link.
     */
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        Instant now = clock.instant();
        Head head = jdbc.sql("select last_id, last_hash from audit_chain_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        String expectedPrevious = GENESIS;
        long expectedId = 1;
        long checked = 0;
        while (expectedId <= head.lastId()) {
            List<AuditEntry> page = jdbc.sql("select " + COLUMNS + " from audit_entry where id >= :from and id <= :to "
                            + "order by id limit :limit")
                    .param("from", expectedId).param("to", head.lastId()).param("limit", PAGE)
                    .query(AuditTrail::entry).list();
            if (page.isEmpty()) {
                return broken(checked, expectedId, "entries " + expectedId + " to " + head.lastId()
                        + " are missing (the chain head says there are " + head.lastId() + ")", head.lastId(),
                        head.lastHash(), now);
            }
            for (AuditEntry entry : page) {
                if (entry.id() != expectedId) {
                    return broken(checked, expectedId, "entry " + expectedId + " is missing", head.lastId(),
                            head.lastHash(), now);
                }
                if (!expectedPrevious.equals(entry.previousHash())) {
                    return broken(checked, entry.id(), "its previous hash does not match the hash of entry "
                            + (entry.id() - 1), head.lastId(), head.lastHash(), now);
                }
                if (!hash(entry.previousHash(), entry).equals(entry.hash())) {
                    return broken(checked, entry.id(), "its contents do not match its hash (the row was changed)",
                            head.lastId(), head.lastHash(), now);
                }
                expectedPrevious = entry.hash();
                expectedId++;
                checked++;
            }
        }
        if (!expectedPrevious.equals(head.lastHash())) {
            return broken(checked, head.lastId(), "the chain head's hash does not match the hash of the last entry",
                    head.lastId(), head.lastHash(), now);
        }
        long beyond = jdbc.sql("select count(*) from audit_entry where id > :id").param("id", head.lastId())
                .query(Long.class).single();
        if (beyond > 0) {
            return broken(checked, head.lastId() + 1, beyond + " entries lie beyond the chain head", head.lastId(),
                    head.lastHash(), now);
        }
        return new AuditVerification(true, checked, null, null, head.lastId(), head.lastHash(), now);
    }

    private static AuditVerification broken(long checked, long entryId, String problem, long lastId, String headHash,
            Instant now) {
        return new AuditVerification(false, checked, entryId, problem, lastId, headHash, now);
    }

    /** {@code SHA-256(previousHash || canonical form)}, in lower-case hex. */
    static String hash(String previousHash, AuditEntry entry) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            digest.update(canonical(entry).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The canonical form of a row: version, number, time and every field length-prefixed (null as {@code -}), so that
     * no two different rows have the same form.
     */
    static String canonical(AuditEntry entry) {
        return "v1|" + entry.id() + "|" + entry.at().truncatedTo(ChronoUnit.MICROS) + "|" + field(entry.actor()) + "|"
                + field(entry.action()) + "|" + field(entry.reference()) + "|"
                + field(entry.personId() == null ? null : entry.personId().toString()) + "|" + field(entry.detail())
                + "|" + field(entry.clientAddress());
    }

    private static String field(String value) {
        return value == null ? "-" : value.length() + ":" + value;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static AuditEntry entry(ResultSet rs, int n) throws SQLException {
        Object personId = rs.getObject("person_id");
        return new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("reference"),
                personId == null ? null : ((Number) personId).longValue(), rs.getString("detail"),
                rs.getString("client_address"), rs.getString("previous_hash"), rs.getString("hash"));
    }
}
