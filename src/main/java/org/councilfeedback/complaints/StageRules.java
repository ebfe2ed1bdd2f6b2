package org.councilfeedback.complaints;

import java.time.LocalDate;
import org.councilfeedback.timescales.WorkingDayCalendar;

/**
 * What a procedure version says about one of its stages: its name, whether and when it must be acknowledged, how the
 * response deadline runs, how far it may be extended, how long the complainant has to ask for the next stage, and
 * who may handle it.
 */
record StageRules(
        int number,
        String name,
        Timescale acknowledgeWithin,
        ResponseClock clock,
        Timescale extendByUpTo,
        Timescale escalateWithin,
        boolean differentHandler,
        boolean independentPerson) {

    /** Every deadline of {@code stage}, computed afresh from its facts and the calendar. */
    StageDeadlines deadlines(Stage stage, WorkingDayCalendar calendar) {
        LocalDate acknowledgeBy = acknowledgeWithin == null ? null : acknowledgeWithin.after(stage.openedOn(), calendar);
        ResponseClock.ResponseDue due = clock.due(stage, acknowledgeBy, calendar);
        LocalDate latestExtension = extendByUpTo == null ? null : extendByUpTo.after(due.dueBy(), calendar);
        LocalDate escalateBy = stage.responded() && escalateWithin != null
                ? escalateWithin.after(stage.response().respondedOn(), calendar) : null;
        return new StageDeadlines(acknowledgeBy, due.dueBy(), stage.extendedTo(), latestExtension, due.panelBy(),
                due.reportBy(), escalateBy);
    }

    boolean needsAcknowledgement() {
        return acknowledgeWithin != null;
    }

    boolean responseAgreedWithComplainant() {
        return clock instanceof ResponseClock.AgreedWithComplainant;
    }

    boolean reviewPanel() {
        return clock instanceof ResponseClock.ReviewPanel;
    }
}
