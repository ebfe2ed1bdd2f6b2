package org.councilfeedback.intake.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.intake.FeedbackIntake;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.FeedbackStatus;
import org.councilfeedback.intake.TestFeedback;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /staff}: the work queue's three buckets on a fixed day, Wednesday 25 November 2026 at noon, where feedback
 * received on Friday 20 November by letter is due to be acknowledged today (three working days) and feedback received
 * on Monday 16 November is overdue.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithUserDetails("complaints.officer")
class WorkQueuePageTests {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @TestConfiguration
    static class FixedClock {

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneId.of("Europe/London"));
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    FeedbackIntake intake;

    @Autowired
    FeedbackRecords records;

    static String overdue;
    static String overdueButClassified;
    static String dueToday;
    static String dueLater;
    static String anonymous;

    @BeforeEach
    void receiveFeedbackOnce() {
        if (overdue != null) {
            return;
        }
        overdue = TestFeedback.byPhone().from("Olive Overdue").phone("01223 000001").serviceArea("highways")
                .receivedAt(Instant.parse("2026-11-16T10:00:00Z")).recordBy(intake).reference();
        overdueButClassified = TestFeedback.byPhone().from("Carl Classified").phone("01223 000002")
                .receivedAt(Instant.parse("2026-11-16T11:00:00Z")).recordBy(intake).reference();
        records.changeStatus(overdueButClassified, FeedbackStatus.IN_PROGRESS);
        dueToday = TestFeedback.byLetter().from("Tess Today").address("1 High Street", "Ely", "CB7 4AA")
                .serviceArea("libraries").receivedAt(Instant.parse("2026-11-20T10:00:00Z")).recordBy(intake).reference();
        dueLater = TestFeedback.byEmail().from("Laura Later").email("laura@example.org").replyBy(ContactMethod.EMAIL)
                .receivedAt(Instant.parse("2026-11-25T09:30:00Z")).recordBy(intake).reference();
        anonymous = TestFeedback.byPhone().anonymously().receivedAt(Instant.parse("2026-11-24T10:00:00Z"))
                .recordBy(intake).reference();
    }

    @Test
    void newTabListsEveryUnclassifiedFeedbackWithCountsOnEveryTab() throws Exception {
        mvc.perform(get("/staff"))
                .andExpect(status().isOk())
                .andExpect(view().name(WorkQueueController.VIEW))
                .andExpect(content().string(allOf(
                        containsString("New <span class=\"cf-count\">(4)</span>"),
                        containsString("Acknowledgement due today <span class=\"cf-count\">(1)</span>"),
                        containsString("Overdue acknowledgements <span class=\"cf-count\">(2)</span>"),
                        containsString(overdue), containsString(dueToday), containsString(dueLater),
                        containsString(anonymous), not(containsString(overdueButClassified)))));
    }

    @Test
    void rowsLinkToTheFeedbackAndShowTypeChannelReceivedServiceAreaAndDueDate() throws Exception {
        mvc.perform(get("/staff"))
                .andExpect(content().string(allOf(
                        containsString("href=\"/staff/feedback/" + overdue + "\""),
                        containsString("Complaint"), containsString("Phone"), containsString("16 Nov 2026, 10:00"),
                        containsString("Highways, roads and pavements"), containsString("19 Nov 2026"),
                        containsString("No acknowledgement"))));
    }

    @Test
    void dueTodayTabListsOnlyAcknowledgementsDueTodayWithAnOrangeBadge() throws Exception {
        mvc.perform(get("/staff").param("tab", "due-today"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString(dueToday), containsString("Libraries, archives and culture"),
                        containsString("25 Nov 2026"), containsString("moj-badge cf-badge--orange\">Due today"),
                        not(containsString(overdue)), not(containsString(dueLater)), not(containsString(anonymous)))));
    }

    @Test
    void overdueTabListsAcknowledgementsPastTheirDateWithARedBadgeEvenWhenClassified() throws Exception {
        mvc.perform(get("/staff").param("tab", "overdue"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString(overdue), containsString(overdueButClassified),
                        containsString("moj-badge moj-badge--red\">Overdue"),
                        not(containsString(dueToday)), not(containsString(dueLater)))));
    }

    @Test
    void acknowledgementsDoneLeaveTheDueTabs() throws Exception {
        String acknowledged = TestFeedback.byPhone().from("Andy Acknowledged").phone("01223 000003")
                .receivedAt(Instant.parse("2026-11-20T10:30:00Z")).recordBy(intake).reference();
        records.markAcknowledged(acknowledged, NOW, "complaints.officer", "Acknowledgement call made");

        mvc.perform(get("/staff").param("tab", "due-today"))
                .andExpect(content().string(not(containsString(acknowledged))));
        records.changeStatus(acknowledged, FeedbackStatus.CLOSED);
    }

    @Test
    void anUnknownTabShowsNewFeedback() throws Exception {
        mvc.perform(get("/staff").param("tab", "<script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(anonymous), not(containsString("<script>")))));
    }

    @Test
    void anAdministratorLandsOnAPageThatSaysWhatTheyCanDoWithoutCaseContent() throws Exception {
        mvc.perform(get("/staff").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(view().name(WorkQueueController.HOME_VIEW))
                .andExpect(content().string(allOf(containsString("Manage your API tokens"),
                        not(containsString(overdue)), not(containsString(">Work queue<")))));
    }

    @Test
    void aReportViewerLandsOnAPageThatSaysReportsWillAppearThere() throws Exception {
        mvc.perform(get("/staff").with(user("manager").roles("REPORT_VIEWER")))
                .andExpect(status().isOk())
                .andExpect(view().name(WorkQueueController.HOME_VIEW))
                .andExpect(content().string(allOf(containsString("Reports and statistics about feedback will appear here"),
                        not(containsString(overdue)), not(containsString("Manage your API tokens")))));
    }
}
