package org.councilfeedback.intake.web;

/** Who may use intake's staff pages, as {@code @PreAuthorize} expressions. */
final class StaffRoles {

    /** Case content (work queue, search, feedback pages): every case-handling role; not ADMIN or REPORT_VIEWER. */
    static final String CASE_READERS = "hasAnyRole('CUSTOMER_SERVICES','COMPLAINTS_OFFICER','INVESTIGATING_OFFICER',"
            + "'SOCIAL_CARE_COMPLAINTS','DATA_PROTECTION_OFFICER','DIRECTOR')";

    /** Recording feedback received on any channel: the case-handling roles except DIRECTOR. */
    static final String RECORDERS = "hasAnyRole('CUSTOMER_SERVICES','COMPLAINTS_OFFICER','INVESTIGATING_OFFICER',"
            + "'SOCIAL_CARE_COMPLAINTS','DATA_PROTECTION_OFFICER')";

    private StaffRoles() {
    }
}
