package org.councilfeedback.intake.web;

import java.time.Instant;
import java.time.LocalDate;
import org.councilfeedback.intake.Channel;
import org.councilfeedback.intake.FeedbackStatus;
import org.councilfeedback.intake.FeedbackSummary;
import org.councilfeedback.intake.FeedbackType;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.web.DueState;

/** A line of the work queue or of search results, with the service area's name and where its deadline stands. */
record QueueRow(String reference, FeedbackType type, FeedbackStatus status, Channel channel, Instant receivedAt,
        String contactName, String serviceArea, LocalDate dueBy, DueState due) {

    static QueueRow of(FeedbackSummary summary, CouncilProfile profile, LocalDate today) {
        return new QueueRow(summary.reference(), summary.type(), summary.status(), summary.channel(),
                summary.receivedAt(), summary.contactName(),
                summary.serviceArea() == null ? null : profile.serviceAreaName(summary.serviceArea()),
                summary.dueBy(), DueState.of(summary.dueBy(), summary.acknowledged(), today));
    }
}
