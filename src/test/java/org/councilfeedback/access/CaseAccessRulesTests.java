package org.councilfeedback.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The confidentiality rules as a decision table: every role against every kind of case. */
class CaseAccessRulesTests {

    static final String VIEWER = "viewer";

    /** The kinds of case in the table, from the point of view of a member of staff called {@value #VIEWER}. */
    static CaseFacts kind(String kind) {
        return switch (kind) {
            case "UNCLASSIFIED" -> CaseFacts.unclassified();
            case "CORPORATE" -> CaseFacts.of(CaseProcess.CORPORATE);
            case "ADULT_SOCIAL_CARE" -> CaseFacts.of(CaseProcess.ADULT_SOCIAL_CARE);
            case "CHILDRENS_SOCIAL_CARE" -> CaseFacts.of(CaseProcess.CHILDRENS_SOCIAL_CARE);
            case "DATA_PROTECTION" -> CaseFacts.of(CaseProcess.DATA_PROTECTION);
            case "RESTRICTED_TO_OTHERS" -> CaseFacts.of(CaseProcess.CORPORATE).restrictedTo("someone.else");
            case "RESTRICTED_TO_VIEWER" -> CaseFacts.of(CaseProcess.CORPORATE).restrictedTo(VIEWER, "someone.else");
            case "SOCIAL_CARE_ASSIGNED_TO_VIEWER" -> CaseFacts.of(CaseProcess.ADULT_SOCIAL_CARE).assignedTo(VIEWER);
            case "DATA_PROTECTION_ASSIGNED_TO_VIEWER" -> CaseFacts.of(CaseProcess.DATA_PROTECTION).assignedTo(VIEWER);
            case "CORPORATE_ASSIGNED_TO_VIEWER" -> CaseFacts.of(CaseProcess.CORPORATE).assignedTo(VIEWER);
            case "ABOUT_THE_VIEWER" -> CaseFacts.of(CaseProcess.CORPORATE).about(VIEWER);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest(name = "{0} on a {1} case: {2}")
    @CsvSource(textBlock = """
            ADMIN,                   UNCLASSIFIED,                       NONE
            ADMIN,                   CORPORATE,                          NONE
            ADMIN,                   ADULT_SOCIAL_CARE,                  NONE
            ADMIN,                   CHILDRENS_SOCIAL_CARE,              NONE
            ADMIN,                   DATA_PROTECTION,                    NONE
            ADMIN,                   RESTRICTED_TO_OTHERS,               NONE
            ADMIN,                   RESTRICTED_TO_VIEWER,               NONE
            ADMIN,                   SOCIAL_CARE_ASSIGNED_TO_VIEWER,     NONE
            ADMIN,                   DATA_PROTECTION_ASSIGNED_TO_VIEWER, NONE
            ADMIN,                   CORPORATE_ASSIGNED_TO_VIEWER,       NONE
            ADMIN,                   ABOUT_THE_VIEWER,                   NONE
            CUSTOMER_SERVICES,       UNCLASSIFIED,                       FULL
            CUSTOMER_SERVICES,       CORPORATE,                          FULL
            CUSTOMER_SERVICES,       ADULT_SOCIAL_CARE,                  NONE
            CUSTOMER_SERVICES,       CHILDRENS_SOCIAL_CARE,              NONE
            CUSTOMER_SERVICES,       DATA_PROTECTION,                    NONE
            CUSTOMER_SERVICES,       RESTRICTED_TO_OTHERS,               NONE
            CUSTOMER_SERVICES,       RESTRICTED_TO_VIEWER,               FULL
            CUSTOMER_SERVICES,       SOCIAL_CARE_ASSIGNED_TO_VIEWER,     FULL
            CUSTOMER_SERVICES,       DATA_PROTECTION_ASSIGNED_TO_VIEWER, FULL
            CUSTOMER_SERVICES,       CORPORATE_ASSIGNED_TO_VIEWER,       FULL
            CUSTOMER_SERVICES,       ABOUT_THE_VIEWER,                   WITHOUT_PERSONAL_DATA
            COMPLAINTS_OFFICER,      UNCLASSIFIED,                       FULL
            COMPLAINTS_OFFICER,      CORPORATE,                          FULL
            COMPLAINTS_OFFICER,      ADULT_SOCIAL_CARE,                  NONE
            COMPLAINTS_OFFICER,      CHILDRENS_SOCIAL_CARE,              NONE
            COMPLAINTS_OFFICER,      DATA_PROTECTION,                    NONE
            COMPLAINTS_OFFICER,      RESTRICTED_TO_OTHERS,               NONE
            COMPLAINTS_OFFICER,      RESTRICTED_TO_VIEWER,               FULL
            COMPLAINTS_OFFICER,      SOCIAL_CARE_ASSIGNED_TO_VIEWER,     FULL
            COMPLAINTS_OFFICER,      DATA_PROTECTION_ASSIGNED_TO_VIEWER, FULL
            COMPLAINTS_OFFICER,      CORPORATE_ASSIGNED_TO_VIEWER,       FULL
            COMPLAINTS_OFFICER,      ABOUT_THE_VIEWER,                   WITHOUT_PERSONAL_DATA
            INVESTIGATING_OFFICER,   UNCLASSIFIED,                       NONE
            INVESTIGATING_OFFICER,   CORPORATE,                          NONE
            INVESTIGATING_OFFICER,   ADULT_SOCIAL_CARE,                  NONE
            INVESTIGATING_OFFICER,   CHILDRENS_SOCIAL_CARE,              NONE
            INVESTIGATING_OFFICER,   DATA_PROTECTION,                    NONE
            INVESTIGATING_OFFICER,   RESTRICTED_TO_OTHERS,               NONE
            INVESTIGATING_OFFICER,   RESTRICTED_TO_VIEWER,               FULL
            INVESTIGATING_OFFICER,   SOCIAL_CARE_ASSIGNED_TO_VIEWER,     FULL
            INVESTIGATING_OFFICER,   DATA_PROTECTION_ASSIGNED_TO_VIEWER, FULL
            INVESTIGATING_OFFICER,   CORPORATE_ASSIGNED_TO_VIEWER,       FULL
            INVESTIGATING_OFFICER,   ABOUT_THE_VIEWER,                   NONE
            SOCIAL_CARE_COMPLAINTS,  UNCLASSIFIED,                       FULL
            SOCIAL_CARE_COMPLAINTS,  CORPORATE,                          NONE
            SOCIAL_CARE_COMPLAINTS,  ADULT_SOCIAL_CARE,                  FULL
            SOCIAL_CARE_COMPLAINTS,  CHILDRENS_SOCIAL_CARE,              FULL
            SOCIAL_CARE_COMPLAINTS,  DATA_PROTECTION,                    NONE
            SOCIAL_CARE_COMPLAINTS,  RESTRICTED_TO_OTHERS,               NONE
            SOCIAL_CARE_COMPLAINTS,  RESTRICTED_TO_VIEWER,               FULL
            SOCIAL_CARE_COMPLAINTS,  SOCIAL_CARE_ASSIGNED_TO_VIEWER,     FULL
            SOCIAL_CARE_COMPLAINTS,  DATA_PROTECTION_ASSIGNED_TO_VIEWER, FULL
            SOCIAL_CARE_COMPLAINTS,  CORPORATE_ASSIGNED_TO_VIEWER,       FULL
            SOCIAL_CARE_COMPLAINTS,  ABOUT_THE_VIEWER,                   NONE
            DATA_PROTECTION_OFFICER, UNCLASSIFIED,                       FULL
            DATA_PROTECTION_OFFICER, CORPORATE,                          FULL
            DATA_PROTECTION_OFFICER, ADULT_SOCIAL_CARE,                  NONE
            DATA_PROTECTION_OFFICER, CHILDRENS_SOCIAL_CARE,              NONE
            DATA_PROTECTION_OFFICER, DATA_PROTECTION,                    FULL
            DATA_PROTECTION_OFFICER, RESTRICTED_TO_OTHERS,               NONE
            DATA_PROTECTION_OFFICER, RESTRICTED_TO_VIEWER,               FULL
            DATA_PROTECTION_OFFICER, SOCIAL_CARE_ASSIGNED_TO_VIEWER,     FULL
            DATA_PROTECTION_OFFICER, DATA_PROTECTION_ASSIGNED_TO_VIEWER, FULL
            DATA_PROTECTION_OFFICER, CORPORATE_ASSIGNED_TO_VIEWER,       FULL
            DATA_PROTECTION_OFFICER, ABOUT_THE_VIEWER,                   WITHOUT_PERSONAL_DATA
            DIRECTOR,                UNCLASSIFIED,                       NONE
            DIRECTOR,                CORPORATE,                          NONE
            DIRECTOR,                ADULT_SOCIAL_CARE,                  NONE
            DIRECTOR,                CHILDRENS_SOCIAL_CARE,              NONE
            DIRECTOR,                DATA_PROTECTION,                    NONE
            DIRECTOR,                RESTRICTED_TO_OTHERS,               NONE
            DIRECTOR,                RESTRICTED_TO_VIEWER,               FULL
            DIRECTOR,                SOCIAL_CARE_ASSIGNED_TO_VIEWER,     FULL
            DIRECTOR,                DATA_PROTECTION_ASSIGNED_TO_VIEWER, FULL
            DIRECTOR,                CORPORATE_ASSIGNED_TO_VIEWER,       FULL
            DIRECTOR,                ABOUT_THE_VIEWER,                   NONE
            REPORT_VIEWER,           UNCLASSIFIED,                       STATISTICS
            REPORT_VIEWER,           CORPORATE,                          STATISTICS
            REPORT_VIEWER,           ADULT_SOCIAL_CARE,                  STATISTICS
            REPORT_VIEWER,           CHILDRENS_SOCIAL_CARE,              STATISTICS
            REPORT_VIEWER,           DATA_PROTECTION,                    STATISTICS
            REPORT_VIEWER,           RESTRICTED_TO_OTHERS,               STATISTICS
            REPORT_VIEWER,           RESTRICTED_TO_VIEWER,               STATISTICS
            REPORT_VIEWER,           SOCIAL_CARE_ASSIGNED_TO_VIEWER,     STATISTICS
            REPORT_VIEWER,           DATA_PROTECTION_ASSIGNED_TO_VIEWER, STATISTICS
            REPORT_VIEWER,           CORPORATE_ASSIGNED_TO_VIEWER,       STATISTICS
            REPORT_VIEWER,           ABOUT_THE_VIEWER,                   STATISTICS
            """)
    void eachRoleSeesOnlyTheCasesItShould(Role role, String kind, CaseAccess expected) {
        assertThat(CaseVisibility.decide(CaseViewer.of(VIEWER, role), kind(kind))).isEqualTo(expected);
    }

    @Test
    void theTableCoversEveryRole() {
        assertThat(Role.values()).hasSize(8);
    }

    @Nested
    class SocialCareComplaints {

        @Test
        void areSeenOnlyByTheSocialCareTeamAndTheOfficersAssigned() {
            CaseFacts adultCare = CaseFacts.of(CaseProcess.ADULT_SOCIAL_CARE).assignedTo("investigator");
            assertThat(CaseVisibility.decide(CaseViewer.of("social.care", Role.SOCIAL_CARE_COMPLAINTS), adultCare))
                    .isEqualTo(CaseAccess.FULL);
            assertThat(CaseVisibility.decide(CaseViewer.of("investigator", Role.INVESTIGATING_OFFICER), adultCare))
                    .isEqualTo(CaseAccess.FULL);
            assertThat(CaseVisibility.decide(CaseViewer.of("other.investigator", Role.INVESTIGATING_OFFICER), adultCare))
                    .isEqualTo(CaseAccess.NONE);
            assertThat(CaseVisibility.decide(CaseViewer.of("complaints.officer", Role.COMPLAINTS_OFFICER), adultCare))
                    .isEqualTo(CaseAccess.NONE);
            assertThat(CaseVisibility.decide(CaseViewer.of("dpo", Role.DATA_PROTECTION_OFFICER), adultCare))
                    .isEqualTo(CaseAccess.NONE);
        }
    }

    @Nested
    class RestrictedCases {

        @Test
        void areSeenOnlyByNamedOfficersEvenIfTheirRoleOrAssignmentWouldOtherwiseShowThem() {
            CaseFacts restricted = CaseFacts.of(CaseProcess.ADULT_SOCIAL_CARE).assignedTo("investigator")
                    .restrictedTo("social.care.lead");
            assertThat(CaseVisibility.decide(CaseViewer.of("social.care", Role.SOCIAL_CARE_COMPLAINTS), restricted))
                    .isEqualTo(CaseAccess.NONE);
            assertThat(CaseVisibility.decide(CaseViewer.of("investigator", Role.INVESTIGATING_OFFICER), restricted))
                    .isEqualTo(CaseAccess.NONE);
            assertThat(CaseVisibility.decide(CaseViewer.of("social.care.lead", Role.SOCIAL_CARE_COMPLAINTS), restricted))
                    .isEqualTo(CaseAccess.FULL);
        }

        @Test
        void anAdministratorNamedOnARestrictionStillSeesNoCaseContent() {
            CaseFacts restricted = CaseFacts.of(CaseProcess.CORPORATE).restrictedTo("admin");
            assertThat(CaseVisibility.decide(CaseViewer.of("admin", Role.ADMIN), restricted)).isEqualTo(CaseAccess.NONE);
        }
    }

    @Nested
    class TheMemberOfStaffComplainedAbout {

        @Test
        void neverSeesTheComplainantsDetailsEvenWhenNamedOrAssigned() {
            CaseFacts named = CaseFacts.of(CaseProcess.CORPORATE).restrictedTo("chris").about("chris");
            CaseFacts assigned = CaseFacts.of(CaseProcess.ADULT_SOCIAL_CARE).assignedTo("chris").about("chris");
            CaseViewer chris = CaseViewer.of("chris", Role.COMPLAINTS_OFFICER, Role.SOCIAL_CARE_COMPLAINTS);
            assertThat(CaseVisibility.decide(chris, named)).isEqualTo(CaseAccess.WITHOUT_PERSONAL_DATA);
            assertThat(CaseVisibility.decide(chris, assigned)).isEqualTo(CaseAccess.WITHOUT_PERSONAL_DATA);
            assertThat(CaseVisibility.decide(chris, named).canSeePersonalData()).isFalse();
            assertThat(CaseVisibility.decide(chris, named).canSeeCase()).isTrue();
        }

        @Test
        void othersStillSeeEverything() {
            CaseFacts aboutChris = CaseFacts.of(CaseProcess.CORPORATE).about("chris");
            assertThat(CaseVisibility.decide(CaseViewer.of("complaints.officer", Role.COMPLAINTS_OFFICER), aboutChris))
                    .isEqualTo(CaseAccess.FULL);
        }
    }

    @Nested
    class CombinedRoles {

        @Test
        void anAdministratorAlsoGrantedACaseRoleSeesWhatThatRoleSees() {
            CaseViewer adminOfficer = CaseViewer.of("alex", Role.ADMIN, Role.COMPLAINTS_OFFICER);
            assertThat(CaseVisibility.decide(adminOfficer, CaseFacts.of(CaseProcess.CORPORATE))).isEqualTo(CaseAccess.FULL);
            assertThat(CaseVisibility.decide(adminOfficer, CaseFacts.of(CaseProcess.DATA_PROTECTION))).isEqualTo(CaseAccess.NONE);
        }

        @Test
        void theReportViewerRoleAddsNoPersonalDataToAnyone() {
            CaseViewer manager = CaseViewer.of("manager", Role.REPORT_VIEWER, Role.CUSTOMER_SERVICES);
            assertThat(CaseVisibility.decide(manager, CaseFacts.of(CaseProcess.CORPORATE))).isEqualTo(CaseAccess.FULL);
            assertThat(CaseVisibility.decide(manager, CaseFacts.of(CaseProcess.ADULT_SOCIAL_CARE)))
                    .isEqualTo(CaseAccess.STATISTICS);
        }

        @Test
        void someoneWithNoRoleOrNoNameSeesNothing() {
            assertThat(CaseVisibility.decide(new CaseViewer("nobody", Set.of()), CaseFacts.unclassified()))
                    .isEqualTo(CaseAccess.NONE);
            assertThat(CaseVisibility.decide(new CaseViewer(null, Set.of(Role.COMPLAINTS_OFFICER)), CaseFacts.unclassified()))
                    .isEqualTo(CaseAccess.NONE);
        }
    }

    @Test
    void withholdingPersonalDataBlanksTheComplainantsDetailsButKeepsTheCase() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reference", "FB-2026-000001");
        details.put("description", "What happened");
        details.put("contact", Map.of("name", "Sam Smith"));
        details.put("onBehalfOf", Map.of("name", "Pat Smith"));
        details.put("person", Map.of("id", 1));

        CaseVisibility.redact(details, CaseAccess.WITHOUT_PERSONAL_DATA);

        assertThat(details).containsEntry("reference", "FB-2026-000001").containsEntry("description", "What happened")
                .containsEntry("contact", null).containsEntry("onBehalfOf", null).containsEntry("person", null)
                .containsEntry("personalDataWithheld", true);
    }
}
