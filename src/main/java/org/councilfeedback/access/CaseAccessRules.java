package org.councilfeedback.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * The confidentiality rules as one decision table (see docs/confidentiality.md):
 * <ul>
 * <li>social care complaints only to the social care complaints team and the officers assigned;</li>
 * <li>data protection complaints only to the Data Protection Officer and the officers assigned;</li>
 * <li>restricted cases only to the officers named on the restriction;</li>
 * <li>the member of staff a case is about never sees the complainant's details;</li>
 * <li>report viewers see statistics only, never personal data; administrators see no case content.</li>
 * </ul>
 */
final class CaseAccessRules {

    /** Roles that handle feedback; ADMIN and REPORT_VIEWER do not. */
    static final Set<Role> HANDLING_ROLES = EnumSet.of(Role.CUSTOMER_SERVICES, Role.COMPLAINTS_OFFICER,
            Role.INVESTIGATING_OFFICER, Role.SOCIAL_CARE_COMPLAINTS, Role.DATA_PROTECTION_OFFICER, Role.DIRECTOR);

    private CaseAccessRules() {
    }

    static CaseAccess decide(CaseViewer viewer, CaseFacts facts) {
        CaseAccess access = viewer.has(Role.REPORT_VIEWER) ? CaseAccess.STATISTICS : CaseAccess.NONE;
        boolean handler = viewer.roles().stream().anyMatch(HANDLING_ROLES::contains);
        if (handler && viewer.username() != null && seesCase(viewer, facts)) {
            access = CaseAccess.FULL;
        }
        if (access == CaseAccess.FULL && viewer.username().equals(facts.subjectStaffUsername())) {
            access = CaseAccess.WITHOUT_PERSONAL_DATA;
        }
        return access;
    }

    private static boolean seesCase(CaseViewer viewer, CaseFacts facts) {
        if (facts.restricted()) {
            return facts.namedOfficers().contains(viewer.username());
        }
        if (facts.assignedOfficers().contains(viewer.username())) {
            return true;
        }
        return roleSees(viewer.roles(), facts.process());
    }

    /** Who sees a case by role alone (without being assigned). */
    private static boolean roleSees(Set<Role> roles, CaseProcess process) {
        if (process == null) {
            // new, unclassified feedback and the types other than complaints: the people who record and triage it
            return roles.contains(Role.CUSTOMER_SERVICES) || roles.contains(Role.COMPLAINTS_OFFICER)
                    || roles.contains(Role.SOCIAL_CARE_COMPLAINTS) || roles.contains(Role.DATA_PROTECTION_OFFICER);
        }
        return switch (process) {
            case CORPORATE -> roles.contains(Role.CUSTOMER_SERVICES) || roles.contains(Role.COMPLAINTS_OFFICER)
                    || roles.contains(Role.DATA_PROTECTION_OFFICER);
            case ADULT_SOCIAL_CARE, CHILDRENS_SOCIAL_CARE -> roles.contains(Role.SOCIAL_CARE_COMPLAINTS);
            case DATA_PROTECTION -> roles.contains(Role.DATA_PROTECTION_OFFICER);
        };
    }
}
