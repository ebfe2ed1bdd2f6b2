package org.councilfeedback.intake;

import java.time.Instant;

/** Closed or signposted feedback not yet anonymised, with the time of its last timeline entry. */
public record ClosedFeedback(long id, String reference, FeedbackType type, FeedbackStatus status, Instant lastActivityAt) {}
