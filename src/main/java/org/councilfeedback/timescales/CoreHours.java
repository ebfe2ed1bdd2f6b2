package org.councilfeedback.timescales;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** The council's core hours per weekday, for example Mon–Thu 09:00–17:00, Fri 09:00–16:30. */
public final class CoreHours {

    private record Window(LocalTime opens, LocalTime closes) {}

    private final Map<DayOfWeek, Window> windows;

    private CoreHours(Map<DayOfWeek, Window> windows) {
        this.windows = windows;
    }

    /** From the profile's map of day name to {@code "HH:mm-HH:mm"}. Days not named have no core hours. */
    public static CoreHours parse(Map<String, String> byDay) {
        Map<DayOfWeek, Window> windows = new EnumMap<>(DayOfWeek.class);
        byDay.forEach((day, range) -> {
            String[] parts = range.trim().split("\\s*-\\s*");
            if (parts.length != 2) {
                throw new IllegalArgumentException("Core hours for " + day + " must look like 09:00-17:00, not " + range);
            }
            Window window;
            try {
                window = new Window(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Core hours for " + day + " must look like 09:00-17:00, not " + range, e);
            }
            if (!window.opens().isBefore(window.closes())) {
                throw new IllegalArgumentException("Core hours for " + day + " close before they open: " + range);
            }
            windows.put(dayOfWeek(day), window);
        });
        return new CoreHours(windows);
    }

    private static DayOfWeek dayOfWeek(String day) {
        try {
            return DayOfWeek.valueOf(day.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Core hours are for a day of the week (monday to sunday), not " + day, e);
        }
    }

    /** True when the time falls within the day's core hours (opening inclusive, closing exclusive). */
    public boolean contains(DayOfWeek day, LocalTime time) {
        Window window = windows.get(day);
        return window != null && !time.isBefore(window.opens()) && time.isBefore(window.closes());
    }

    /** Human-readable, e.g. "Monday 09:00 to 17:00". */
    public String describe(DayOfWeek day) {
        Window window = windows.get(day);
        return window == null ? "closed" : window.opens() + " to " + window.closes();
    }
}
