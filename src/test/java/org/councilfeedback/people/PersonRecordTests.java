package org.councilfeedback.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.councilfeedback.support.FeedbackFixtures.feedback;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.councilfeedback.access.CaseVisibility;
import org.councilfeedback.intake.Channel;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.intake.FeedbackIntake;
import org.councilfeedback.support.FeedbackFixtures;
import org.councilfeedback.support.PeopleAndPrivacyTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What staff see and record about a person wherever they act: adjustments, representatives, contact preference. */
@PeopleAndPrivacyTest
class PersonRecordTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    FeedbackIntake intake;

    @Autowired
    People people;

    @Autowired
    ContactPreferenceRule contactRule;

    @Autowired
    CaseVisibility visibility;

    @Autowired
    UserDetailsService users;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    long personOf(String reference) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> people.personFor(reference), p -> p.isPresent())
                .orElseThrow().id();
    }

    @Test
    @WithUserDetails("customer.services")
    void reasonableAdjustmentsAreRecordedOnThePersonAndShownOnEveryCase() throws Exception {
        String reference = feedback().recordWith(intake);
        long person = personOf(reference);

        mvc.perform(put("/api/v1/people/{id}/adjustments", person).contentType(MediaType.APPLICATION_JSON).content("""
                        {"largePrint": true, "textRelay": true, "interpreter": true, "interpreterLanguage": "Polish",
                         "advocate": true, "advocateDetails": "Jo Bloggs, Age UK, 01234 000000",
                         "preferredTimes": "Mornings before 11", "other": "Step-free meeting room"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updatedBy").value("customer.services"))
                .andExpect(jsonPath("$.summary", Matchers.contains("Large print", "Text relay or Minicom",
                        "Interpreter: Polish", "Advocate: Jo Bloggs, Age UK, 01234 000000",
                        "Preferred times: Mornings before 11", "Other: Step-free meeting room")));

        mvc.perform(get("/api/v1/feedback/{reference}", reference))
                .andExpect(jsonPath("$.adjustments.interpreterLanguage").value("Polish"))
                .andExpect(jsonPath("$.adjustments.summary", Matchers.hasItem("Large print")))
                .andExpect(jsonPath("$.person.id").value(person));
        mvc.perform(get("/api/v1/people/{id}", person))
                .andExpect(jsonPath("$.adjustments.textRelay").value(true))
                .andExpect(jsonPath("$.feedback[0].reference").value(reference));
        assertThat(contactRule.forFeedback(reference, "response").largePrint()).isTrue();
    }

    @Test
    @WithUserDetails("customer.services")
    void anInterpreterNeedsALanguage() throws Exception {
        long person = personOf(feedback().recordWith(intake));

        mvc.perform(put("/api/v1/people/{id}/adjustments", person).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"interpreter\": true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("interpreterLanguage"));
        mvc.perform(put("/api/v1/people/{id}/adjustments", person).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"largePrint\": \"yes please\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theRepresentativesRelationshipAndConsentComeFromTheFeedbackAndCanBeUpdated() throws Exception {
        String reference = feedback().onBehalfOf("Pat Smith", "Parent", true).recordWith(intake);
        personOf(reference);

        mvc.perform(get("/api/v1/feedback/{reference}", reference).with(as("complaints.officer")))
                .andExpect(jsonPath("$.representative.representedName").value("Pat Smith"))
                .andExpect(jsonPath("$.representative.relationship").value("Parent"))
                .andExpect(jsonPath("$.representative.consentGiven").value(true))
                .andExpect(jsonPath("$.representative.consentRecordedBy").value("customer.services"));

        mvc.perform(put("/api/v1/feedback/{reference}/representative", reference).with(as("complaints.officer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"relationship\": \"Lasting power of attorney\", \"consentGiven\": true, \"consentEvidence\": \"LPA registration seen\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.representedName").value("Pat Smith"))
                .andExpect(jsonPath("$.relationship").value("Lasting power of attorney"))
                .andExpect(jsonPath("$.consentEvidence").value("LPA registration seen"))
                .andExpect(jsonPath("$.consentRecordedBy").value("complaints.officer"));
    }

    @Test
    void tellingThePersonRepresentedIsRecordedWithWhoWhenAndHow() throws Exception {
        String reference = feedback().onBehalfOf("Pat Smith", "Neighbour", null).recordWith(intake);
        personOf(reference);

        mvc.perform(post("/api/v1/feedback/{reference}/representative/informed", reference).with(as("complaints.officer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"how\": \"LETTER\", \"informedAt\": \"2026-03-02T09:00:00Z\", \"note\": \"Letter to Pat's home address\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.representedPersonInformed.by").value("complaints.officer"))
                .andExpect(jsonPath("$.representedPersonInformed.how").value("LETTER"))
                .andExpect(jsonPath("$.representedPersonInformed.at").value("2026-03-02T09:00:00Z"));
        mvc.perform(get("/api/v1/feedback/{reference}", reference).with(as("complaints.officer")))
                .andExpect(jsonPath("$.timeline[*].event", Matchers.hasItem("Person represented informed")));

        String ownBehalf = feedback().recordWith(intake);
        mvc.perform(post("/api/v1/feedback/{reference}/representative/informed", ownBehalf).with(as("complaints.officer"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"how\": \"PHONE\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/feedback/{reference}/representative/informed", reference).with(as("complaints.officer"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"how\": \"PIGEON\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aBouncedEmailSendsTheReplyByPostAndTheReasonShowsOnTheCase() throws Exception {
        FeedbackFixtures sam = feedback().channel(Channel.EMAIL).preferred(ContactMethod.EMAIL);
        String reference = sam.recordWith(intake);
        long person = personOf(reference);

        mvc.perform(post("/api/v1/people/{id}/bounces", person).with(as("customer.services"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"550 mailbox unavailable\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").value(sam.email()));

        ContactRoute route = contactRule.forFeedback(reference, "response");
        contactRule.forFeedback(reference, "response");

        assertThat(route.method()).isEqualTo(ContactMethod.LETTER);
        assertThat(route.explanation()).startsWith("You asked us to contact you by email, but our emails to " + sam.email());
        assertThat(contactRule.exceptionsFor(reference)).hasSize(1);
        mvc.perform(get("/api/v1/feedback/{reference}", reference).with(as("customer.services")))
                .andExpect(jsonPath("$.contactPreference.preferred").value("EMAIL"))
                .andExpect(jsonPath("$.contactPreference.using").value("LETTER"))
                .andExpect(jsonPath("$.contactPreference.reason", Matchers.containsString("could not be delivered")))
                .andExpect(jsonPath("$.contactPreference.toldThePerson", Matchers.containsString("writing to you by post")))
                .andExpect(jsonPath("$.timeline[*].event", Matchers.hasItem("Contact preference not possible")));
        mvc.perform(post("/api/v1/people/{id}/bounces", person).with(as("customer.services"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"email\": \"someone.else@example.org\"}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void peopleWhoseCasesYouCannotSeeAreNotFound() throws Exception {
        String reference = feedback().recordWith(intake);
        long person = personOf(reference);
        visibility.restrict(reference, true, java.util.List.of("social.care"), null, "Sensitive", "social.care", null);

        mvc.perform(get("/api/v1/people/{id}", person).with(as("customer.services"))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/people/{id}/adjustments", person).with(as("customer.services"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"largePrint\": true}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/people/{id}", person).with(as("social.care"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/people/{id}", person).with(as("manager"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/{id}", person).with(as("admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/people/999999999").with(as("customer.services"))).andExpect(status().isNotFound());
    }
}
