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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /staff/print-queue}: letters to print and post, each downloaded as a PDF, then marked as posted. */
@SpringBootTest
@AutoConfigureMockMvc
@WithUserDetails("customer.services")
class PrintQueuePageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    FeedbackIntake intake;

    @Autowired
    FeedbackRecords records;

    @Autowired
    Correspondence correspondence;

    @Test
    void listsTheLettersWaitingWithReferenceNameAndDueDate() throws Exception {
        OutgoingMessage letter = letterFor("Peter Printer");

        mvc.perform(get("/staff/print-queue"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(letter.reference()), containsString("Peter Printer"),
                        containsString("href=\"/staff/print-queue/" + letter.id() + ".pdf\""),
                        containsString("Download letter"),
                        containsString("action=\"/staff/print-queue/" + letter.id() + "/posted\""),
                        containsString("Mark as posted"))));
    }

    @Test
    void downloadsTheLetterAsAPdfAttachment() throws Exception {
        OutgoingMessage letter = letterFor("Penny Pdf");

        byte[] pdf = mvc.perform(get("/staff/print-queue/" + letter.id() + ".pdf"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"" + letter.reference() + "-letter-" + letter.id() + ".pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void markingALetterPostedRecordsTheAcknowledgementOnTheTimeline() throws Exception {
        OutgoingMessage letter = letterFor("Paula Posted");

        mvc.perform(post("/staff/print-queue/" + letter.id() + "/posted").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff/print-queue"))
                .andExpect(flash().attribute("posted", letter.reference()));

        FeedbackRecord record = records.find(letter.reference()).orElseThrow();
        assertThat(record.acknowledgement().sentAt()).isNotNull();
        assertThat(records.timeline(record)).extracting(TimelineEntry::event, TimelineEntry::actor, TimelineEntry::detail)
                .contains(org.assertj.core.groups.Tuple.tuple("Acknowledged", "customer.services",
                        "Acknowledgement letter posted"));
        mvc.perform(get("/staff/print-queue"))
                .andExpect(content().string(not(containsString("/staff/print-queue/" + letter.id() + ".pdf"))));
        mvc.perform(get("/staff/feedback/" + letter.reference()))
                .andExpect(content().string(allOf(containsString("Acknowledgement letter posted"),
                        containsString("Posted"))));
    }

    @Test
    void markingALetterPostedTwiceSaysItWasAlreadyPosted() throws Exception {
        OutgoingMessage letter = letterFor("Polly Twice");
        mvc.perform(post("/staff/print-queue/" + letter.id() + "/posted").with(csrf()));

        mvc.perform(post("/staff/print-queue/" + letter.id() + "/posted").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("alreadyPosted", letter.reference()));
    }

    @Test
    void aLetterThatDoesNotExistIsPageNotFound() throws Exception {
        mvc.perform(get("/staff/print-queue/999999.pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/staff/print-queue/not-a-number.pdf"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
        mvc.perform(post("/staff/print-queue/999999/posted").with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void aCallIsNotALetter() throws Exception {
        String reference = TestFeedback.byPhone().from("Carl Call").phone("01234 567890").recordBy(intake).reference();
        OutgoingMessage call = await().atMost(Duration.ofSeconds(10))
                .until(() -> correspondence.forReference(reference).stream().findFirst().orElse(null), m -> m != null);

        mvc.perform(get("/staff/print-queue/" + call.id() + ".pdf")).andExpect(status().isNotFound());
    }

    private OutgoingMessage letterFor(String name) {
        String reference = TestFeedback.byLetter().from(name).address("1 High Street", "Ely", "CB7 4AA")
                .recordBy(intake).reference();
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> correspondence.forReference(reference).stream().findFirst().orElse(null), m -> m != null);
    }
}
