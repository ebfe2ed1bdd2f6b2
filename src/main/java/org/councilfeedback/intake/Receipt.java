package org.councilfeedback.intake;

import java.time.Instant;

/** What the person (or the member of staff) is told once feedback is stored: the {@code 201} body. */
public record Receipt(
        String reference,
        FeedbackType type,
        FeedbackStatus status,
        Channel channel,
        Instant receivedAt,
        Acknowledgement acknowledgement) {}
