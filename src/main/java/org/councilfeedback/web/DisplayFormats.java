package org.councilfeedback.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Dates, times and codes as staff pages show them, in the council's time zone (the application clock's). Staff pages
 * have it as the model attribute {@code formats}: {@code ${formats.dateTime(x)}}.
 */
@Component
public class DisplayFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final ZoneId zone;

    DisplayFormats(Clock clock) {
        this.zone = clock.getZone();
    }

    /** {@code 25 November 2026}. */
    public String date(LocalDate date) {
        return date == null ? "" : date.format(DATE);
    }

    /** {@code 25 Nov 2026}, for tables. */
    public String shortDate(LocalDate date) {
        return date == null ? "" : date.format(SHORT_DATE);
    }

    /** {@code Wednesday 25 November 2026}. */
    public String longDate(LocalDate date) {
        return date == null ? "" : date.format(LONG_DATE);
    }

    /** {@code 25 November 2026 at 10:15}, in the council's time zone. */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(zone);
        return local.format(DATE) + " at " + local.format(TIME);
    }

    /** {@code 25 Nov 2026, 10:15}, for tables. */
    public String shortDateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        var local = instant.atZone(zone);
        return local.format(SHORT_DATE) + ", " + local.format(TIME);
    }

    /** The machine-readable value of a {@code <time datetime>} attribute. */
    public String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    /** {@code FACE_TO_FACE} as {@code Face to face}; anything else as it is. */
    public String words(Object code) {
        if (code == null) {
            return "";
        }
        String text = code instanceof Enum<?> e ? e.name() : code.toString();
        if (!text.matches("[A-Z][A-Z0-9_]*")) {
            return text;
        }
        String spaced = text.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    public ZoneId zone() {
        return zone;
    }
}
