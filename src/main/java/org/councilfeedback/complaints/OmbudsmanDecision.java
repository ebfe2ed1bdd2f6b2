package org.councilfeedback.complaints;

/** The Ombudsman's (or ICO's) decision on a complaint referred to them, in their own categories. */
public enum OmbudsmanDecision {
    UPHELD, NOT_UPHELD, CLOSED_AFTER_INITIAL_ENQUIRIES, REFERRED_BACK_FOR_LOCAL_RESOLUTION, ADVICE_GIVEN,
    INCOMPLETE_OR_INVALID
}
