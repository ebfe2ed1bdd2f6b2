package org.councilfeedback.intake.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A date as typed into the three boxes of a GOV.UK date input: blank (no date), a real date, or a message saying
 * what is wrong and which boxes to highlight.
 */
record DateAnswer(String day, String month, String year) {

    private static final Pattern DAY_OR_MONTH = Pattern.compile("^[0-9]{1,2}$");
    private static final Pattern YEAR = Pattern.compile("^[0-9]{4}$");
    private static final List<String> ALL_PARTS = List.of("day", "month", "year");

    DateAnswer {
        day = tidy(day);
        month = tidy(month);
        year = tidy(year);
    }

    static DateAnswer of(LocalDate date) {
        return date == null ? new DateAnswer("", "", "")
                : new DateAnswer(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                        String.valueOf(date.getYear()));
    }

    boolean isBlank() {
        return day.isEmpty() && month.isEmpty() && year.isEmpty();
    }

    /** The date; null when blank or not a real date. */
    LocalDate date() {
        if (isBlank() || problem("", null) != null) {
            return null;
        }
        return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    /**
     * What is wrong, as a message about {@code what} (e.g. "The date it happened"), or null when the date is blank or
     * real. Adds the boxes to highlight to {@code parts} when it is given.
     */
    String problem(String what, Set<String> parts) {
        if (isBlank()) {
            return null;
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            if (List.of(day, month, year).get(i).isEmpty()) {
                missing.add(ALL_PARTS.get(i));
            }
        }
        if (!missing.isEmpty()) {
            highlight(parts, missing);
            return what + " must include a " + String.join(" and ", missing);
        }
        if (!YEAR.matcher(year).matches()) {
            highlight(parts, List.of("year"));
            return what + " must include a year with 4 numbers";
        }
        if (DAY_OR_MONTH.matcher(day).matches() && DAY_OR_MONTH.matcher(month).matches()) {
            try {
                LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
                return null;
            } catch (DateTimeException e) {
                // falls through to "must be a real date"
            }
        }
        highlight(parts, ALL_PARTS);
        return what + " must be a real date";
    }

    private static void highlight(Set<String> parts, List<String> which) {
        if (parts != null) {
            parts.addAll(which);
        }
    }

    private static String tidy(String value) {
        return value == null ? "" : value.strip();
    }
}
