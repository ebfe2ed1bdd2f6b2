package org.councilfeedback.correspondence.web;

/** Who may use the correspondence pages, as {@code @PreAuthorize} expressions. */
final class CorrespondenceRoles {

    /** Printing and posting letters, making calls: customer services, complaints, social care and data protection. */
    static final String SENDERS = "hasAnyRole('CUSTOMER_SERVICES','COMPLAINTS_OFFICER','SOCIAL_CARE_COMPLAINTS',"
            + "'DATA_PROTECTION_OFFICER')";

    /** Reading captured email: the roles that see case content. */
    static final String CASE_READERS = "hasAnyRole('CUSTOMER_SERVICES','COMPLAINTS_OFFICER','INVESTIGATING_OFFICER',"
            + "'SOCIAL_CARE_COMPLAINTS','DATA_PROTECTION_OFFICER','DIRECTOR')";

    private CorrespondenceRoles() {
    }
}
