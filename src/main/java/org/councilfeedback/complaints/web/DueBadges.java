package org.councilfeedback.complaints.web;

import java.time.LocalDate;
import org.councilfeedback.timescales.WorkingDayCalendar;

/**
 * Where a complaint's deadline stands today, for the badges beside due dates: {@code OVERDUE}, {@code TODAY},
 * {@code SOON} (within the next few working days), {@code DONE}, or null when there is nothing to show.
 */
public final class DueBadges {

    static final int SOON_WORKING_DAYS = 3;

    private final LocalDate today;
    private final LocalDate soon;

    DueBadges(LocalDate today, WorkingDayCalendar calendar) {
        this.today = today;
        this.soon = calendar.addWorkingDays(today, SOON_WORKING_DAYS);
    }

    public String state(LocalDate dueBy, boolean done) {
        if (done) {
            return "DONE";
        }
        if (dueBy == null) {
            return null;
        }
        if (dueBy.isBefore(today)) {
            return "OVERDUE";
        }
        if (dueBy.isEqual(today)) {
            return "TODAY";
        }
        return dueBy.isAfter(soon) ? null : "SOON";
    }
}
