package org.councilfeedback.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.councilfeedback.support.FeedbackFixtures.feedback;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.councilfeedback.access.AuditEntry;
import org.councilfeedback.access.AuditTrail;
import org.councilfeedback.access.CaseAccess;
import org.councilfeedback.access.CaseProcess;
import org.councilfeedback.access.CaseViewer;
import org.councilfeedback.access.CaseVisibility;
import org.councilfeedback.access.Role;
import org.councilfeedback.intake.FeedbackIntake;
import org.councilfeedback.people.People;
import org.councilfeedback.support.CaseFactsStub;
import org.councilfeedback.support.PeopleAndPrivacyTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Case-level confidentiality and the audit of every view and change, through the API. */
@PeopleAndPrivacyTest
class CaseConfidentialityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    FeedbackIntake intake;

    @Autowired
    People people;

    @Autowired
    CaseVisibility visibility;

    @Autowired
    AuditTrail audit;

    @Autowired
    UserDetailsService users;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    String newCase() {
        String reference = feedback().recordWith(intake);
        await().atMost(Duration.ofSeconds(10)).until(() -> people.personFor(reference).isPresent());
        return reference;
    }

    ResultActions restrict(String reference, String username, String body) throws Exception {
        return mvc.perform(post("/api/v1/feedback/{reference}/restriction", reference).with(as(username))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void aRestrictedCaseIsVisibleOnlyToItsNamedOfficers() throws Exception {
        String reference = newCase();

        restrict(reference, "complaints.officer", """
                {"restricted": true, "namedOfficers": ["complaints.officer", "investigator"], "reason": "Complaint from a councillor's relative"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.restricted").value(true))
                .andExpect(jsonPath("$.namedOfficers", Matchers.contains("complaints.officer", "investigator")))
                .andExpect(jsonPath("$.setBy").value("complaints.officer"));

        mvc.perform(get("/api/v1/feedback/{reference}/person-matches", reference).with(as("investigator")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/feedback/{reference}/person-matches", reference).with(as("customer.services")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/feedback/{reference}/person-matches", reference).with(as("dpo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/feedback/{reference}/restriction", reference).with(as("social.care")))
                .andExpect(status().isNotFound());
        assertThat(audit.forReference(reference, 0, 100)).extracting(AuditEntry::action).contains("CASE_RESTRICTED");
    }

    @Test
    void theMemberOfStaffTheCaseIsAboutNeverSeesTheComplainantsDetails() throws Exception {
        String reference = newCase();

        restrict(reference, "dpo", """
                {"restricted": false, "subjectStaffUsername": "customer.services", "reason": "Complaint about rudeness at the counter"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subjectStaffUsername").value("customer.services"));

        CaseAccess access = visibility.accessTo(CaseViewer.of("customer.services", Role.CUSTOMER_SERVICES), reference);
        assertThat(access).isEqualTo(CaseAccess.WITHOUT_PERSONAL_DATA);
        mvc.perform(get("/api/v1/feedback/{reference}/person-matches", reference).with(as("customer.services")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/people/{id}", people.personFor(reference).orElseThrow().id()).with(as("customer.services")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/feedback/{reference}/person-matches", reference).with(as("complaints.officer")))
                .andExpect(status().isOk());
    }

    @Test
    void aListOfCasesLeavesOutAndRedactsWhatTheViewerMayNotSee() throws Exception {
        String restricted = newCase();
        String aboutTheViewer = newCase();
        String open = newCase();
        CaseFactsStub.classify(open, CaseProcess.CORPORATE, "investigator");
        restrict(restricted, "complaints.officer", """
                {"restricted": true, "namedOfficers": ["complaints.officer"], "reason": "Complaint from a councillor's relative"}""")
                .andExpect(status().isOk());
        restrict(aboutTheViewer, "dpo", """
                {"restricted": false, "subjectStaffUsername": "customer.services", "reason": "Complaint about rudeness"}""")
                .andExpect(status().isOk());
        CaseViewer viewer = CaseViewer.of("customer.services", Role.CUSTOMER_SERVICES);

        var access = visibility.accessTo(viewer, java.util.List.of(restricted, aboutTheViewer, open));

        assertThat(access).containsOnlyKeys(restricted, aboutTheViewer, open);
        assertThat(access.get(restricted)).isEqualTo(CaseAccess.NONE);
        assertThat(access.get(aboutTheViewer)).isEqualTo(CaseAccess.WITHOUT_PERSONAL_DATA);
        access.forEach((reference, decided) -> assertThat(decided).as(reference + ", decided alone")
                .isEqualTo(visibility.accessTo(viewer, reference)));
        assertThat(visibility.factsFor(java.util.List.of(open)).get(open).assignedOfficers()).containsExactly("investigator");
        mvc.perform(get("/api/v1/feedback").param("status", "RECEIVED").param("size", "100").with(as("customer.services")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].reference", Matchers.hasItems(aboutTheViewer, open)))
                .andExpect(jsonPath("$.items[*].reference", Matchers.not(Matchers.hasItem(restricted))));
    }

    @Test
    void socialCareCasesAreSeenByTheSocialCareTeamNotByComplaintsOfficers() throws Exception {
        String reference = newCase();
        CaseFactsStub.classify(reference, CaseProcess.CHILDRENS_SOCIAL_CARE);

        mvc.perform(get("/api/v1/feedback/{reference}/person-matches", reference).with(as("social.care")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/feedback/{reference}/person-matches", reference).with(as("complaints.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/feedback/{reference}/audit", reference).with(as("complaints.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/feedback/{reference}/audit", reference).with(as("dpo")))
                .andExpect(status().isOk());

        CaseFactsStub.classify(reference, CaseProcess.CHILDRENS_SOCIAL_CARE, "investigator");
        mvc.perform(get("/api/v1/feedback/{reference}/person-matches", reference).with(as("investigator")))
                .andExpect(status().isOk());
    }

    @Test
    void restrictionsBreakingTheRulesAreRefused() throws Exception {
        String reference = newCase();

        restrict(reference, "complaints.officer", "{\"restricted\": true, \"namedOfficers\": [], \"reason\": \"x\"}")
                .andExpect(status().isUnprocessableContent());
        restrict(reference, "complaints.officer", """
                {"restricted": true, "namedOfficers": ["complaints.officer"], "subjectStaffUsername": "complaints.officer", "reason": "x"}""")
                .andExpect(status().isUnprocessableContent());
        restrict(reference, "complaints.officer", "{\"restricted\": true, \"namedOfficers\": [\"nobody\", \"manager\"], \"reason\": \"x\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2));
        restrict(reference, "complaints.officer", "{\"restricted\": true}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        restrict(reference, "customer.services", "{\"restricted\": false, \"reason\": \"x\"}").andExpect(status().isForbidden());
        restrict("FB-2001-999996", "complaints.officer", "{\"restricted\": false, \"reason\": \"x\"}").andExpect(status().isNotFound());
        assertThat(visibility.restrictionOf(reference)).isEmpty();
    }

    @Test
    void theTrailStartsWithWhoRecordedTheFeedback() {
        String reference = newCase();

        await().atMost(Duration.ofSeconds(10)).until(() -> audit.forReference(reference, 0, 100).stream()
                .anyMatch(entry -> entry.action().equals("FEEDBACK_RECEIVED") && entry.actor().equals("customer.services")));
    }

    @Test
    void everyViewOfACaseIsAuditedWithWhoWhenAndFromWhere() throws Exception {
        String reference = newCase();

        mvc.perform(get("/api/v1/feedback/{reference}", reference).with(as("complaints.officer"))
                        .with(request -> {
                            request.setRemoteAddr("192.0.2.44");
                            return request;
                        }))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/feedback/{reference}/audit", reference).with(as("dpo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.action == 'VIEWED')].actor", Matchers.hasItem("complaints.officer")))
                .andExpect(jsonPath("$.items[?(@.action == 'VIEWED')].clientAddress", Matchers.hasItem("192.0.2.44")))
                .andExpect(jsonPath("$.items[?(@.action == 'VIEWED')].at").isNotEmpty())
                .andExpect(jsonPath("$.items[0].hash").isString());
        mvc.perform(get("/api/v1/feedback/{reference}/audit", reference).with(as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/feedback/{reference}/audit", reference).with(as("complaints.officer"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/feedback/{reference}/audit", reference).with(as("customer.services"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/feedback/{reference}/audit", reference).with(as("manager"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/feedback/{reference}/audit", reference).param("size", "0").with(as("dpo")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/feedback/FB-2001-999995/audit").with(as("dpo"))).andExpect(status().isNotFound());
    }

    @Test
    void aPersonsAuditTrailCoversThePersonAndTheirCases() throws Exception {
        String reference = newCase();
        long person = people.personFor(reference).orElseThrow().id();
        mvc.perform(get("/api/v1/people/{id}", person).with(as("customer.services"))).andExpect(status().isOk());

        mvc.perform(get("/api/v1/people/{id}/audit", person).with(as("dpo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].action", Matchers.hasItems("PERSON_CREATED", "PERSON_VIEWED")));
        mvc.perform(get("/api/v1/people/{id}/audit", person).with(as("complaints.officer"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/people/{id}/audit", person).with(as("investigator"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/999999999/audit").with(as("dpo"))).andExpect(status().isNotFound());
    }
}
