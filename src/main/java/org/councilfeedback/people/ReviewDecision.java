package org.councilfeedback.people;

/** What a review of handling restrictions decided: they continue until a new review date, or they end. */
public enum ReviewDecision {
    RENEW, END
}
