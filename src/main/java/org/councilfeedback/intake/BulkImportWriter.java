package org.councilfeedback.intake;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a batch of imported cases in the current transaction: with PostgreSQL's {@code COPY} (through the driver's
 * {@code CopyManager}), elsewhere with batched inserts. Each case carries its import and line, from which its
 * "Imported" timeline entry is made ({@link ImportedCaseEntry}). Issues numbers for a whole batch in one round trip.
 */
@Component
class BulkImportWriter {

    static final List<String> FEEDBACK_COLUMNS = List.of("id", "reference", "type", "chosen_type", "status", "channel",
            "received_at", "clock_start", "recorded_by", "service_area", "description", "desired_outcome", "event_date",
            "anonymous", "contact_name", "contact_email", "contact_email_normalised", "contact_phone",
            "contact_phone_normalised", "address_line1", "address_line2", "address_town", "postcode",
            "postcode_normalised", "preferred_contact_method", "on_behalf_name", "on_behalf_relationship",
            "on_behalf_consent", "ack_method", "ack_due_by", "ack_sent_at", "created_at", "import_id", "import_line");

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final boolean postgres;

    BulkImportWriter(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.postgres = org.councilfeedback.web.DatabaseVendor.isPostgres(dataSource);
    }

    boolean postgres() {
        return postgres;
    }

    /** A case ready to store: its number, reference and clock start are settled. */
    record Prepared(long id, String reference, BulkImportRows.Row row, LocalDate clockStart, ContactMethod replyMethod) {}

    /**
     * The current batch's transaction commits without waiting for the disk (PostgreSQL's {@code synchronous_commit =
     * off}, for this transaction only), so that a writer goes on to its next batch at once. The batch's rows and the
     * import's progress are in the same transaction, so a database crash can only lose both together, and the report
     * still matches what is stored; the import's final status is committed durably, and PostgreSQL's log is written in
     * order, so an import reported complete has every batch on disk.
     */
    void commitWithoutWaitingForTheDisk() {
        if (postgres) {
            jdbc.sql("set local synchronous_commit to off").update();
        }
    }

    /** {@code count} numbers from the feedback sequence, in one round trip. */
    List<Long> nextNumbers(int count) {
        if (count == 0) {
            return List.of();
        }
        String sql = postgres ? "select nextval('feedback_number_seq') from generate_series(1, :n)"
                : "select nextval('feedback_number_seq') from system_range(1, :n)";
        return jdbc.sql(sql).param("n", count).query(Long.class).list();
    }

    /** Makes sure the sequence never issues a number at or below {@code number} (legacy references in our series). */
    void advanceSequencePast(long number) {
        if (postgres) {
            jdbc.sql("select setval('feedback_number_seq', greatest(:n, (select last_value from feedback_number_seq)))")
                    .param("n", number).query(Long.class).single();
            return;
        }
        long next = jdbc.sql("select base_value from information_schema.sequences where lower(sequence_name) = 'feedback_number_seq'")
                .query(Long.class).single();
        if (next <= number) {
            jdbc.sql("alter sequence feedback_number_seq restart with " + (number + 1)).update();
        }
    }

    /** Which of these references are already taken. */
    List<String> existingReferences(Collection<String> references) {
        if (references.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select reference from feedback where reference in (:refs)").param("refs", new ArrayList<>(references))
                .query(String.class).list();
    }

    void write(long importId, List<Prepared> cases, String username, Instant now) {
        if (cases.isEmpty()) {
            return;
        }
        List<Object[]> feedback = new ArrayList<>(cases.size());
        for (Prepared c : cases) {
            feedback.add(feedbackValues(importId, c, username, now));
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            if (postgres) {
                copy(connection, "feedback", FEEDBACK_COLUMNS, feedback);
            } else {
                insert(connection, "feedback", FEEDBACK_COLUMNS, feedback);
            }
        } catch (SQLException e) {
            throw new org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator(dataSource)
                    .translate("bulk import", null, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** A case's column values; moments as {@link Instant}s (ISO-8601 in UTC, as COPY reads them). */
    private static Object[] feedbackValues(long importId, Prepared c, String username, Instant created) {
        FeedbackSubmission s = c.row().submission();
        ContactDetails contact = s.givenAnonymously() ? null : s.contact();
        Address a = contact == null ? null : contact.address();
        OnBehalfOf o = s.onBehalfOf();
        Instant acknowledgedAt = c.row().acknowledgedAt();
        String type = s.typeOrDefault().name();
        return new Object[] {
                c.id(), c.reference(), type, type, c.row().status().name(), s.channelOrDefault().name(),
                s.receivedAt(), c.clockStart(), username, blankToNull(s.serviceArea()),
                s.description(), blankToNull(s.desiredOutcome()), s.eventDate(), s.givenAnonymously(),
                contact == null ? null : blankToNull(contact.name()),
                contact == null ? null : trimToNull(contact.email()),
                contact == null ? null : SubmissionRules.normaliseEmail(contact.email()),
                contact == null ? null : trimToNull(contact.phone()),
                contact == null ? null : SubmissionRules.normalisePhone(contact.phone()),
                a == null ? null : blankToNull(a.line1()),
                a == null ? null : blankToNull(a.line2()),
                a == null ? null : blankToNull(a.townOrCity()),
                a == null || Text.isBlank(a.postcode()) ? null : SubmissionRules.formatPostcode(a.postcode()),
                a == null ? null : blankToNull(SubmissionRules.normalisePostcode(a.postcode())),
                c.replyMethod() == null ? null : c.replyMethod().name(),
                o == null ? null : blankToNull(o.name()),
                o == null ? null : blankToNull(o.relationship()),
                o == null ? null : o.consentGiven(),
                AcknowledgementMethod.of(c.replyMethod()).name(),
                null,
                acknowledgedAt,
                created, importId, c.row().line()};
    }

    /** PostgreSQL: one {@code COPY … FROM STDIN} (text format) per table and batch, sent as one block of UTF-8. */
    private static void copy(Connection connection, String table, List<String> columns, List<Object[]> rows) throws SQLException {
        StringBuilder data = new StringBuilder(rows.size() * 512);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    data.append('\t');
                }
                appendCopyValue(data, row[i]);
            }
            data.append('\n');
        }
        byte[] bytes = data.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " (" + String.join(", ", columns) + ") from stdin");
        try {
            in.writeToCopy(bytes, 0, bytes.length);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /**
     * A value in {@code COPY}'s text format: {@code \N} for null, and backslash, tab, newline and carriage return
     * escaped with a backslash (PostgreSQL's documented escapes); everything else as it is.
     */
    static void appendCopyValue(StringBuilder data, Object value) {
        if (value == null) {
            data.append("\\N");
            return;
        }
        String text = value.toString();
        if (!needsEscaping(text)) {
            data.append(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> data.append("\\\\");
                case '\t' -> data.append("\\t");
                case '\n' -> data.append("\\n");
                case '\r' -> data.append("\\r");
                default -> data.append(c);
            }
        }
    }

    private static boolean needsEscaping(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Other databases: one batched insert per table and batch. */
    private static void insert(Connection connection, String table, List<String> columns, List<Object[]> rows) throws SQLException {
        String placeholders = String.join(", ", java.util.Collections.nCopies(columns.size(), "?"));
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into " + table + " (" + String.join(", ", columns) + ") values (" + placeholders + ")")) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i] instanceof Instant moment ? moment.atOffset(ZoneOffset.UTC) : row[i]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }


    private static String blankToNull(String value) {
        return Text.isBlank(value) ? null : value;
    }

    private static String trimToNull(String value) {
        return Text.isBlank(value) ? null : value.trim();
    }
}
