package org.councilfeedback.compliments;

/** Who or what a compliment praises. */
public enum PraisedKind {
    EMPLOYEE, TEAM, SERVICE
}
