package org.councilfeedback.timescales;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * England and Wales bank holidays, read from a copy of GOV.UK's {@code bank-holidays.json}
 * (https://www.gov.uk/bank-holidays.json) bundled with the application.
 */
public final class BankHolidays {

    static final String BUNDLED = "/timescales/bank-holidays.json";

    private final Set<LocalDate> dates;

    private BankHolidays(Set<LocalDate> dates) {
        this.dates = Set.copyOf(dates);
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

    /** Parses GOV.UK's format, taking the {@code england-and-wales} division. */
    public static BankHolidays fromGovUkJson(InputStream json) {
        JsonNode events = JsonMapper.builder().build().readTree(json).path("england-and-wales").path("events");
        Set<LocalDate> dates = new TreeSet<>();
        for (JsonNode event : events) {
            dates.add(LocalDate.parse(event.path("date").asString()));
        }
        if (dates.isEmpty()) {
            throw new IllegalStateException("No England and Wales bank holidays found");
        }
        return new BankHolidays(dates);
    }

    public static BankHolidays of(Set<LocalDate> dates) {
        return new BankHolidays(dates);
    }

    public boolean isBankHoliday(LocalDate date) {
        return dates.contains(date);
    }
}
