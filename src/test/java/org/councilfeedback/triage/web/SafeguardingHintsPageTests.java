package org.councilfeedback.triage.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.councilfeedback.intake.Channel;
import org.councilfeedback.intake.ContactDetails;
import org.councilfeedback.intake.FeedbackIntake;
import org.councilfeedback.intake.FeedbackSubmission;
import org.councilfeedback.intake.FeedbackType;
import org.councilfeedback.intake.Submitter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** New feedback that reads as if someone is at risk is marked in the work queue, and other feedback is not. */
@SpringBootTest
@AutoConfigureMockMvc
class SafeguardingHintsPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    FeedbackIntake intake;

    @Autowired
    SafeguardingHints hints;

    private String record(String text) {
        var submission = new FeedbackSubmission(FeedbackType.NOT_SURE, Channel.PHONE, null, null, text, null, null, false,
                new ContactDetails("Pat Caller", null, "01223 000111", null, null), null);
        return intake.submit(submission, Submitter.staff("customer.services", "127.0.0.1"), null).receipt().reference();
    }

    @Test
    void marksNewFeedbackThatSuggestsSomeoneIsAtRiskInTheWorkQueue() throws Exception {
        String atRisk = record("Caller says her elderly neighbour has been left alone for days with no food and bruises on her arms.");
        String bins = record("Caller says the recycling centre opening hours on Sundays are too short.");

        org.assertj.core.api.Assertions.assertThat(hints.flagged(atRisk)).isTrue();
        org.assertj.core.api.Assertions.assertThat(hints.flagged(bins)).isFalse();
        org.assertj.core.api.Assertions.assertThat(hints.warning(atRisk)).contains("raise a safeguarding concern");

        mvc.perform(get("/staff").with(user("complaints.officer").roles("COMPLAINTS_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Possible safeguarding concern")));
    }

    @Test
    void doesNotMarkOrdinaryFeedback() throws Exception {
        String bins = record("Caller asks why the mobile library no longer stops in the village on Tuesdays.");
        org.assertj.core.api.Assertions.assertThat(hints.warning(bins)).isNull();
        mvc.perform(get("/staff/feedback/" + bins).with(user("complaints.officer").roles("COMPLAINTS_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"safeguarding-warning\""))));
    }
}
