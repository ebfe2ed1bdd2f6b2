package org.councilfeedback.intake;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Feedback as given: the body of {@code POST /api/v1/feedback} and what the public form and staff recording collect.
 * Checked by {@link SubmissionRules}; text is kept exactly as given.
 */
public record FeedbackSubmission(
        FeedbackType type,
        Channel channel,
        Instant receivedAt,
        String serviceArea,
        String description,
        String desiredOutcome,
        LocalDate eventDate,
        Boolean anonymous,
        ContactDetails contact,
        OnBehalfOf onBehalfOf) {

    public FeedbackType typeOrDefault() {
        return type == null ? FeedbackType.NOT_SURE : type;
    }

    public Channel channelOrDefault() {
        return channel == null ? Channel.ONLINE : channel;
    }

    public boolean givenAnonymously() {
        return Boolean.TRUE.equals(anonymous);
    }

    /** The same submission as the public may send it: online, received now. */
    public FeedbackSubmission receivedOnlineAt(Instant now) {
        return new FeedbackSubmission(type, Channel.ONLINE, now, serviceArea, description, desiredOutcome, eventDate,
                anonymous, contact, onBehalfOf);
    }
}
