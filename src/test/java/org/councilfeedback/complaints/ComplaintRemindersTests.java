package org.councilfeedback.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.councilfeedback.access.Role;
import org.councilfeedback.correspondence.MessageKind;
import org.councilfeedback.correspondence.OutgoingMessage;
import org.councilfeedback.testing.ComplaintsTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reminders before each deadline and an alert once it has passed, to the handler and their manager, each exactly once
 * however often and on however many nodes the job runs; and the work queues built on the same deadlines.
 */
class ComplaintRemindersTests extends ComplaintsTestSupport {

    @Autowired
    ComplaintReminders reminders;

    @Autowired
    ComplaintQueues queues;

    private String reference;

    /** A corporate complaint received and acknowledged on Monday 23 November 2026: its response is due Monday 7 December. */
    @BeforeEach
    void aComplaintHandledByTheInvestigator() throws Exception {
        clock.setLocal("2026-11-23T10:00");
        reference = openComplaint("CORPORATE", newEmail());
        postAs("complaints.officer", "/api/v1/feedback/" + reference + "/stages/current/assignment",
                "{\"handler\": \"investigator\"}", 200);
    }

    private List<OutgoingMessage> alerts() {
        return messages(reference).stream().filter(m -> m.kind() == MessageKind.INTERNAL_ALERT).toList();
    }

    private List<String> keys() {
        return jdbc.sql("select dedupe_key from outgoing_message where reference = :r and kind = 'INTERNAL_ALERT' order by dedupe_key")
                .param("r", reference).query(String.class).list();
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void remindsTheHandlerAndTheirManagerTwoWorkingDaysBeforeTheResponseIsDue() {
        reminders.sendReminders(date("2026-12-02"));
        assertThat(alerts()).as("three working days before, nothing yet").isEmpty();

        reminders.sendReminders(date("2026-12-03"));

        assertThat(alerts()).extracting(OutgoingMessage::recipient)
                .containsExactlyInAnyOrder("investigator@cambridgeshire.example", "complaints.officer@cambridgeshire.example");
        assertThat(keys()).containsExactly(
                "reminder:" + reference + ":1:2026-12-07:response-due:complaints.officer",
                "reminder:" + reference + ":1:2026-12-07:response-due:investigator");
        assertThat(alerts().get(0).subject()).startsWith("Reminder: " + reference).contains("Monday 7 December 2026");
        String email = awaitEmail("investigator@cambridgeshire.example", "Reminder: " + reference);
        assertThat(email).contains("Handled by: investigator");
    }

    @Test
    void sendsEachReminderExactlyOnceWhenTheJobRunsTwiceAtTheSameTime() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<Void>> runs = List.of(
                    CompletableFuture.runAsync(() -> await(start, () -> reminders.sendReminders(date("2026-12-03"))), threads),
                    CompletableFuture.runAsync(() -> await(start, () -> reminders.sendReminders(date("2026-12-03"))), threads),
                    CompletableFuture.runAsync(() -> await(start, () -> {
                        clock.setLocal("2026-12-03T08:00");
                        reminders.sendDueReminders();
                    }), threads),
                    CompletableFuture.runAsync(() -> await(start, reminders::sendDueReminders), threads));
            start.countDown();
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();
        } finally {
            threads.shutdown();
        }
        reminders.sendReminders(date("2026-12-03"));

        assertThat(alerts()).hasSize(2);
        assertThat(awaitEmailsAbout("investigator@cambridgeshire.example", 1)).hasSize(1);
        assertThat(awaitEmailsAbout("complaints.officer@cambridgeshire.example", 1)).hasSize(1);
        Thread.sleep(500);
        assertThat(emailsAbout("investigator@cambridgeshire.example")).as("no second copy").hasSize(1);
    }

    @Test
    void alertsOnceWhenTheResponseIsOverdue() {
        reminders.sendReminders(date("2026-12-03"));
        reminders.sendReminders(date("2026-12-07"));
        assertThat(alerts()).hasSize(2);

        reminders.sendReminders(date("2026-12-08"));
        reminders.sendReminders(date("2026-12-09"));
        reminders.sendReminders(date("2026-12-21"));

        assertThat(keys()).contains(
                "reminder:" + reference + ":1:2026-12-07:response-overdue:investigator",
                "reminder:" + reference + ":1:2026-12-07:response-overdue:complaints.officer");
        assertThat(alerts()).hasSize(4);
        assertThat(alerts()).filteredOn(m -> m.subject().startsWith("Overdue: ")).hasSize(2);
    }

    @Test
    void anExtensionMovesTheRemindersToTheNewDate() throws Exception {
        postAs("complaints.officer", "/api/v1/feedback/" + reference + "/stages/current/extension",
                "{\"extendedTo\": \"2026-12-18\", \"reason\": \"Waiting for the contractor\"}", 200);

        reminders.sendReminders(date("2026-12-08"));
        assertThat(alerts()).isEmpty();
        reminders.sendReminders(date("2026-12-16"));

        assertThat(keys()).contains("reminder:" + reference + ":1:2026-12-18:response-due:investigator");
    }

    @Test
    void withNobodyAssignedTheTeamThatOwnsTheProcessIsReminded() throws Exception {
        String unassigned = openComplaint("DATA_PROTECTION", newEmail());

        reminders.sendReminders(date("2026-12-23"));

        assertThat(messages(unassigned)).filteredOn(m -> m.kind() == MessageKind.INTERNAL_ALERT)
                .extracting(OutgoingMessage::recipient).containsExactly("dpo@cambridgeshire.example");
    }

    @Test
    void remindsTheOwnerOfAnActionPromisedInAResponse() throws Exception {
        postAs("investigator", "/api/v1/feedback/" + reference + "/stages/current/response", """
                {"outcome": "UPHELD", "summary": "We got it wrong.", "remedies": ["APOLOGY"],
                 "actions": [{"description": "Repair the pavement", "owner": "investigator", "dueBy": "2026-12-04"}]}""", 200);

        reminders.sendReminders(date("2026-12-02"));
        reminders.sendReminders(date("2026-12-07"));

        assertThat(alerts()).extracting(OutgoingMessage::subject)
                .anyMatch(subject -> subject.startsWith("Reminder: ") && subject.contains("Repair the pavement"))
                .anyMatch(subject -> subject.startsWith("Overdue: ") && subject.contains("Repair the pavement"));
    }

    @Test
    void queuesListTheCaseForItsHandlerItsTeamAndByDeadline() {
        assertThat(queues.myCases("investigator")).extracting(ComplaintQueues.ComplaintSummary::reference).contains(reference);
        assertThat(queues.myCases("complaints.officer")).extracting(ComplaintQueues.ComplaintSummary::reference)
                .doesNotContain(reference);
        assertThat(queues.teamQueue(Set.of(Role.COMPLAINTS_OFFICER))).extracting(ComplaintQueues.ComplaintSummary::reference)
                .contains(reference);
        assertThat(queues.teamQueue(Set.of(Role.DATA_PROTECTION_OFFICER)))
                .extracting(ComplaintQueues.ComplaintSummary::reference).doesNotContain(reference);

        clock.setLocal("2026-12-03T09:00");
        ComplaintQueues.ComplaintSummary soon = queues.dueSoon(Set.of(Role.COMPLAINTS_OFFICER)).stream()
                .filter(s -> s.reference().equals(reference)).findFirst().orElseThrow();
        assertThat(soon.dueBy()).isEqualTo(date("2026-12-07"));
        assertThat(soon.handler()).isEqualTo("investigator");
        assertThat(soon.overdue()).isFalse();
        assertThat(queues.overdue(Set.of(Role.COMPLAINTS_OFFICER))).extracting(ComplaintQueues.ComplaintSummary::reference)
                .doesNotContain(reference);

        clock.setLocal("2026-12-08T09:00");
        assertThat(queues.overdue(Set.of(Role.COMPLAINTS_OFFICER))).extracting(ComplaintQueues.ComplaintSummary::reference)
                .contains(reference);
    }

    private List<jakarta.mail.internet.MimeMessage> emailsAbout(String address) {
        return emailsTo(address).stream().filter(m -> subjectOf(m).contains(reference)).toList();
    }

    private List<jakarta.mail.internet.MimeMessage> awaitEmailsAbout(String address, int count) {
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                .until(() -> emailsAbout(address), emails -> emails.size() >= count);
    }

    private static void await(CountDownLatch start, Runnable run) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        run.run();
    }
}
