package org.councilfeedback.complaints;

import java.time.LocalDate;
import java.util.List;

/** What staff ask the complaint procedures to do; the API takes these as request bodies. */
public final class ComplaintCommands {

    private ComplaintCommands() {
    }

    /** {@code POST …/stages/current/assignment}. */
    public record Assignment(String handler, String independentPerson) {}

    /** {@code POST …/stages/current/extension}. */
    public record Extension(LocalDate extendedTo, String reason) {}

    /** {@code POST …/stages/current/response-period}: the date agreed with the complainant (adult social care). */
    public record ResponsePeriod(LocalDate respondBy, String note) {}

    /** {@code POST …/stages/current/review-panel}. */
    public record ReviewPanel(LocalDate heldOn) {}

    /** {@code POST …/stages/current/review-panel-report}. */
    public record ReviewPanelReport(LocalDate receivedOn) {}

    /** {@code POST …/stages/current/response}; {@code letterText} replaces the generated letter when given. */
    public record Response(Outcome outcome, List<Remedy> remedies, String summary, List<Action> actions, String letterText) {}

    /** An action promised in a response. */
    public record Action(String description, String owner, LocalDate dueBy) {}

    /** {@code POST …/escalation}. */
    public record Escalation(String reason) {}

    /** {@code POST} and {@code PUT …/ombudsman-referral}. */
    public record OmbudsmanReferral(OmbudsmanBody body, String reference, LocalDate enquiryOn, LocalDate decisionOn,
            OmbudsmanDecision decision, String remedy, LocalDate complianceDueBy) {}

    /** The generated response letter, to preview and edit. */
    public record ResponseDraft(String subject, String text) {}

    /** More information from the complainant, through their tracking link. */
    public record Information(String text) {}
}
