package org.councilfeedback.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * The bulk import file format ({@code docs/bulk-import.md}): named columns, one case per row. Turns a row into a
 * {@link FeedbackSubmission} for {@link SubmissionRules}, plus what only an import carries (a legacy reference, the
 * status, when it was acknowledged).
 */
final class BulkImportRows {

    static final String REFERENCE = "reference";
    static final String TYPE = "type";
    static final String CHANNEL = "channel";
    static final String RECEIVED_AT = "receivedAt";
    static final String SERVICE_AREA = "serviceArea";
    static final String DESCRIPTION = "description";
    static final String DESIRED_OUTCOME = "desiredOutcome";
    static final String EVENT_DATE = "eventDate";
    static final String ANONYMOUS = "anonymous";
    static final String CONTACT_NAME = "contactName";
    static final String CONTACT_EMAIL = "contactEmail";
    static final String CONTACT_PHONE = "contactPhone";
    static final String ADDRESS_LINE1 = "addressLine1";
    static final String ADDRESS_LINE2 = "addressLine2";
    static final String TOWN_OR_CITY = "townOrCity";
    static final String POSTCODE = "postcode";
    static final String PREFERRED_CONTACT_METHOD = "preferredContactMethod";
    static final String ON_BEHALF_OF_NAME = "onBehalfOfName";
    static final String ON_BEHALF_OF_RELATIONSHIP = "onBehalfOfRelationship";
    static final String ON_BEHALF_OF_CONSENT = "onBehalfOfConsent";
    static final String STATUS = "status";
    static final String ACKNOWLEDGED_AT = "acknowledgedAt";

    /** Every column, in the order the documentation lists them. */
    static final List<String> COLUMNS = List.of(REFERENCE, TYPE, CHANNEL, RECEIVED_AT, SERVICE_AREA, DESCRIPTION,
            DESIRED_OUTCOME, EVENT_DATE, ANONYMOUS, CONTACT_NAME, CONTACT_EMAIL, CONTACT_PHONE, ADDRESS_LINE1,
            ADDRESS_LINE2, TOWN_OR_CITY, POSTCODE, PREFERRED_CONTACT_METHOD, ON_BEHALF_OF_NAME, ON_BEHALF_OF_RELATIONSHIP,
            ON_BEHALF_OF_CONSENT, STATUS, ACKNOWLEDGED_AT);

    static final Set<String> REQUIRED = Set.of(RECEIVED_AT, DESCRIPTION, STATUS);

    /** The JSON path of the submission field each column fills, so that messages from the rules name the column. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(
            Map.entry("type", TYPE), Map.entry("channel", CHANNEL), Map.entry("receivedAt", RECEIVED_AT),
            Map.entry("serviceArea", SERVICE_AREA), Map.entry("description", DESCRIPTION),
            Map.entry("desiredOutcome", DESIRED_OUTCOME), Map.entry("eventDate", EVENT_DATE),
            Map.entry("contact", CONTACT_NAME), Map.entry("contact.name", CONTACT_NAME),
            Map.entry("contact.email", CONTACT_EMAIL), Map.entry("contact.phone", CONTACT_PHONE),
            Map.entry("contact.address.line1", ADDRESS_LINE1), Map.entry("contact.address.line2", ADDRESS_LINE2),
            Map.entry("contact.address.townOrCity", TOWN_OR_CITY), Map.entry("contact.address.postcode", POSTCODE),
            Map.entry("onBehalfOf.name", ON_BEHALF_OF_NAME), Map.entry("onBehalfOf.relationship", ON_BEHALF_OF_RELATIONSHIP));

    private BulkImportRows() {
    }

    /** A row that parsed: the submission to check, and what only an import carries. */
    record Row(long line, String reference, FeedbackSubmission submission, FeedbackStatus status, Instant acknowledgedAt) {}

    /** A row as read: either a row, or what is wrong with it. */
    record Parsed(long line, String rawReference, Row row, List<InvalidField> errors) {}

    /** What is wrong with a header line; empty when it names known columns, each once, with the required ones. */
    static List<InvalidField> checkHeader(List<String> header) {
        List<InvalidField> errors = new ArrayList<>();
        if (header.isEmpty() || header.size() == 1 && header.get(0).isBlank()) {
            errors.add(new InvalidField("header", "The file is empty: the first line must name the columns"));
            return errors;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                errors.add(new InvalidField("header", "'" + abbreviate(column) + "' is not a column we recognise; the columns are "
                        + String.join(", ", COLUMNS)));
            } else if (!seen.add(column)) {
                errors.add(new InvalidField("header", "The column '" + column + "' appears more than once"));
            }
        }
        for (String required : COLUMNS) {
            if (REQUIRED.contains(required) && !seen.contains(required)) {
                errors.add(new InvalidField("header", "The column '" + required + "' is required"));
            }
        }
        return errors;
    }

    /** Reads one record; the line is where the record starts in the file. */
    static Parsed parse(CSVRecord record, long line, Map<String, Integer> columns) {
        List<InvalidField> errors = new ArrayList<>();
        if (record.size() != columns.size()) {
            errors.add(new InvalidField("row", "The row has " + record.size() + " values but the header names "
                    + columns.size() + " columns"));
            return new Parsed(line, null, null, errors);
        }
        Values values = new Values(record, columns);
        String rawReference = values.text(REFERENCE);
        String reference = null;
        if (rawReference != null) {
            var parsed = Reference.parse(rawReference);
            if (parsed.isEmpty()) {
                errors.add(new InvalidField(REFERENCE, "Enter a reference like FB-2019-000123 (letters, the year and 6 to 12 "
                        + "digits), or leave it empty to have one issued"));
            } else {
                reference = parsed.get().value();
            }
        }
        FeedbackType type = values.enumValue(TYPE, FeedbackType.class, errors);
        Channel channel = values.enumValue(CHANNEL, Channel.class, errors);
        Instant receivedAt = values.instant(RECEIVED_AT, errors);
        if (receivedAt == null && errors.stream().noneMatch(e -> e.field().equals(RECEIVED_AT))) {
            errors.add(new InvalidField(RECEIVED_AT, "Enter when it was received, like 2019-03-01T10:15:00Z"));
        }
        LocalDate eventDate = values.date(EVENT_DATE, errors);
        Boolean anonymous = values.bool(ANONYMOUS, errors);
        ContactMethod preferred = values.enumValue(PREFERRED_CONTACT_METHOD, ContactMethod.class, errors);
        Boolean consent = values.bool(ON_BEHALF_OF_CONSENT, errors);
        FeedbackStatus status = values.enumValue(STATUS, FeedbackStatus.class, errors);
        if (status == null && errors.stream().noneMatch(e -> e.field().equals(STATUS))) {
            errors.add(new InvalidField(STATUS, "Enter the status: one of " + join(FeedbackStatus.values())));
        }
        Instant acknowledgedAt = values.instant(ACKNOWLEDGED_AT, errors);
        Address address = new Address(values.raw(ADDRESS_LINE1), values.raw(ADDRESS_LINE2), values.raw(TOWN_OR_CITY),
                values.raw(POSTCODE));
        ContactDetails contact = new ContactDetails(values.raw(CONTACT_NAME), values.raw(CONTACT_EMAIL),
                values.raw(CONTACT_PHONE), address.isEmpty() ? null : address, preferred);
        OnBehalfOf onBehalfOf = new OnBehalfOf(values.raw(ON_BEHALF_OF_NAME), values.raw(ON_BEHALF_OF_RELATIONSHIP), consent);
        FeedbackSubmission submission = new FeedbackSubmission(type, channel, receivedAt, values.raw(SERVICE_AREA),
                values.raw(DESCRIPTION), values.raw(DESIRED_OUTCOME), eventDate, anonymous,
                contact.isEmpty() ? null : contact, onBehalfOf.name() == null && onBehalfOf.relationship() == null
                        && consent == null ? null : onBehalfOf);
        if (acknowledgedAt != null && receivedAt != null && acknowledgedAt.isBefore(receivedAt)) {
            errors.add(new InvalidField(ACKNOWLEDGED_AT, "The acknowledgement cannot be before the feedback was received"));
        }
        return new Parsed(line, rawReference, errors.isEmpty() ? new Row(line, reference, submission, status, acknowledgedAt) : null,
                errors);
    }

    /** The column a rule's field path refers to, so that a rejected row names what to correct in the file. */
    static InvalidField inColumns(InvalidField error) {
        return new InvalidField(COLUMN_OF_FIELD.getOrDefault(error.field(), error.field()), error.message());
    }

    private static String abbreviate(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }

    private static String join(Object[] values) {
        List<String> names = new ArrayList<>();
        for (Object value : values) {
            names.add(value.toString());
        }
        return String.join(", ", names);
    }

    /** The values of one record by column name; empty values are absent. */
    private record Values(CSVRecord record, Map<String, Integer> columns) {

        String raw(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                return null;
            }
            String value = record.get(index);
            return value == null || value.isEmpty() ? null : value;
        }

        String text(String column) {
            String value = raw(column);
            return value == null || value.isBlank() ? null : value.trim();
        }

        <E extends Enum<E>> E enumValue(String column, Class<E> type, List<InvalidField> errors) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new InvalidField(column, "Enter one of " + join(type.getEnumConstants())));
                return null;
            }
        }

        Instant instant(String column, List<InvalidField> errors) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                errors.add(new InvalidField(column, "Enter a date and time in ISO-8601 format with an offset, like 2019-03-01T10:15:00Z"));
                return null;
            }
        }

        LocalDate date(String column, List<InvalidField> errors) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                errors.add(new InvalidField(column, "Enter a date in the format YYYY-MM-DD"));
                return null;
            }
        }

        Boolean bool(String column, List<InvalidField> errors) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1" -> true;
                case "false", "no", "n", "0" -> false;
                default -> {
                    errors.add(new InvalidField(column, "Enter true or false"));
                    yield null;
                }
            };
        }
    }
}
