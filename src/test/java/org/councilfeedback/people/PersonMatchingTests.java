package org.councilfeedback.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.councilfeedback.support.FeedbackFixtures.feedback;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.councilfeedback.intake.Address;
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

/** People are built from feedback; matches are proposed to staff and only merged when confirmed. */
@PeopleAndPrivacyTest
class PersonMatchingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    FeedbackIntake intake;

    @Autowired
    People people;

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
    void everyPieceOfFeedbackWithContactDetailsGetsItsOwnPerson() {
        FeedbackFixtures sam = feedback();
        String reference = sam.recordWith(intake);

        Person person = people.find(personOf(reference)).orElseThrow();

        assertThat(person.name()).isEqualTo(sam.name());
        assertThat(person.email()).isEqualTo(sam.email());
        assertThat(people.referencesOf(person.id())).containsExactly(reference);
    }

    @Test
    void anonymousFeedbackHasNoPerson() throws Exception {
        String reference = feedback().anonymous().recordWith(intake);
        String other = feedback().recordWith(intake);
        personOf(other); // the listener has caught up

        assertThat(people.personFor(reference)).isEmpty();
    }

    @Test
    @WithUserDetails("complaints.officer")
    void sameEmailIsProposedAsAMatchButNotMerged() throws Exception {
        FeedbackFixtures first = feedback();
        String earlier = first.recordWith(intake);
        long known = personOf(earlier);
        String later = feedback().email(first.email().toUpperCase()).recordWith(intake);
        long newer = personOf(later);

        assertThat(newer).isNotEqualTo(known);
        mvc.perform(get("/api/v1/feedback/{reference}/person-matches", later))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personId").value(newer))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].status").value("PROPOSED"))
                .andExpect(jsonPath("$.items[0].reasons[0]").value("EMAIL"))
                .andExpect(jsonPath("$.items[0].candidate.id").value(known));
        assertThat(people.personFor(later).orElseThrow().id()).isEqualTo(newer);
        assertThat(people.referencesOf(known)).containsExactly(earlier);
    }

    @Test
    void phoneAndNameWithPostcodeAreMatchesToo() {
        FeedbackFixtures first = feedback();
        String earlier = first.recordWith(intake);
        long known = personOf(earlier);

        String byPhone = feedback().phone(first.phone().replaceFirst("^0", "+44 ")).recordWith(intake);
        String byNameAndPostcode = feedback().name(first.name().toLowerCase() + " ")
                .address(new Address("Flat 2", null, "Ely", "cb74aa")).recordWith(intake);
        personOf(byPhone);
        personOf(byNameAndPostcode);

        assertThat(people.matchesFor(byPhone)).singleElement().satisfies(match -> {
            assertThat(match.candidateId()).isEqualTo(known);
            assertThat(match.reasons()).containsExactly(MatchReason.PHONE);
        });
        assertThat(people.matchesFor(byNameAndPostcode)).anySatisfy(match -> {
            assertThat(match.candidateId()).isEqualTo(known);
            assertThat(match.reasons()).contains(MatchReason.NAME_AND_POSTCODE);
        });
    }

    @Test
    @WithUserDetails("complaints.officer")
    void confirmingAMatchMergesThePeopleAndTheirFeedback() throws Exception {
        FeedbackFixtures first = feedback();
        String earlier = first.recordWith(intake);
        long known = personOf(earlier);
        String later = feedback().email(first.email()).recordWith(intake);
        long newer = personOf(later);
        await().until(() -> !people.matchesFor(later).isEmpty());

        mvc.perform(post("/api/v1/feedback/{reference}/person-link", later).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\": " + known + ", \"decision\": \"CONFIRM\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.decidedBy").value("complaints.officer"))
                .andExpect(jsonPath("$.personId").value(known));

        assertThat(people.referencesOf(known)).containsExactlyInAnyOrder(earlier, later);
        assertThat(people.find(newer).orElseThrow().mergedInto()).isEqualTo(known);
        assertThat(people.find(newer).orElseThrow().email()).isNull();
        mvc.perform(get("/api/v1/people/{id}", known))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.feedback.length()").value(2))
                .andExpect(jsonPath("$.feedback[*].reference", Matchers.containsInAnyOrder(earlier, later)));
        mvc.perform(get("/api/v1/people/{id}", newer))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.mergedInto").value(known));
        mvc.perform(post("/api/v1/feedback/{reference}/person-link", later).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\": " + known + ", \"decision\": \"CONFIRM\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    @WithUserDetails("customer.services")
    void rejectingAMatchKeepsThePeopleApart() throws Exception {
        FeedbackFixtures first = feedback();
        String earlier = first.recordWith(intake);
        long known = personOf(earlier);
        String later = feedback().phone(first.phone()).recordWith(intake);
        long newer = personOf(later);
        await().until(() -> !people.matchesFor(later).isEmpty());

        mvc.perform(post("/api/v1/feedback/{reference}/person-link", later).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\": " + known + ", \"decision\": \"REJECT\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.personId").value(newer));

        assertThat(people.referencesOf(known)).containsExactly(earlier);
        assertThat(people.referencesOf(newer)).containsExactly(later);
    }

    @Test
    @WithUserDetails("complaints.officer")
    void aPersonWhoIsNotProposedCannotBeLinked() throws Exception {
        String reference = feedback().recordWith(intake);
        long someoneElse = personOf(feedback().recordWith(intake));
        personOf(reference);

        mvc.perform(post("/api/v1/feedback/{reference}/person-link", reference).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\": " + someoneElse + ", \"decision\": \"CONFIRM\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("not a proposed match")));
    }

    @Test
    void badInputUnknownReferencesAndWrongRolesAreProblems() throws Exception {
        String reference = feedback().recordWith(intake);
        personOf(reference);

        mvc.perform(post("/api/v1/feedback/{reference}/person-link", reference).with(as("complaints.officer"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"MAYBE\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/feedback/{reference}/person-link", reference).with(as("complaints.officer"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("personId", "decision")));
        mvc.perform(get("/api/v1/feedback/FB-2001-999999/person-matches").with(as("complaints.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/feedback/{reference}/person-matches", reference).with(as("manager")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/feedback/{reference}/person-matches", reference).with(as("admin")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/feedback/{reference}/person-matches", reference))
                .andExpect(status().isUnauthorized());
    }
}
