package org.councilfeedback.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** A reporting period of whole council days, from {@code from} to {@code to} inclusive. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public ReportPeriod {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("A period needs a start on or before its end");
        }
    }

    /** The council year (1 April to 31 March) that starts in April of {@code startYear}. */
    public static ReportPeriod councilYear(int startYear) {
        return new ReportPeriod(LocalDate.of(startYear, 4, 1), LocalDate.of(startYear + 1, 3, 31));
    }

    /** The council year that {@code day} falls in. */
    public static ReportPeriod councilYearOf(LocalDate day) {
        return councilYear(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1);
    }

    /** Number of days in the period. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The period of the same length that ends the day before this one starts. */
    public ReportPeriod previous() {
        return new ReportPeriod(from.minusDays(days()), from.minusDays(1));
    }

    /** The first instant of the period in the council's time zone. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period in the council's time zone. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** "1 April 2026 to 31 March 2027". */
    public String describe() {
        return WORDS.format(from) + " to " + WORDS.format(to);
    }
}
