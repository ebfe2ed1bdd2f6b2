package org.councilfeedback.intake.web;

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
import org.councilfeedback.web.DisplayFormats;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Shows what other modules add to a record's details ({@code FeedbackDetailsContributor}) without knowing what it
 * is: each value is turned into JSON as the API would send it, then into text, a list, a table (a list of objects) or
 * a nested list of fields (an object). Dates, times and enum values are written for people ({@code PARTLY_UPHELD} as
 * "Partly upheld"); other text is shown as it is.
 */
final class ContributedDetails {

    /** One contributed detail, shown as exactly one of: text, a list, a table or fields. */
    record Detail(String label, String text, List<String> list, Table table, List<Detail> fields) {

        public boolean isPlainText() {
            return text != null;
        }
    }

    /** A list of objects as a table: one column per field, in the order they first appear. */
    record Table(List<String> headings, List<List<String>> rows) {}

    private final JsonMapper json;
    private final DisplayFormats formats;

    ContributedDetails(JsonMapper json, DisplayFormats formats) {
        this.json = json.rebuild().addModule(new SimpleModule("enums-in-words")
                .addSerializer(Enum.class, new EnumInWords(formats))).build();
        this.formats = formats;
    }

    /** Writes an enum value as words, so that codes read as text and other text is left alone. */
    @SuppressWarnings("rawtypes")
    private static final class EnumInWords extends StdSerializer<Enum> {

        private final DisplayFormats formats;

        EnumInWords(DisplayFormats formats) {
            super(Enum.class);
            this.formats = formats;
        }

        @Override
        public void serialize(Enum value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(formats.words(value));
        }
    }

    /** The details as shown: simple values first, then lists, tables and nested fields, each in contributed order. */
    List<Detail> of(Map<String, Object> contributed) {
        List<Detail> simple = new ArrayList<>();
        List<Detail> structured = new ArrayList<>();
        for (var entry : contributed.entrySet()) {
            JsonNode node = json.valueToTree(entry.getValue());
            if (node == null || node.isNull() || node.isMissingNode()) {
                continue;
            }
            Detail detail = detail(label(entry.getKey()), node);
            (detail.isPlainText() ? simple : structured).add(detail);
        }
        simple.addAll(structured);
        return simple;
    }

    private Detail detail(String label, JsonNode node) {
        if (node.isArray()) {
            if (node.isEmpty()) {
                return new Detail(label, "None", null, null, null);
            }
            boolean objects = true;
            for (JsonNode item : node) {
                objects &= item.isObject();
            }
            if (objects) {
                return new Detail(label, null, null, table(node), null);
            }
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(text(item)));
            return new Detail(label, null, items, null, null);
        }
        if (node.isObject()) {
            List<Detail> fields = new ArrayList<>();
            for (var field : node.properties()) {
                if (!field.getValue().isNull()) {
                    fields.add(new Detail(label(field.getKey()), text(field.getValue()), null, null, null));
                }
            }
            return new Detail(label, null, null, null, fields);
        }
        return new Detail(label, text(node), null, null, null);
    }

    private Table table(JsonNode array) {
        Set<String> keys = new LinkedHashSet<>();
        array.forEach(item -> item.propertyNames().forEach(keys::add));
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode item : array) {
            List<String> row = new ArrayList<>();
            for (String key : keys) {
                JsonNode value = item.get(key);
                row.add(value == null || value.isNull() ? "" : text(value));
            }
            rows.add(row);
        }
        return new Table(keys.stream().map(ContributedDetails::label).toList(), rows);
    }

    /** A value as one line of text; nested lists and objects are written out compactly. */
    private String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "Yes" : "No";
        }
        if (node.isNumber()) {
            return node.asString();
        }
        if (node.isString()) {
            return value(node.stringValue());
        }
        if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(text(item)));
            return String.join(", ", items);
        }
        List<String> fields = new ArrayList<>();
        for (var field : node.properties()) {
            if (!field.getValue().isNull()) {
                fields.add(label(field.getKey()) + ": " + text(field.getValue()));
            }
        }
        return String.join("; ", fields);
    }

    private String value(String text) {
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return formats.date(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
            try {
                return formats.dateTime(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException e) {
                try {
                    return formats.dateTime(Instant.parse(text));
                } catch (DateTimeParseException again) {
                    return text;
                }
            }
        }
        return text;
    }

    /** {@code assignedTo}, {@code assigned_to} or {@code assigned-to} as {@code Assigned to}. */
    static String label(String key) {
        String spaced = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ').trim();
        if (spaced.isEmpty()) {
            return key;
        }
        String lower = spaced.toLowerCase(Locale.UK);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
