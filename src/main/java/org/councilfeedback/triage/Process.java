package org.councilfeedback.triage;

/** The complaint procedure a complaint follows when no exclusion applies. */
public enum Process {
    /** The council's own procedure, for every service that has no statutory one. */
    CORPORATE,
    /** The adult social care complaints regulations (2009): one stage with a response period agreed with the person. */
    ADULT_SOCIAL_CARE,
    /** The children's social care complaints regulations (2006): three statutory stages. */
    CHILDRENS_SOCIAL_CARE,
    /** Handled by the Data Protection Officer, then the Information Commissioner's Office. */
    DATA_PROTECTION
}
