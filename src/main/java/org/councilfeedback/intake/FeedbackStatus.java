package org.councilfeedback.intake;

/** Where a piece of feedback is in its handling. */
public enum FeedbackStatus {
    /** Received and stored; not yet classified by staff. */
    RECEIVED,
    /** Classified and being handled under its type's process. */
    IN_PROGRESS,
    /** Answered; waiting to see whether the person asks to escalate. */
    RESPONDED,
    /** Handled outside the complaints procedure (an exclusion) and signposted. */
    SIGNPOSTED,
    /** Finished. */
    CLOSED
}
