package org.councilfeedback.people;

/** Where a proposed match stands: staff confirm or reject it; nothing is merged without them. */
public enum MatchStatus {
    PROPOSED, CONFIRMED, REJECTED
}
