package org.councilfeedback.web;

import java.time.LocalDate;

/** Where a deadline stands on a given day, for the badges staff pages show beside due dates. */
public enum DueState {
    /** Not done, and the due date has passed. */
    OVERDUE,
    /** Not done, due today. */
    TODAY,
    /** Not done, due later. */
    LATER,
    /** Done. */
    DONE,
    /** Nothing to do. */
    NONE;

    public static DueState of(LocalDate dueBy, boolean done, LocalDate today) {
        if (done) {
            return DONE;
        }
        if (dueBy == null) {
            return NONE;
        }
        return dueBy.isBefore(today) ? OVERDUE : dueBy.isEqual(today) ? TODAY : LATER;
    }
}
