package org.councilfeedback.access;

/** Staff roles, as API.md names them. */
public enum Role {
    ADMIN,
    CUSTOMER_SERVICES,
    COMPLAINTS_OFFICER,
    INVESTIGATING_OFFICER,
    SOCIAL_CARE_COMPLAINTS,
    DATA_PROTECTION_OFFICER,
    DIRECTOR,
    REPORT_VIEWER;

    /** The Spring Security authority name, {@code ROLE_…}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
