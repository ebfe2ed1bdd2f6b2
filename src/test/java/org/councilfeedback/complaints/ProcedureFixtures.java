package org.councilfeedback.complaints;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.councilfeedback.timescales.BankHolidays;
import org.councilfeedback.timescales.CoreHours;
import org.councilfeedback.timescales.WorkingDayCalendar;
import org.councilfeedback.triage.Process;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.ClassPathResource;

/** The demo council's procedures exactly as its profile configures them, and its working-day calendar. */
final class ProcedureFixtures {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static final ComplaintsSettings SETTINGS = settings();
    static final Procedures PROCEDURES = Procedures.from(SETTINGS, LONDON);
    static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(BankHolidays.bundled(), Set.of(),
            CoreHours.parse(Map.of("monday", "09:00-17:00", "tuesday", "09:00-17:00", "wednesday", "09:00-17:00",
                    "thursday", "09:00-17:00", "friday", "09:00-16:30")), LONDON);

    private ProcedureFixtures() {
    }

    private static ComplaintsSettings settings() {
        try {
            var sources = new MutablePropertySources();
            new YamlPropertySourceLoader().load("profile", new ClassPathResource("councils/cambridgeshire.yml"))
                    .forEach(sources::addLast);
            return new Binder(ConfigurationPropertySources.from(sources)).bind("complaints", ComplaintsSettings.class)
                    .get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LONDON).toInstant();
    }

    /** A new case under the version in force at {@code receivedAt}, its first stage opened on {@code openedOn}. */
    static ComplaintCase newCase(Process process, Instant receivedAt, LocalDate openedOn) {
        return ComplaintCase.open(1L, "FB-2026-000001", PROCEDURES.inForce(process, receivedAt), receivedAt, receivedAt,
                openedOn, "complaints.officer");
    }

    static ComplaintCase newCase(Process process, LocalDate openedOn) {
        return newCase(process, openedOn.atTime(10, 0).atZone(LONDON).toInstant(), openedOn);
    }

    static Stage.Response response(String by, Outcome outcome, LocalDate on) {
        return new Stage.Response(on, on.atTime(12, 0).atZone(LONDON).toInstant(), by, outcome, null, "Reasons", "Letter", null);
    }
}
