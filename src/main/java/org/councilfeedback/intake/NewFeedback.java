package org.councilfeedback.intake;

import java.time.Instant;
import java.time.LocalDate;

/** Feedback about to be stored, with everything derived at receipt. */
record NewFeedback(
        long id,
        String reference,
        FeedbackType type,
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
        ContactMethod replyMethod,
        OnBehalfOf onBehalfOf,
        Acknowledgement acknowledgement,
        Instant createdAt) {}
