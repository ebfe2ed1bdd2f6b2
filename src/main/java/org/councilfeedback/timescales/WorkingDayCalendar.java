package org.councilfeedback.timescales;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * UK working days for the council: not a Saturday or Sunday, not an England and Wales bank holiday and not one of the
 * council's closure days. Feedback received outside core hours or on a non-working day starts its clock on the next
 * working day.
 */
public final class WorkingDayCalendar {

    /** The largest number of working days one call may add (about 19 months). */
    public static final int MAX_WORKING_DAYS = 400;

    private final BankHolidays bankHolidays;
    private final Set<LocalDate> closureDays;
    private final CoreHours coreHours;
    private final ZoneId zone;

    public WorkingDayCalendar(BankHolidays bankHolidays, Set<LocalDate> closureDays, CoreHours coreHours, ZoneId zone) {
        this.bankHolidays = bankHolidays;
        this.closureDays = Set.copyOf(closureDays);
        this.coreHours = coreHours;
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY
                && !bankHolidays.isBankHoliday(date) && !closureDays.contains(date);
    }

    /** {@code from} itself when it is a working day, otherwise the next working day. */
    public LocalDate onOrAfter(LocalDate from) {
        return addWorkingDays(from, 0);
    }

    /**
     * The date {@code workingDays} working days after {@code from}; with 0, {@code from} itself when it is a working
     * day, otherwise the next working day.
     */
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("Working days must be between 0 and " + MAX_WORKING_DAYS);
        }
        LocalDate date = from;
        if (workingDays == 0) {
            while (!isWorkingDay(date)) {
                date = date.plusDays(1);
            }
            return date;
        }
        int remaining = workingDays;
        while (remaining > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                remaining--;
            }
        }
        return date;
    }

    /** The number of working days after {@code from} up to and including {@code to} (0 when {@code to} is not after). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The day the clock starts for something received at {@code receivedAt}: that day when it is a working day and
     * the time is within core hours, otherwise the next working day.
     */
    public LocalDate clockStart(Instant receivedAt) {
        ZonedDateTime local = receivedAt.atZone(zone);
        LocalDate day = local.toLocalDate();
        if (isWorkingDay(day) && coreHours.contains(day.getDayOfWeek(), local.toLocalTime())) {
            return day;
        }
        return addWorkingDays(day, 1);
    }

    /** {@code workingDays} working days after the clock starts for something received at {@code receivedAt}. */
    public LocalDate dueBy(Instant receivedAt, int workingDays) {
        return addWorkingDays(clockStart(receivedAt), workingDays);
    }
}
