package org.councilfeedback.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.councilfeedback.support.FeedbackFixtures.feedback;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.councilfeedback.correspondence.Correspondence;
import org.councilfeedback.correspondence.MessageKind;
import org.councilfeedback.correspondence.OutgoingMessage;
import org.councilfeedback.intake.Channel;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.intake.FeedbackIntake;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.TimelineEntry;
import org.councilfeedback.support.FeedbackFixtures;
import org.councilfeedback.support.PeopleAndPrivacyTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The Customer Handling Policy: decided by an authorised manager, told by letter, shown everywhere, reviewed. */
@PeopleAndPrivacyTest
class HandlingRestrictionsTests {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final String RESTRICTIONS = """
            {"reason": "Over 40 calls in March about the same closed complaint, with abusive language to staff.",
             "restrictions": [{"code": "SINGLE_POINT_OF_CONTACT", "detail": "Chris Officer"},
                              {"code": "LIMITED_CALLS", "detail": "one call a week, Tuesdays 10:00 to 11:00"},
                              {"code": "NO_VISITS_WITHOUT_APPOINTMENT"}]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    FeedbackIntake intake;

    @Autowired
    FeedbackRecords records;

    @Autowired
    People people;

    @Autowired
    HandlingRestrictions restrictions;

    @Autowired
    Correspondence correspondence;

    @Autowired
    UserDetailsService users;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    long personOf(String reference) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> people.personFor(reference), p -> p.isPresent())
                .orElseThrow().id();
    }

    ResultActions restrict(long personId, String username, String body) throws Exception {
        return mvc.perform(post("/api/v1/people/{id}/restrictions", personId).with(as(username))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    @Test
    void theManagerPlacesRestrictionsAndThePersonIsSentALetterWithEverythingThePolicyRequires() throws Exception {
        FeedbackFixtures pat = feedback();
        String reference = pat.recordWith(intake);
        long person = personOf(reference);
        LocalDate review = today().plusMonths(6);

        restrict(person, "complaints.officer", RESTRICTIONS)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.decidedBy").value("complaints.officer"))
                .andExpect(jsonPath("$.startsOn").value(today().toString()))
                .andExpect(jsonPath("$.reviewOn").value(review.toString()))
                .andExpect(jsonPath("$.restrictions[0].label").value("Single point of contact"))
                .andExpect(jsonPath("$.letter.method").value("LETTER"));

        OutgoingMessage letter = correspondence.printQueue().stream()
                .filter(m -> m.reference().equals(reference) && m.kind() == MessageKind.NOTICE).findFirst().orElseThrow();
        assertThat(letter.method()).isEqualTo(ContactMethod.LETTER);
        assertThat(letter.recipient()).startsWith(pat.name()).contains(pat.address().line1()).contains("CB7 4AA");
        assertThat(letter.body())
                .contains("Dear " + pat.name())
                .contains("Why we have made this decision: Over 40 calls in March")
                .contains("through Chris Officer, who will be your single point of contact")
                .contains("one call a week, Tuesdays 10:00 to 11:00")
                .contains("without an appointment")
                .contains("until we review them on " + review.format(DATE))
                .contains("Local Government and Social Care Ombudsman")
                .contains("0300 061 0614")
                .contains("https://www.lgo.org.uk")
                .contains("act at once on any concern that someone may be at risk of harm");
    }

    @Test
    void theBannerAppearsWhereverThePersonAppears() throws Exception {
        String reference = feedback().recordWith(intake);
        long person = personOf(reference);
        restrict(person, "complaints.officer", RESTRICTIONS).andExpect(status().isCreated());

        mvc.perform(get("/api/v1/feedback/{reference}", reference).with(as("customer.services")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.restrictions.active").value(true))
                .andExpect(jsonPath("$.restrictions.banner", Matchers.containsString("Customer Handling Policy applies")))
                .andExpect(jsonPath("$.restrictions.banner", Matchers.containsString("Single point of contact: Chris Officer")))
                .andExpect(jsonPath("$.restrictions.items[0].reason", Matchers.startsWith("Over 40 calls")));
        mvc.perform(get("/api/v1/people/{id}", person).with(as("customer.services")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.restrictions.banner", Matchers.containsString("Limited phone calls")))
                .andExpect(jsonPath("$.restrictionHistory.length()").value(1));
        assertThat(restrictions.activeFor(person)).singleElement()
                .satisfies(r -> assertThat(r.terms()).extracting(HandlingRestriction.Term::code)
                        .containsExactly("SINGLE_POINT_OF_CONTACT", "LIMITED_CALLS", "NO_VISITS_WITHOUT_APPOINTMENT"));
    }

    @Test
    void someoneWithOnlyAnEmailAddressIsToldByEmail() throws Exception {
        String reference = feedback().channel(Channel.EMAIL).address(null).preferred(ContactMethod.EMAIL).recordWith(intake);
        long person = personOf(reference);

        restrict(person, "complaints.officer", RESTRICTIONS)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.letter.method").value("EMAIL"));

        assertThat(correspondence.forReference(reference)).anySatisfy(message -> {
            assertThat(message.kind()).isEqualTo(MessageKind.NOTICE);
            assertThat(message.method()).isEqualTo(ContactMethod.EMAIL);
            assertThat(message.subject()).isEqualTo("Our decision about how we will handle your contact with us");
        });
    }

    @Test
    void onlyAnAuthorisedDecisionMakerMayRestrict() throws Exception {
        long person = personOf(feedback().recordWith(intake));

        restrict(person, "customer.services", RESTRICTIONS).andExpect(status().isForbidden());
        restrict(person, "dpo", RESTRICTIONS).andExpect(status().isForbidden());
        restrict(person, "manager", RESTRICTIONS).andExpect(status().isForbidden());
        assertThat(restrictions.activeFor(person)).isEmpty();
    }

    @Test
    void unknownKindsMissingDetailsAndBadDatesAreRefused() throws Exception {
        long person = personOf(feedback().recordWith(intake));

        restrict(person, "complaints.officer", """
                {"reason": "x", "restrictions": [{"code": "NO_EMAIL_EVER"}, {"code": "SINGLE_POINT_OF_CONTACT"}],
                 "startsOn": "%s", "reviewOn": "%s"}""".formatted(today(), today().minusDays(1)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("restrictions[0].code",
                        "restrictions[1].detail", "reviewOn")));
        restrict(person, "complaints.officer", "{\"restrictions\": [{\"code\": \"WRITTEN_CONTACT_ONLY\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        restrict(999_999_999L, "complaints.officer", RESTRICTIONS).andExpect(status().isNotFound());
        assertThat(restrictions.activeFor(person)).isEmpty();
    }

    @Test
    void aPersonAlreadyRestrictedIsReviewedNotRestrictedAgain() throws Exception {
        long person = personOf(feedback().recordWith(intake));
        restrict(person, "complaints.officer", RESTRICTIONS).andExpect(status().isCreated());

        restrict(person, "complaints.officer", RESTRICTIONS)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", Matchers.containsString("review them instead")));
    }

    @Test
    void newContactFromARestrictedPersonIsRecordedAndCheckedNeverBlocked() throws Exception {
        FeedbackFixtures pat = feedback();
        String first = pat.recordWith(intake);
        long person = personOf(first);
        restrict(person, "complaints.officer", RESTRICTIONS).andExpect(status().isCreated());

        String again = feedback().email(pat.email()).description("I am writing again about the same thing.").recordWith(intake);
        personOf(again);
        await().until(() -> !people.matchesFor(again).isEmpty());

        assertThat(timelineEvents(again)).contains("Possible match under handling restrictions");
        mvc.perform(get("/api/v1/feedback/{reference}/person-matches", again).with(as("complaints.officer")))
                .andExpect(jsonPath("$.items[0].candidate.underHandlingRestrictions").value(true));
        mvc.perform(post("/api/v1/feedback/{reference}/person-link", again).with(as("complaints.officer"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"personId\": " + person + ", \"decision\": \"CONFIRM\"}"))
                .andExpect(status().isOk());

        assertThat(records.timeline(records.find(again).orElseThrow())).extracting(TimelineEntry::detail)
                .contains(People.RESTRICTED_CONTACT_NOTE);
        mvc.perform(get("/api/v1/feedback/{reference}", again).with(as("customer.services")))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.restrictions.active").value(true));
    }

    @Test
    void reviewsAreRemindedOnceAndTheRestrictionsContinueOrEndOnlyByARecordedReview() throws Exception {
        String reference = feedback().recordWith(intake);
        long person = personOf(reference);
        LocalDate soon = today().plusDays(5);
        long id = restrictionId(restrict(person, "complaints.officer", """
                {"reason": "Repeated abusive emails.", "restrictions": [{"code": "WRITTEN_CONTACT_ONLY"}], "reviewOn": "%s"}"""
                .formatted(soon)).andExpect(status().isCreated()));

        restrictions.remindReviewsDue();
        restrictions.remindReviewsDue();

        List<OutgoingMessage> reminders = correspondence.forReference(reference).stream()
                .filter(m -> m.kind() == MessageKind.INTERNAL_ALERT).toList();
        assertThat(reminders).singleElement().satisfies(reminder -> {
            assertThat(reminder.recipient()).isEqualTo("complaints.officer@cambridgeshire.example");
            assertThat(reminder.subject()).contains("Review due " + soon.format(DATE));
        });

        LocalDate next = today().plusMonths(3);
        mvc.perform(post("/api/v1/people/{id}/restrictions/{restriction}/review", person, id).with(as("complaints.officer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"RENEW\", \"reason\": \"Abusive emails continued in May.\", \"nextReviewOn\": \"%s\"}"
                                .formatted(next)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.reviewOn").value(next.toString()))
                .andExpect(jsonPath("$.reviews[0].decision").value("RENEW"))
                .andExpect(jsonPath("$.reviews[0].decidedBy").value("complaints.officer"));
        assertThat(correspondence.printQueue()).anySatisfy(m -> {
            assertThat(m.reference()).isEqualTo(reference);
            assertThat(m.body()).contains("continue until we review them again on " + next.format(DATE))
                    .contains("Ombudsman");
        });

        mvc.perform(post("/api/v1/people/{id}/restrictions/{restriction}/review", person, id).with(as("customer.services"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"END\", \"reason\": \"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/people/{id}/restrictions/{restriction}/review", person, id).with(as("complaints.officer"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"END\", \"reason\": \"No contact of concern since June.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ENDED"))
                .andExpect(jsonPath("$.endedOn").value(today().toString()));
        assertThat(restrictions.activeFor(person)).isEmpty();
        mvc.perform(get("/api/v1/feedback/{reference}", reference).with(as("customer.services")))
                .andExpect(jsonPath("$.restrictions").doesNotExist());
        mvc.perform(post("/api/v1/people/{id}/restrictions/{restriction}/review", person, id).with(as("complaints.officer"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"END\", \"reason\": \"Again\"}"))
                .andExpect(status().isUnprocessableContent());
    }

    private List<String> timelineEvents(String reference) {
        return records.timeline(records.find(reference).orElseThrow()).stream().map(TimelineEntry::event).toList();
    }

    private static long restrictionId(ResultActions result) throws Exception {
        String body = result.andReturn().getResponse().getContentAsString();
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(body).get("id").asLong();
    }
}
