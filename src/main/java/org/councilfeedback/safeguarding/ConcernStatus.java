package org.councilfeedback.safeguarding;

/** Where a safeguarding concern is: raised and waiting for its referral, or referred with the outcome recorded. */
public enum ConcernStatus {
    OPEN, REFERRED
}
