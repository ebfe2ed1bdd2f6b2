package org.councilfeedback.triage;

/** Why the complaints procedure does not apply to a complaint. */
public enum Exclusion {
    SAFEGUARDING,
    SERVICE_REQUEST,
    INFORMATION_REQUEST,
    SCHOOL,
    PARTNER_DISAGREEMENT,
    LEGAL_ACTION,
    APPEAL,
    SCHOOL_ADMISSIONS_APPEAL,
    HIGHWAY_FIRST_REPORT,
    COUNCILLOR_CONDUCT,
    MP_CONDUCT,
    OUT_OF_TIME
}
