package org.councilfeedback.timescales;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * England and Wales bank holidays, read from a copy of GOV.UK's {@code bank-holidays.json}
 * ({@value #GOV_UK_URL}) bundled with the application, and refreshable from the same address.
 */
public final class BankHolidays {

    /** Where GOV.UK publishes the bank holidays of the United Kingdom's three divisions. */
    public static final String GOV_UK_URL = "https://www.gov.uk/bank-holidays.json";

    static final String BUNDLED = "/timescales/bank-holidays.json";

    private final NavigableSet<LocalDate> dates;

    private BankHolidays(Set<LocalDate> dates) {
        if (dates.isEmpty()) {
            throw new IllegalArgumentException("A bank holiday calendar needs at least one date");
        }
        this.dates = new TreeSet<>(dates);
    }

    /** The bundled England and Wales calendar. */
    public static BankHolidays bundled() {
        try (InputStream in = BankHolidays.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("Bundled bank holidays missing: " + BUNDLED);
            }
            return fromGovUkJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses GOV.UK's format, taking the {@code england-and-wales} division.
     *
     * @throws IllegalArgumentException when the document is not GOV.UK's format or has no England and Wales dates
     */
    public static BankHolidays fromGovUkJson(InputStream json) {
        JsonNode events;
        try {
            events = JsonMapper.builder().build().readTree(json).path("england-and-wales").path("events");
        } catch (JacksonException e) {
            throw new IllegalArgumentException("Bank holidays are not valid JSON: " + e.getOriginalMessage(), e);
        }
        Set<LocalDate> dates = new TreeSet<>();
        if (!events.isArray()) {
            throw new IllegalArgumentException("Not GOV.UK's bank holidays format: no england-and-wales events");
        }
        for (JsonNode event : events) {
            JsonNode node = event.path("date");
            String date = node.isString() ? node.asString() : node.toString();
            try {
                dates.add(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Bank holiday date is not YYYY-MM-DD: '" + date + "'", e);
            }
        }
        if (dates.isEmpty()) {
            throw new IllegalArgumentException("No England and Wales bank holidays found");
        }
        return new BankHolidays(dates);
    }

    public static BankHolidays of(Set<LocalDate> dates) {
        return new BankHolidays(dates);
    }

    public boolean isBankHoliday(LocalDate date) {
        return dates.contains(date);
    }

    /** The earliest bank holiday known. */
    public LocalDate firstDate() {
        return dates.first();
    }

    /** The latest bank holiday known. */
    public LocalDate lastDate() {
        return dates.last();
    }

    /**
     * The last day this calendar can be trusted for: GOV.UK publishes whole years, so the end of the year of the
     * latest bank holiday. Past it, only weekends and closure days are known.
     */
    public LocalDate coveredUntil() {
        return LocalDate.of(lastDate().getYear(), 12, 31);
    }

    /**
     * These dates, with {@code older}'s dates from before this calendar's first year: a newer download that no longer
     * lists past years keeps them, while the years it does list are taken from it alone.
     */
    public BankHolidays withEarlierYearsFrom(BankHolidays older) {
        LocalDate firstYear = LocalDate.of(firstDate().getYear(), 1, 1);
        Set<LocalDate> merged = new TreeSet<>(older.dates.headSet(firstYear, false));
        merged.addAll(dates);
        return new BankHolidays(merged);
    }

    @Override
    public String toString() {
        return "BankHolidays[" + dates.size() + " dates, " + firstDate() + " to " + lastDate() + "]";
    }
}
