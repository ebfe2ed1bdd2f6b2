package org.councilfeedback.triage;

/** Why the complaints procedure does not apply to a complaint, in the words of the council's feedback policy. */
public enum Exclusion {
    /** A safeguarding concern: referred at once to the safeguarding team. */
    SAFEGUARDING,
    /** A request for a service. */
    SERVICE_REQUEST,
    /** A request for information or clarification of policy or procedures. */
    INFORMATION_REQUEST,
    /** An issue about an individual school, which goes to the school itself. */
    SCHOOL,
    /** A professional disagreement raised by a partner organisation. */
    PARTNER_DISAGREEMENT,
    /** Legal action, a compensation claim or judicial review. */
    LEGAL_ACTION,
    /** An appeal against a decision that has its own appeal route. */
    APPEAL,
    /** A school admissions appeal. */
    SCHOOL_ADMISSIONS_APPEAL,
    /** A highway issue reported for the first time. */
    HIGHWAY_FIRST_REPORT,
    /** A complaint about a County Councillor, for the Monitoring Officer. */
    COUNCILLOR_CONDUCT,
    /** A complaint about a Member of Parliament. */
    MP_CONDUCT,
    /** About something more than 12 months ago, and not accepted late. */
    OUT_OF_TIME
}
