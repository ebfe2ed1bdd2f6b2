package org.councilfeedback.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One stage of a complaint as facts: when it opened and why, when it was acknowledged, who handles it, any agreed date
 * or extension, the review panel's dates, and the response. Deadlines are never stored here; {@link StageRules}
 * computes them from these facts.
 */
record Stage(
        Long id,
        int number,
        Instant openedAt,
        LocalDate openedOn,
        String openedBy,
        String escalationReason,
        LocalDate acknowledgedOn,
        String handler,
        String independentPerson,
        LocalDate agreedResponseBy,
        String agreementNote,
        LocalDate extendedTo,
        String extensionReason,
        LocalDate panelHeldOn,
        LocalDate panelReportOn,
        Response response) {

    static Stage opened(int number, Instant at, LocalDate on, String by, String escalationReason) {
        return new Stage(null, number, at, on, by, escalationReason, null, null, null, null, null, null, null, null,
                null, null);
    }

    boolean responded() {
        return response != null;
    }

    Stage withId(long newId) {
        return new Stage(newId, number, openedAt, openedOn, openedBy, escalationReason, acknowledgedOn, handler,
                independentPerson, agreedResponseBy, agreementNote, extendedTo, extensionReason, panelHeldOn,
                panelReportOn, response);
    }

    Stage acknowledged(LocalDate on) {
        return new Stage(id, number, openedAt, openedOn, openedBy, escalationReason, on, handler, independentPerson,
                agreedResponseBy, agreementNote, extendedTo, extensionReason, panelHeldOn, panelReportOn, response);
    }

    Stage assigned(String newHandler, String newIndependentPerson) {
        return new Stage(id, number, openedAt, openedOn, openedBy, escalationReason, acknowledgedOn, newHandler,
                newIndependentPerson, agreedResponseBy, agreementNote, extendedTo, extensionReason, panelHeldOn,
                panelReportOn, response);
    }

    Stage agreed(LocalDate respondBy, String note) {
        return new Stage(id, number, openedAt, openedOn, openedBy, escalationReason, acknowledgedOn, handler,
                independentPerson, respondBy, note, extendedTo, extensionReason, panelHeldOn, panelReportOn, response);
    }

    Stage extended(LocalDate to, String reason) {
        return new Stage(id, number, openedAt, openedOn, openedBy, escalationReason, acknowledgedOn, handler,
                independentPerson, agreedResponseBy, agreementNote, to, reason, panelHeldOn, panelReportOn, response);
    }

    Stage panelHeld(LocalDate on) {
        return new Stage(id, number, openedAt, openedOn, openedBy, escalationReason, acknowledgedOn, handler,
                independentPerson, agreedResponseBy, agreementNote, extendedTo, extensionReason, on, panelReportOn,
                response);
    }

    Stage panelReported(LocalDate on) {
        return new Stage(id, number, openedAt, openedOn, openedBy, escalationReason, acknowledgedOn, handler,
                independentPerson, agreedResponseBy, agreementNote, extendedTo, extensionReason, panelHeldOn, on,
                response);
    }

    Stage respondedWith(Response newResponse) {
        return new Stage(id, number, openedAt, openedOn, openedBy, escalationReason, acknowledgedOn, handler,
                independentPerson, agreedResponseBy, agreementNote, extendedTo, extensionReason, panelHeldOn,
                panelReportOn, newResponse);
    }

    /** The response at a stage: decision, reasons, remedies, the letter as sent and the actions promised. */
    record Response(LocalDate respondedOn, Instant respondedAt, String respondedBy, Outcome outcome,
            List<Remedy> remedies, String summary, String letterText, List<Action> actions) {

        Response {
            remedies = remedies == null ? List.of() : List.copyOf(remedies);
            actions = actions == null ? List.of() : List.copyOf(actions);
        }
    }

    /** Something we promised to do in a response, with its owner and due date; open until completed. */
    record Action(Long id, String description, String owner, LocalDate dueBy, LocalDate completedOn, String completedBy) {

        boolean open() {
            return completedOn == null;
        }
    }
}
