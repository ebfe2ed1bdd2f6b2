package org.councilfeedback.intake;

import java.time.Instant;

/**
 * Published when a piece of feedback's personal data and free text have been replaced with a marker (retention or
 * erasure), so that modules holding copies (outgoing messages, for example) can do the same.
 */
public record FeedbackAnonymised(String reference, Instant at) {}
