package org.councilfeedback.intake.web;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.councilfeedback.correspondence.Correspondence;
import org.councilfeedback.intake.FeedbackDetailsContributor;
import org.councilfeedback.intake.FeedbackIntake;
import org.councilfeedback.intake.TestFeedback;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /staff/feedback/{reference}}: every detail of one piece of feedback, what other modules contribute (here a
 * stand-in for the complaints module), the messages sent and the timeline; text from the public is always escaped.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithUserDetails("complaints.officer")
class FeedbackPageTests {

    /** What a complaints module might add: a process, stages, flags, a handler and a note with markup in it. */
    @TestConfiguration
    static class ComplaintDetails {

        enum Process { CORPORATE }

        enum Flag { SAFEGUARDING }

        enum Outcome { PARTLY_UPHELD }

        @Bean
        FeedbackDetailsContributor complaintDetails() {
            return (record, details) -> {
                if (!record.description().contains("contributed")) {
                    return;
                }
                details.put("process", Process.CORPORATE);
                details.put("ombudsman", "LGSCO");
                details.put("assignedTo", "investigator");
                details.put("exclusion", null);
                details.put("procedure", Map.of("process", Process.CORPORATE, "version", 2));
                Map<String, Object> stage = new LinkedHashMap<>();
                stage.put("number", 1);
                stage.put("openedOn", LocalDate.of(2026, 11, 23));
                stage.put("dueBy", LocalDate.of(2026, 12, 7));
                stage.put("outcome", Outcome.PARTLY_UPHELD);
                stage.put("handler", null);
                details.put("stages", List.of(stage));
                details.put("flags", List.of(Flag.SAFEGUARDING));
                details.put("note", "<b>handle with care</b>");
            };
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    FeedbackIntake intake;

    @Autowired
    Correspondence correspondence;

    @Test
    void showsEveryDetailOfTheFeedbackAndWhoGaveIt() throws Exception {
        String reference = TestFeedback.byLetter().from("Sam Smith").email("sam@example.org").phone("01234 567890")
                .address("1 High Street", "Ely", "cb7 4aa").serviceArea("highways")
                .about("The pavement on Fore Hill is broken.").wanting("Mend it, please.")
                .happenedOn(LocalDate.of(2026, 10, 1)).onBehalfOf("Pat Smith", "Parent", true)
                .receivedAt(Instant.parse("2026-11-20T10:15:00Z")).recordBy(intake).reference();

        mvc.perform(get("/staff/feedback/" + reference))
                .andExpect(status().isOk())
                .andExpect(view().name(FeedbackPageController.VIEW))
                .andExpect(content().string(allOf(
                        containsString("<h1 class=\"govuk-heading-l\">" + reference + "</h1>"),
                        containsString("Complaint"), containsString("Letter"),
                        containsString("20 November 2026 at 10:15"), containsString("complaints.officer"),
                        containsString("Highways, roads and pavements"), containsString("The pavement on Fore Hill is broken."),
                        containsString("Mend it, please."), containsString("1 October 2026"),
                        containsString("Sam Smith"), containsString("sam@example.org"), containsString("01234 567890"),
                        containsString("1 High Street\nEly\nCB7 4AA"), containsString("Pat Smith"),
                        containsString("Parent"), containsString("Given"))));
    }

    @Test
    void showsTheAcknowledgementWithItsMethodDueDateAndBadge() throws Exception {
        String reference = TestFeedback.byPhone().from("Olive Old").phone("01234 567890")
                .receivedAt(Instant.parse("2026-01-05T10:00:00Z")).recordBy(intake).reference();

        mvc.perform(get("/staff/feedback/" + reference))
                .andExpect(content().string(allOf(containsString("Acknowledgement"),
                        containsString("Thursday 8 January 2026"), containsString("moj-badge moj-badge--red\">Overdue"),
                        containsString("Not yet"))));
    }

    @Test
    void showsAnonymousFeedbackWithoutContactDetailsOrAcknowledgement() throws Exception {
        String reference = TestFeedback.byPhone().anonymously().recordBy(intake).reference();

        mvc.perform(get("/staff/feedback/" + reference))
                .andExpect(content().string(allOf(containsString("Anonymous: no contact details"),
                        containsString("None (anonymous or no contact details)"), not(containsString("Due by")))));
    }

    @Test
    void escapesMarkupInTheDescriptionAndKeepsItsLineBreaks() throws Exception {
        String reference = TestFeedback.byPhone().from("<img src=x onerror=alert(1)>").phone("01234 567890")
                .about("First line\n<script>alert('stolen')</script>\nThird line").recordBy(intake).reference();

        mvc.perform(get("/staff/feedback/" + reference))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("First line\n&lt;script&gt;alert(&#39;stolen&#39;)&lt;/script&gt;\nThird line"),
                        containsString("&lt;img src=x onerror=alert(1)&gt;"),
                        containsString("class=\"govuk-summary-list__value cf-pre-wrap\""),
                        not(containsString("<script>alert")), not(containsString("<img src=x")))));
    }

    @Test
    void showsWhatOtherModulesContributeWithoutKnowingWhatItIs() throws Exception {
        String reference = TestFeedback.byPhone().from("Connie Tribute").phone("01234 567890")
                .about("Please handle this contributed case").recordBy(intake).reference();

        mvc.perform(get("/staff/feedback/" + reference))
                .andExpect(content().string(allOf(
                        containsString("Handling"),
                        containsString("Process</dt>"), containsString("Corporate"),
                        containsString("Ombudsman</dt>"), containsString(">LGSCO</dd>"),
                        containsString("Partly upheld"), containsString("Handler</th>"),
                        containsString("Assigned to</dt>"), containsString("investigator"),
                        containsString("Procedure</h3>"), containsString("Version</dt>"),
                        containsString("Stages</h3>"), containsString("Opened on</th>"), containsString("Due by</th>"),
                        containsString("7 December 2026"),
                        containsString("Flags</h3>"), containsString("<li>Safeguarding</li>"),
                        containsString("&lt;b&gt;handle with care&lt;/b&gt;"), not(containsString("<b>handle")),
                        not(containsString("Exclusion")))));
    }

    @Test
    void listsTheMessagesSentAboutIt() throws Exception {
        String reference = TestFeedback.byLetter().from("Lettie Post").address("3 Church Street", "Ely", "CB7 4AB")
                .recordBy(intake).reference();
        await().atMost(Duration.ofSeconds(10)).until(() -> !correspondence.forReference(reference).isEmpty());

        mvc.perform(get("/staff/feedback/" + reference))
                .andExpect(content().string(allOf(containsString("Messages</h3>"),
                        containsString("Acknowledgement"), containsString("Print queued"),
                        containsString("We have received your feedback"))));
    }

    @Test
    void showsTheTimelineNewestFirst() throws Exception {
        String reference = TestFeedback.byPhone().from("Tim Line").phone("01234 567890").recordBy(intake).reference();

        mvc.perform(get("/staff/feedback/" + reference))
                .andExpect(content().string(allOf(containsString("moj-timeline"),
                        containsString("<h3 class=\"moj-timeline__title\">Received</h3>"),
                        containsString("by complaints.officer"), containsString("Phone call recorded by complaints.officer"))));
    }

    @Test
    void aReferenceTypedInLowerCaseRedirectsToTheFeedback() throws Exception {
        String reference = TestFeedback.byPhone().from("Lower Case").phone("01234 567890").recordBy(intake).reference();

        mvc.perform(get("/staff/feedback/" + reference.toLowerCase(Locale.ROOT)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/staff/feedback/" + reference));
    }

    @Test
    void anUnknownReferenceIsPageNotFound() throws Exception {
        mvc.perform(get("/staff/feedback/FB-2026-999999"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("Page not found"), not(containsString("FB-2026-999999")))));
        mvc.perform(get("/staff/feedback/not-a-reference"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
    }
}
