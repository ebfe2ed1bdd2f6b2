package org.councilfeedback.representations;

/** What the Director decided when a group of similar representations reached the threshold. */
public enum ReconsiderationDecision {
    REINVESTIGATE, NO_REINVESTIGATION
}
