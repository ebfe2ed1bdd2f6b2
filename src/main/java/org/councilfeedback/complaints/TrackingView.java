package org.councilfeedback.complaints;

import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;
import org.councilfeedback.intake.FeedbackStatus;

/**
 * What a complainant sees through their tracking link: where their complaint is and what they can do next. Never the
 * names of staff, internal notes or anything another person said.
 */
public record TrackingView(
        String reference,
        FeedbackStatus status,
        String statusText,
        String procedureName,
        List<StageView> stages,
        boolean canEscalate,
        LocalDate escalateBy,
        String nextStageName,
        String escalationUnavailableReason,
        Contact afterProcedure,
        List<Information> informationSent) {

    public record StageView(int number, String name, LocalDate openedOn, LocalDate acknowledgedOn, LocalDate dueBy,
            boolean extended, LocalDate respondedOn, Outcome outcome) {}

    public record Contact(String name, String address, String phone, String website) {}

    public record Information(OffsetDateTime at, String text) {}

    public StageView currentStage() {
        return stages.get(stages.size() - 1);
    }
}
