package org.councilfeedback.intake;

import java.time.Instant;
import java.time.LocalDate;

/** A line in a search result or work queue. {@code dueBy} is the next date something is due (the acknowledgement here). */
public record FeedbackSummary(
        String reference,
        FeedbackType type,
        FeedbackStatus status,
        Channel channel,
        Instant receivedAt,
        String serviceArea,
        String contactName,
        LocalDate dueBy,
        boolean acknowledged) {}
