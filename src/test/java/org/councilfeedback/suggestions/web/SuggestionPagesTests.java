package org.councilfeedback.suggestions.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import org.councilfeedback.FeedbackTypesPageTestSupport;
import org.councilfeedback.intake.FeedbackType;
import org.councilfeedback.suggestions.Suggestion;
import org.councilfeedback.suggestions.SuggestionDecision;
import org.councilfeedback.suggestions.Suggestions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The suggestion panel of the case page, its two forms, and the queue of suggestions awaiting a decision. */
class SuggestionPagesTests extends FeedbackTypesPageTestSupport {

    @Autowired
    Suggestions suggestions;
    @Autowired
    JdbcClient jdbc;

    private String suggestion(String serviceArea, String text) throws Exception {
        return suggestion(serviceArea, text, "ideas.page@example.org");
    }

    private String suggestion(String serviceArea, String text, String email) throws Exception {
        String reference = submit(FeedbackType.SUGGESTION, serviceArea, text, Person.byEmail(email));
        classify(reference, FeedbackType.SUGGESTION);
        await().atMost(WAIT).until(() -> suggestions.find(reference)
                .map(s -> serviceArea == null || s.passedOn()).orElse(false));
        return reference;
    }

    @Test
    void showsEachRoleOnlyTheFormsItMayUse() throws Exception {
        String reference = suggestion(null, "Put a water fountain in the park by the library.");

        casePage(reference, complaintsOfficer()).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"suggestion-heading\">Suggestion</h2>"),
                        containsString("Not set yet"), containsString("Pass to the service"),
                        containsString("Record the decision and tell the person"))));
        casePage(reference, customerServices())
                .andExpect(content().string(allOf(containsString("Pass to the service"),
                        not(containsString("Record the decision and tell the person")))));
        // Directors and investigators see only the cases assigned to them: this one does not exist for them
        casePage(reference, director()).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("water fountain"))));
        casePage(reference, investigator()).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("water fountain"))));
    }

    @Test
    void setsTheServiceWhichPassesTheSuggestionOn() throws Exception {
        String reference = suggestion(null, "Libraries could lend telescopes for stargazing.");

        var posted = submitForm("/staff/feedback/" + reference + "/suggestion", customerServices(), "serviceArea", "libraries")
                .andExpect(redirectedUrl("/staff/feedback/" + reference))
                .andExpect(flash().attribute("successTitle", "Service set: Libraries, archives and culture"));
        follow(posted, customerServices())
                .andExpect(content().string(allOf(containsString("moj-alert--success"),
                        containsString("Passed to libraries.manager@cambridgeshire.example"),
                        containsString("Decision due by"))));
        assertThat(awaitMail("libraries.manager@cambridgeshire.example", "A suggestion for Libraries")).contains("telescopes");
    }

    @Test
    void showsTheFormsAgainWithWhatIsWrong() throws Exception {
        String reference = suggestion(null, "Sell compost from the recycling centres.");

        submitForm("/staff/feedback/" + reference + "/suggestion", customerServices(), "serviceArea", "")
                .andExpect(status().isOk())
                .andExpect(view().name(SuggestionPagesController.FORM_VIEW))
                .andExpect(content().string(allOf(containsString("There is a problem"),
                        containsString("href=\"#suggestionServiceArea\""),
                        containsString("Choose the service the suggestion is for"))));
        submitForm("/staff/feedback/" + reference + "/suggestion-decision", complaintsOfficer(),
                "decision", "MAYBE", "explanation", "  ")
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#suggestionDecision\""),
                        containsString("Select the service&#39;s decision"), containsString("href=\"#suggestionExplanation\""),
                        containsString("Explain the decision; the person will be told"))));
        assertThat(suggestions.find(reference).orElseThrow().decision()).isNull();
    }

    @Test
    void recordsTheDecisionAndTellsThePerson() throws Exception {
        String reference = suggestion("libraries", "Could libraries open later on Thursdays?",
                "late.reader@example.org");

        var posted = submitForm("/staff/feedback/" + reference + "/suggestion-decision", complaintsOfficer(),
                "decision", "ADOPTED", "explanation", "Ely library now opens until 8pm on Thursdays.")
                .andExpect(redirectedUrl("/staff/feedback/" + reference))
                .andExpect(flash().attribute("successTitle", "Decision recorded: Adopted"));
        follow(posted, complaintsOfficer())
                .andExpect(content().string(allOf(containsString("Decision recorded: Adopted"),
                        containsString("Ely library now opens until 8pm"),
                        not(containsString("Record the decision and tell the person")))));
        assertThat(awaitMail("late.reader@example.org", "Your suggestion")).contains("opens until 8pm");
        assertThat(suggestions.find(reference).orElseThrow().decision()).isEqualTo(SuggestionDecision.ADOPTED);
    }

    @Test
    void queuesSuggestionsAwaitingADecisionWithOverdueAndDueSoonBadges() throws Exception {
        String overdue = suggestion("highways", "Paint the <script>alert('x')</script> cycle lanes green.");
        String soon = suggestion("highways", "Plant wildflowers on the roundabouts.");
        String decided = suggestion("highways", "Put benches at bus stops.");
        jdbc.sql("update suggestion set decision_due_by = :due where reference = :reference")
                .param("due", LocalDate.now(clock).minusDays(3)).param("reference", overdue).update();
        jdbc.sql("update suggestion set decision_due_by = :due where reference = :reference")
                .param("due", suggestions.dueSoonBy(LocalDate.now(clock))).param("reference", soon).update();
        suggestions.decide(decided, SuggestionDecision.NOT_ADOPTED, "No budget.", "complaints.officer");

        page("/staff/suggestions", complaintsOfficer())
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Suggestions awaiting a decision</h1>"),
                        containsString(overdue), containsString(soon), not(containsString(decided + "<")),
                        containsString("moj-badge moj-badge--red\">Overdue"), containsString("Due soon</strong>"),
                        containsString("Paint the &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; cycle lanes"),
                        not(containsString("<script>alert")),
                        containsString("aria-current=\"page\">Suggestions</a>"))));
        page("/staff/suggestions", director()).andExpect(status().isOk());
        page("/staff/suggestions", customerServices()).andExpect(status().isForbidden());
        assertThat(suggestions.find(overdue).map(Suggestion::decision)).isEmpty();
    }
}
