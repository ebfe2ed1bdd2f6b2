package org.councilfeedback.complaints;

import java.time.LocalDate;
import org.councilfeedback.timescales.WorkingDayCalendar;

/** How a stage's response deadline runs: the four kinds the procedures use. */
sealed interface ResponseClock {

    /** The response deadline (and for a review panel its interim deadlines) for a stage with these facts. */
    ResponseDue due(Stage stage, LocalDate acknowledgeBy, WorkingDayCalendar calendar);

    /** The period, in words, for letters. */
    Timescale within();

    record ResponseDue(LocalDate dueBy, LocalDate panelBy, LocalDate reportBy) {
        static ResponseDue of(LocalDate dueBy) {
            return new ResponseDue(dueBy, null, null);
        }
    }

    /** From the day the stage opened (the corporate three-stage procedure, children's stages 1 and 2). */
    record FromOpening(Timescale within) implements ResponseClock {
        @Override
        public ResponseDue due(Stage stage, LocalDate acknowledgeBy, WorkingDayCalendar calendar) {
            return ResponseDue.of(within.after(stage.openedOn(), calendar));
        }
    }

    /**
     * From the acknowledgement (the Complaint Handling Code); until it is acknowledged, from the day it must be
     * acknowledged by, which is the latest the response can then be due.
     */
    record FromAcknowledgement(Timescale within) implements ResponseClock {
        @Override
        public ResponseDue due(Stage stage, LocalDate acknowledgeBy, WorkingDayCalendar calendar) {
            LocalDate start = stage.acknowledgedOn() != null ? stage.acknowledgedOn()
                    : acknowledgeBy != null ? acknowledgeBy : stage.openedOn();
            return ResponseDue.of(within.after(start, calendar));
        }
    }

    /** A date agreed with the complainant and recorded (adult social care); until then a default period. */
    record AgreedWithComplainant(Timescale within) implements ResponseClock {
        @Override
        public ResponseDue due(Stage stage, LocalDate acknowledgeBy, WorkingDayCalendar calendar) {
            return ResponseDue.of(stage.agreedResponseBy() != null ? stage.agreedResponseBy()
                    : within.after(stage.openedOn(), calendar));
        }
    }

    /**
     * A review panel (children's stage 3): the panel meets within a period of the request, reports within a period of
     * meeting, and the council responds within {@code within} of the report. Each step counts from when the one before
     * happened, or until then from when it was due.
     */
    record ReviewPanel(Timescale panelWithin, Timescale reportWithin, Timescale within) implements ResponseClock {
        @Override
        public ResponseDue due(Stage stage, LocalDate acknowledgeBy, WorkingDayCalendar calendar) {
            LocalDate panelBy = panelWithin.after(stage.openedOn(), calendar);
            LocalDate reportBy = reportWithin.after(stage.panelHeldOn() != null ? stage.panelHeldOn() : panelBy, calendar);
            LocalDate dueBy = within.after(stage.panelReportOn() != null ? stage.panelReportOn() : reportBy, calendar);
            return new ResponseDue(dueBy, panelBy, reportBy);
        }
    }
}
