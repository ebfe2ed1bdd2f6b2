package org.councilfeedback.access;

/**
 * The complaints procedure a case follows, as far as who may see it is concerned. Mirrors the triage module's
 * {@code Process} by name, so that access stays independent of the modules that classify cases.
 */
public enum CaseProcess {
    CORPORATE, ADULT_SOCIAL_CARE, CHILDRENS_SOCIAL_CARE, DATA_PROTECTION;

    public boolean isSocialCare() {
        return this == ADULT_SOCIAL_CARE || this == CHILDRENS_SOCIAL_CARE;
    }

    /** The process with this name (e.g. {@code Process.name()}), or null for null. */
    public static CaseProcess fromName(String name) {
        return name == null ? null : valueOf(name);
    }
}
