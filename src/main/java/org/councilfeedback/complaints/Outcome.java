package org.councilfeedback.complaints;

/** What we decided about a complaint at a stage. */
public enum Outcome {
    UPHELD, PARTLY_UPHELD, NOT_UPHELD, WITHDRAWN
}
