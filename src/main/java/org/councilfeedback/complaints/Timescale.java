package org.councilfeedback.complaints;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilfeedback.timescales.WorkingDayCalendar;

/**
 * A period a procedure allows, as the profile writes it: {@code 10 working days}, {@code 30 days} or {@code 1 month}.
 * Calendar days and months that end on a day that is not a working day end on the next working day.
 */
sealed interface Timescale {

    Pattern FORMAT = Pattern.compile("^\\s*(\\d{1,3})\\s+(working days?|days?|months?)\\s*$");

    /** The last day of this period starting after {@code from}. */
    LocalDate after(LocalDate from, WorkingDayCalendar calendar);

    /** In words, for letters: "10 working days". */
    String describe();

    record WorkingDays(int days) implements Timescale {
        @Override
        public LocalDate after(LocalDate from, WorkingDayCalendar calendar) {
            return calendar.addWorkingDays(from, days);
        }

        @Override
        public String describe() {
            return days == 1 ? "1 working day" : days + " working days";
        }
    }

    record Days(int days) implements Timescale {
        @Override
        public LocalDate after(LocalDate from, WorkingDayCalendar calendar) {
            return calendar.onOrAfter(from.plusDays(days));
        }

        @Override
        public String describe() {
            return days == 1 ? "1 day" : days + " days";
        }
    }

    record Months(int months) implements Timescale {
        @Override
        public LocalDate after(LocalDate from, WorkingDayCalendar calendar) {
            return calendar.onOrAfter(from.plusMonths(months));
        }

        @Override
        public String describe() {
            return months == 1 ? "1 month" : months + " months";
        }
    }

    /** Reads the profile's words; null or blank is "none". */
    static Timescale parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher matcher = FORMAT.matcher(text.toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a timescale; write it like '10 working days', "
                    + "'30 days' or '1 month'");
        }
        int amount = Integer.parseInt(matcher.group(1));
        String unit = matcher.group(2);
        if (unit.startsWith("working")) {
            return new WorkingDays(amount);
        }
        return unit.startsWith("day") ? new Days(amount) : new Months(amount);
    }
}
