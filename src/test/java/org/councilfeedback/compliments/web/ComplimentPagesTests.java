package org.councilfeedback.compliments.web;

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

import org.councilfeedback.FeedbackTypesPageTestSupport;
import org.councilfeedback.compliments.Compliments;
import org.councilfeedback.intake.FeedbackType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The compliment panel of the case page, its form, and the compliments page. */
class ComplimentPagesTests extends FeedbackTypesPageTestSupport {

    @Autowired
    Compliments compliments;

    private String compliment(String text) throws Exception {
        String reference = submit(FeedbackType.COMPLIMENT, "highways", text, Person.byEmail("thanks@example.org"));
        await().atMost(WAIT).until(() -> compliments.find(reference).isPresent());
        return reference;
    }

    @Test
    void showsThePanelWithTheFormToCustomerServicesAndWithoutItToOtherRoles() throws Exception {
        String reference = compliment("Thank you to the gritting crew who came out at 3am.");

        casePage(reference, customerServices())
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"compliment-heading\">Compliment</h2>"),
                        containsString("Not recorded yet"), containsString("Record and pass on"),
                        containsString("action=\"/staff/feedback/" + reference + "/compliment\""),
                        containsString("name=\"_csrf\""), not(containsString("Compliment</h3>")))));
        casePage(reference, as("social.care", "SOCIAL_CARE_COMPLAINTS"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"compliment-heading\">Compliment</h2>"),
                        not(containsString("Record and pass on")))));
    }

    @Test
    void recordsWhoIsPraisedPassesItOnAndShowsABanner() throws Exception {
        String reference = compliment("Jess on the phones sorted out my blue badge renewal in ten minutes.");

        var posted = submitForm("/staff/feedback/" + reference + "/compliment", customerServices(),
                "kind", "EMPLOYEE", "name", "Jess Phones", "email", "jess.phones@cambridgeshire.example",
                "serviceArea", "")
                .andExpect(redirectedUrl("/staff/feedback/" + reference))
                .andExpect(flash().attribute("successTitle", "Compliment passed on"));
        follow(posted, customerServices())
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("moj-alert--success"),
                        containsString("Compliment passed on"), containsString("Jess Phones (jess.phones@cambridgeshire.example)"),
                        containsString("govuk-tag--green\">Passed on"), not(containsString("Record and pass on")))));

        assertThat(awaitMail("jess.phones@cambridgeshire.example", "A compliment for Jess Phones"))
                .contains("blue badge renewal");
    }

    @Test
    void showsTheFormAgainWithWhatIsWrong() throws Exception {
        String reference = compliment("The library van driver always has a smile.");

        submitForm("/staff/feedback/" + reference + "/compliment", customerServices(), "name", "Someone")
                .andExpect(status().isOk())
                .andExpect(view().name(ComplimentPagesController.FORM_VIEW))
                .andExpect(content().string(allOf(containsString("<title>Error: Who or what is praised"),
                        containsString("There is a problem"), containsString("href=\"#praisedKind\""),
                        containsString("Select who or what is praised"), containsString("value=\"Someone\""))));

        submitForm("/staff/feedback/" + reference + "/compliment", customerServices(),
                "kind", "EMPLOYEE", "name", "<script>alert(1)</script>", "email", "not-an-email")
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"#praisedEmail\""),
                        containsString("Enter an email address in the correct format"),
                        containsString("&lt;script&gt;alert(1)&lt;/script&gt;"), not(containsString("<script>alert")))));
        assertThat(compliments.find(reference).orElseThrow().passedOn()).isFalse();
    }

    @Test
    void theFormIsOnlyForComplimentsAndForTheRolesThatPassThemOn() throws Exception {
        String complaint = submit(FeedbackType.COMPLAINT, "highways", "The road is still broken.", Person.byPhone());
        page("/staff/feedback/" + complaint + "/compliment", customerServices()).andExpect(status().isNotFound());
        String reference = compliment("Thanks to the school crossing patrol.");
        page("/staff/feedback/" + reference + "/compliment", director()).andExpect(status().isForbidden());
        submitForm("/staff/feedback/" + reference + "/compliment", director(), "kind", "TEAM", "name", "Patrol")
                .andExpect(status().isForbidden());
    }

    @Test
    void listsTheLatestComplimentsAndTheCountsByServiceArea() throws Exception {
        String reference = compliment("The pothole team were brilliant <b>really</b>.");

        page("/staff/compliments", complaintsOfficer())
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1 class=\"govuk-heading-l\">Compliments</h1>"),
                        containsString("Highways, roads and pavements"), containsString(reference),
                        containsString("href=\"/staff/compliments?serviceArea=highways\""),
                        containsString("aria-current=\"page\">Compliments</a>"))));
        page("/staff/compliments?serviceArea=highways", customerServices())
                .andExpect(content().string(allOf(containsString("Latest compliments: Highways, roads and pavements"),
                        containsString(reference))));
        page("/staff/compliments", director()).andExpect(status().isForbidden());
        casePage(reference, director()).andExpect(content().string(not(containsString("href=\"/staff/compliments\""))));
    }
}
