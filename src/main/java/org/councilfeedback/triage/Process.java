package org.councilfeedback.triage;

/** The complaints procedure a complaint follows. */
public enum Process {
    CORPORATE, ADULT_SOCIAL_CARE, CHILDRENS_SOCIAL_CARE, DATA_PROTECTION
}
