package org.councilfeedback.representations;

/** What the Director decided about a representation. */
public enum RepresentationDecision {
    /** The policy is appropriate and stays: the council's final decision on this representation at this time. */
    NO_CHANGE,
    /** Taken forward for further consideration; elected members decide whether to change the policy. */
    CHANGE_PROPOSED,
    /** The policy belongs to another organisation; the person is told who to contact. */
    OTHER_ORGANISATION
}
