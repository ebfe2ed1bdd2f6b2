package org.councilfeedback.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.councilfeedback.FeedbackTypesTestSupport;
import org.councilfeedback.correspondence.Correspondence;
import org.councilfeedback.correspondence.MessageKind;
import org.councilfeedback.correspondence.MessageStatus;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.intake.FeedbackType;
import org.councilfeedback.timescales.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

class SuggestionsApiTests extends FeedbackTypesTestSupport {

    @Autowired
    Suggestions suggestions;
    @Autowired
    SuggestionCounts counts;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    Correspondence correspondence;

    private String suggestionPassedOn(String serviceArea, String text, Person person) throws Exception {
        String reference = submit(FeedbackType.SUGGESTION, serviceArea, text, person);
        classify(reference, FeedbackType.SUGGESTION);
        await().atMost(WAIT).until(() -> suggestions.find(reference).map(Suggestion::passedOn).orElse(false));
        return reference;
    }

    private org.springframework.test.web.servlet.ResultActions decide(String reference, String decision, String explanation)
            throws Exception {
        return mvc.perform(post("/api/v1/feedback/{r}/suggestion-decision", reference).with(complaintsOfficer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(Map.of("decision", decision, "explanation", explanation))));
    }

    @Test
    void passesASuggestionToTheServiceAndTellsThePersonWeMadeChanges() throws Exception {
        String reference = suggestionPassedOn("libraries",
                "Could the library lend board games to families over the school holidays?",
                Person.byEmail("ideas@example.org"));

        String toService = awaitMail("libraries.manager@cambridgeshire.example", "A suggestion for Libraries");
        LocalDate dueBy = calendar.addWorkingDays(LocalDate.now(clock), 20);
        assertThat(toService).contains("board games").contains("within 20 working days")
                .contains(dueBy.format(Suggestions.DATE));
        mvc.perform(get("/api/v1/feedback/{r}", reference).with(complaintsOfficer()))
                .andExpect(jsonPath("$.suggestion.decisionDueBy").value(dueBy.toString()))
                .andExpect(jsonPath("$.suggestion.passedTo").value("libraries.manager@cambridgeshire.example"));

        decide(reference, "ADOPTED", "Board games can now be borrowed at Ely, March and St Neots libraries.")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision").value("ADOPTED"));

        String toPerson = awaitMail("ideas@example.org", "Your suggestion");
        assertThat(toPerson).contains("Dear Sam Smith").contains("we have made changes as a result")
                .contains("Board games can now be borrowed");
        mvc.perform(get("/api/v1/feedback/{r}", reference).with(complaintsOfficer()))
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.timeline[?(@.event == 'Person told of the suggestion decision')]").isNotEmpty());
    }

    @Test
    void tellsThePersonByLetterWhenTheyAskedForALetterAndAFinalDecisionCanFollowUnderConsideration() throws Exception {
        String reference = suggestionPassedOn("waste",
                "Put a reuse shop at Milton recycling centre so good furniture is not crushed.", Person.byLetter());

        decide(reference, "UNDER_CONSIDERATION", "We are looking at space at Milton for a reuse shop.")
                .andExpect(status().isOk());
        decide(reference, "NOT_ADOPTED", "There is no room on the site for a building.").andExpect(status().isOk());
        decide(reference, "ADOPTED", "Changed our minds.").andExpect(status().isUnprocessableContent());

        var letters = correspondence.forReference(reference).stream()
                .filter(m -> m.kind() == MessageKind.RESPONSE).toList();
        assertThat(letters).hasSize(2).allSatisfy(letter -> {
            assertThat(letter.method()).isEqualTo(ContactMethod.LETTER);
            assertThat(letter.status()).isEqualTo(MessageStatus.PRINT_QUEUED);
            assertThat(letter.recipient()).contains("CB7 4AA");
        });
        assertThat(letters.get(0).body()).contains("still considering it");
        assertThat(letters.get(1).body()).contains("we have not made any changes as a result")
                .contains("no room on the site");
    }

    @Test
    void remindsTheServiceOnceWhenTheDecisionIsDueAndOnceWhenItIsOverdue() throws Exception {
        String reference = suggestionPassedOn("parking",
                "Let blue badge holders renew online with a photo from their phone.", Person.byPhone());
        LocalDate dueBy = suggestions.find(reference).orElseThrow().decisionDueBy();
        String subject = "Reminder: decision on suggestion " + reference;

        suggestions.sendReminders(calendar.addWorkingDays(LocalDate.now(clock), 1));
        assertThat(mails("parking.manager@cambridgeshire.example", subject)).isEmpty();

        suggestions.sendReminders(dueBy);
        suggestions.sendReminders(dueBy);
        await().atMost(WAIT).until(() -> mails("parking.manager@cambridgeshire.example", subject).size() == 1);
        assertThat(text(mails("parking.manager@cambridgeshire.example", subject).get(0))).contains("is due by");

        LocalDate overdue = dueBy.plusDays(1);
        suggestions.sendReminders(overdue);
        suggestions.sendReminders(overdue.plusDays(7));
        await().atMost(WAIT).until(() -> mails("parking.manager@cambridgeshire.example", subject).size() == 2);
        assertThat(mails("parking.manager@cambridgeshire.example", subject))
                .anySatisfy(mail -> assertThat(text(mail)).contains("now overdue"));
        Thread.sleep(500);
        assertThat(mails("parking.manager@cambridgeshire.example", subject)).hasSize(2);
    }

    @Test
    void noReminderOnceTheServiceHasDecided() throws Exception {
        String reference = suggestionPassedOn("registration",
                "Offer Saturday appointments for registering births.", Person.byPhone());
        LocalDate dueBy = suggestions.find(reference).orElseThrow().decisionDueBy();
        decide(reference, "UNDER_CONSIDERATION", "We are reviewing staff rotas.").andExpect(status().isOk());

        suggestions.sendReminders(dueBy.plusDays(10));
        Thread.sleep(500);
        assertThat(mails("registration.manager@cambridgeshire.example", "Reminder: decision on suggestion " + reference))
                .isEmpty();
    }

    @Test
    void countsSuggestionsByOutcome() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long adoptedBefore = adopted(today);
        String reference = suggestionPassedOn("customer-services", "Add a webchat to the website.", Person.byPhone());
        decide(reference, "ADOPTED", "Webchat launched.").andExpect(status().isOk());

        assertThat(adopted(today)).isEqualTo(adoptedBefore + 1);
        assertThat(counts.byOutcome(today, today)).extracting(SuggestionCounts.OutcomeCount::outcome)
                .containsExactly("ADOPTED", "UNDER_CONSIDERATION", "NOT_ADOPTED", "PENDING");
    }

    private long adopted(LocalDate day) {
        return counts.byOutcome(day, day).stream().filter(c -> c.outcome().equals("ADOPTED")).findFirst().orElseThrow().count();
    }

    @Test
    void aSuggestionWithoutAServiceIsPassedOnOnceOneIsSet() throws Exception {
        String reference = submit(FeedbackType.SUGGESTION, null, "Plant more trees along the guided busway.",
                Person.byPhone());
        classify(reference, FeedbackType.SUGGESTION);
        await().atMost(WAIT).until(() -> records.timeline(records.find(reference).orElseThrow()).stream()
                .anyMatch(entry -> entry.event().equals("Suggestion waiting for a service")));

        mvc.perform(put("/api/v1/feedback/{r}/suggestion", reference).with(complaintsOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("serviceArea", "transport-passenger"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.passedTo").value("passenger.manager@cambridgeshire.example"));
        assertThat(awaitMail("passenger.manager@cambridgeshire.example", "A suggestion for Public transport"))
                .contains("guided busway");
    }

    @Test
    void refusesWhatCannotBeDoneWithProblems() throws Exception {
        String complaint = submit(FeedbackType.COMPLAINT, "highways", "The road has not been gritted.", Person.byPhone());
        String suggestion = submit(FeedbackType.SUGGESTION, "highways", "Grit cycle paths too.", Person.byPhone());

        decide("FB-2026-999998", "ADOPTED", "x").andExpect(status().isNotFound());
        decide(complaint, "ADOPTED", "x").andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/feedback/{r}/suggestion-decision", suggestion).with(customerServices())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(Map.of("decision", "ADOPTED", "explanation", "x"))))
                .andExpect(status().isForbidden());
        decide(suggestion, "MAYBE", "x").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decision"));
        decide(suggestion, "ADOPTED", " ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("explanation"));
        mvc.perform(post("/api/v1/feedback/{r}/suggestion-decision", suggestion).with(complaintsOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"ADOPTED\", \"explanation\": \"x\", \"colour\": \"red\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("colour"));
        mvc.perform(put("/api/v1/feedback/{r}/suggestion", suggestion).with(complaintsOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("serviceArea", "nowhere"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("serviceArea"));
        mvc.perform(put("/api/v1/feedback/{r}/suggestion", complaint).with(complaintsOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content(body(Map.of("serviceArea", "highways"))))
                .andExpect(status().isUnprocessableContent());
    }
}
