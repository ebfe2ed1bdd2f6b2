package org.councilfeedback.complaints;

import java.time.LocalDate;

/**
 * A stage's deadlines: acknowledge by, respond by (as the procedure sets it, and as extended), the latest date an
 * extension may reach, a review panel's interim deadlines, and after a response the last day to ask for the next stage.
 */
record StageDeadlines(
        LocalDate acknowledgeBy,
        LocalDate dueBy,
        LocalDate extendedTo,
        LocalDate latestExtension,
        LocalDate panelBy,
        LocalDate reportBy,
        LocalDate escalateBy) {

    /** The date the response is due now: the extended date when there is one. */
    LocalDate respondBy() {
        return extendedTo != null ? extendedTo : dueBy;
    }
}
