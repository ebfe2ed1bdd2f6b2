package org.councilfeedback.timescales;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/** Calendars as the demo council has them: the bundled bank holidays and Cambridgeshire's core hours. */
final class CalendarFixtures {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static final Map<String, String> CORE_HOURS = Map.of(
            "monday", "09:00-17:00",
            "tuesday", "09:00-17:00",
            "wednesday", "09:00-17:00",
            "thursday", "09:00-17:00",
            "friday", "09:00-16:30");

    private static final BankHolidays BUNDLED = BankHolidays.bundled();

    private CalendarFixtures() {
    }

    static WorkingDayCalendar demoCalendar() {
        return calendarWithClosureDays(Set.of());
    }

    static WorkingDayCalendar calendarWithClosureDays(Set<LocalDate> closureDays) {
        return new WorkingDayCalendar(BUNDLED, closureDays, CoreHours.parse(CORE_HOURS), LONDON);
    }
}
