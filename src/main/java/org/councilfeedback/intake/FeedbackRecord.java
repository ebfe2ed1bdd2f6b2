package org.councilfeedback.intake;

import java.time.Instant;
import java.time.LocalDate;

/** A stored piece of feedback, as staff see it. */
public record FeedbackRecord(
        long id,
        String reference,
        FeedbackType type,
        FeedbackType chosenType,
        FeedbackStatus status,
        Channel channel,
        Instant receivedAt,
        LocalDate clockStart,
        String recordedBy,
        String serviceArea,
        String description,
        String desiredOutcome,
        LocalDate eventDate,
        boolean anonymous,
        ContactDetails contact,
        OnBehalfOf onBehalfOf,
        Acknowledgement acknowledgement) {}
