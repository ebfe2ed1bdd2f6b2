package org.councilfeedback.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.councilfeedback.access.Role;
import org.councilfeedback.organisation.CouncilProfile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case-level export: one CSV row per piece of feedback received in a period, streamed from a database cursor so
 * that a million rows never sit in memory. Personal data columns (name, email, phone, postcode, representative) are
 * written only for the complaints officer and the Data Protection Officer, and a complaints officer does not get them
 * for social care or data protection cases, which only their own teams may see.
 */
@Service
public class CaseExport {

    static final int FETCH_SIZE = 1000;

    /** The columns every caller gets. */
    public static final List<String> COLUMNS = List.of("reference", "received_on", "channel", "type", "chosen_type",
            "status", "service_area", "process", "exclusion", "stage", "stage_outcome", "acknowledge_by",
            "acknowledged_on", "ombudsman", "ombudsman_decision");

    /** The personal data columns, for the roles allowed to see them. */
    public static final List<String> PERSONAL_COLUMNS = List.of("contact_name", "contact_email", "contact_phone",
            "postcode", "on_behalf_of");

    private static final Set<String> RESTRICTED_PROCESSES = Set.of("ADULT_SOCIAL_CARE", "CHILDRENS_SOCIAL_CARE",
            "DATA_PROTECTION");

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final ZoneId zone;

    CaseExport(DataSource dataSource, PlatformTransactionManager transactions, CouncilProfile profile) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.zone = profile.timeZone();
    }

    /** True when a caller with these roles gets the personal data columns. */
    public static boolean personalDataFor(Set<Role> roles) {
        return roles.contains(Role.COMPLAINTS_OFFICER) || roles.contains(Role.DATA_PROTECTION_OFFICER);
    }

    /** Writes the CSV for feedback received in {@code period} to {@code out}, as the caller with {@code roles} may see it. */
    public void write(ReportPeriod period, Set<Role> roles, Writer out) {
        boolean personal = personalDataFor(roles);
        boolean restrictedToo = roles.contains(Role.DATA_PROTECTION_OFFICER);
        List<String> header = new ArrayList<>(COLUMNS);
        if (personal) {
            header.addAll(PERSONAL_COLUMNS);
        }
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get());
            MapSqlParameterSource params = new MapSqlParameterSource()
                    .addValue("start", OffsetDateTime.ofInstant(period.start(zone), java.time.ZoneOffset.UTC))
                    .addValue("end", OffsetDateTime.ofInstant(period.end(zone), java.time.ZoneOffset.UTC));
            readOnly.executeWithoutResult(status -> jdbc.query("""
                    select f.reference, f.received_at, f.channel, f.type, f.chosen_type, f.status, f.service_area,
                      cl.process, cl.exclusion, cs.number, cs.outcome, f.ack_due_by, f.ack_sent_at, o.body, o.decision,
                      f.contact_name, f.contact_email, f.contact_phone, f.postcode, f.on_behalf_name
                    from feedback f
                    left join classification cl on cl.feedback_id = f.id
                    left join complaint_stage cs on cs.feedback_id = f.id
                      and cs.number = (select max(x.number) from complaint_stage x where x.feedback_id = f.id)
                    left join ombudsman_referral o on o.feedback_id = f.id
                    where f.received_at >= :start and f.received_at < :end
                    order by f.received_at, f.id""", params, (ResultSet rs) -> {
                try {
                    List<Object> row = new ArrayList<>(header.size());
                    row.add(rs.getString("reference"));
                    row.add(date(rs, "received_at"));
                    row.add(rs.getString("channel"));
                    row.add(rs.getString("type"));
                    row.add(rs.getString("chosen_type"));
                    row.add(rs.getString("status"));
                    row.add(rs.getString("service_area"));
                    String process = rs.getString("process");
                    row.add(process);
                    row.add(rs.getString("exclusion"));
                    row.add(rs.getObject("number") == null ? null : rs.getInt("number"));
                    row.add(rs.getString("outcome"));
                    row.add(rs.getObject("ack_due_by", LocalDate.class));
                    row.add(date(rs, "ack_sent_at"));
                    row.add(rs.getString("body"));
                    row.add(rs.getString("decision"));
                    if (personal) {
                        boolean withheld = process != null && RESTRICTED_PROCESSES.contains(process) && !restrictedToo;
                        for (String column : List.of("contact_name", "contact_email", "contact_phone", "postcode",
                                "on_behalf_name")) {
                            row.add(withheld ? "restricted" : safe(rs.getString(column)));
                        }
                    }
                    csv.printRecord(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell a spreadsheet would run as a formula starts with a quote instead. */
    static String safe(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private LocalDate date(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.atZoneSameInstant(zone).toLocalDate();
    }
}
