package org.councilfeedback.intake;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Published in the same transaction that stores new feedback (a transactional outbox). Carries what the
 * acknowledgement needs so that listeners do not read the feedback back.
 */
public record FeedbackReceived(
        String reference,
        FeedbackType type,
        Channel channel,
        Instant receivedAt,
        String serviceArea,
        AcknowledgementMethod acknowledgementMethod,
        LocalDate acknowledgeBy,
        boolean acknowledgedOnScreen,
        String contactName,
        String email,
        String phone,
        Address address) {}
