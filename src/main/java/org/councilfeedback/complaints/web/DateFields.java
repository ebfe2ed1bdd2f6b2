package org.councilfeedback.complaints.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import org.councilfeedback.web.FormErrors;

/**
 * Dates entered as GOV.UK date inputs: three fields named {@code prefix + "Day"}, {@code "Month"} and {@code "Year"}.
 * A date left empty is null; one partly filled in, or not a real date, is an error on the field {@code id}.
 */
final class DateFields {

    private DateFields() {
    }

    static LocalDate read(Map<String, String> values, String prefix, String id, String label, boolean required,
            FormErrors errors) {
        String day = trimmed(values.get(prefix + "Day"));
        String month = trimmed(values.get(prefix + "Month"));
        String year = trimmed(values.get(prefix + "Year"));
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            if (required) {
                errors.add(id, "Enter " + label);
            }
            return null;
        }
        if (day.isEmpty() || month.isEmpty() || year.isEmpty()) {
            errors.add(id, capitalised(label) + " must include a day, month and year");
            return null;
        }
        try {
            int y = Integer.parseInt(year);
            if (y < 1000 || y > 9999) {
                errors.add(id, capitalised(label) + " must have a 4-digit year, for example 2026");
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(id, capitalised(label) + " must be a real date");
            return null;
        }
    }

    /** Puts a date into the three fields, to show a stored date in a form. */
    static void write(Map<String, String> values, String prefix, LocalDate date) {
        if (date != null) {
            values.put(prefix + "Day", Integer.toString(date.getDayOfMonth()));
            values.put(prefix + "Month", Integer.toString(date.getMonthValue()));
            values.put(prefix + "Year", Integer.toString(date.getYear()));
        }
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }

    private static String capitalised(String label) {
        return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
