package org.councilfeedback.representations;

/** What the council's elected members decided about a change the Director proposed. */
public enum MembersDecision {
    CHANGE_AGREED, CHANGE_NOT_AGREED
}
