package org.councilfeedback.correspondence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.councilfeedback.correspondence.Correspondence;
import org.councilfeedback.correspondence.OutgoingMessage;
import org.councilfeedback.intake.FeedbackIntake;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.TestFeedback;
import org.councilfeedback.intake.TimelineEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /staff/calls}: calls to make, with the number and what to say, then marked as made. */
@SpringBootTest
@AutoConfigureMockMvc
@WithUserDetails("complaints.officer")
class CallTasksPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    FeedbackIntake intake;

    @Autowired
    FeedbackRecords records;

    @Autowired
    Correspondence correspondence;

    @Test
    void listsTheCallsToMakeWithTheNumberAndTheScript() throws Exception {
        OutgoingMessage call = callFor("Carla Caller", "01632 960 444");

        mvc.perform(get("/staff/calls"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Carla Caller, " + call.reference()),
                        containsString("01632 960 444"),
                        containsString("Call Carla Caller to acknowledge their feedback, reference " + call.reference()),
                        containsString("action=\"/staff/calls/" + call.id() + "/done\""),
                        containsString("call made"))));
    }

    @Test
    void markingACallMadeRecordsTheAcknowledgementOnTheTimeline() throws Exception {
        OutgoingMessage call = callFor("Colin Called", "01632 960 555");

        mvc.perform(post("/staff/calls/" + call.id() + "/done").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff/calls"))
                .andExpect(flash().attribute("called", call.reference()));

        FeedbackRecord record = records.find(call.reference()).orElseThrow();
        assertThat(record.acknowledgement().sentAt()).isNotNull();
        assertThat(records.timeline(record)).extracting(TimelineEntry::event, TimelineEntry::detail)
                .contains(org.assertj.core.groups.Tuple.tuple("Acknowledged",
                        "Acknowledgement call made by complaints.officer"));
        mvc.perform(get("/staff/calls"))
                .andExpect(content().string(not(containsString("/staff/calls/" + call.id() + "/done"))));
    }

    @Test
    void markingACallMadeTwiceSaysItWasAlreadyMade() throws Exception {
        OutgoingMessage call = callFor("Cath Twice", "01632 960 666");
        mvc.perform(post("/staff/calls/" + call.id() + "/done").with(csrf()));

        mvc.perform(post("/staff/calls/" + call.id() + "/done").with(csrf()))
                .andExpect(flash().attribute("alreadyCalled", call.reference()));
    }

    @Test
    void aCallThatDoesNotExistIsPageNotFound() throws Exception {
        mvc.perform(post("/staff/calls/999999/done").with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
    }

    private OutgoingMessage callFor(String name, String phone) {
        String reference = TestFeedback.byPhone().from(name).phone(phone).recordBy(intake).reference();
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> correspondence.forReference(reference).stream().findFirst().orElse(null), m -> m != null);
    }
}
