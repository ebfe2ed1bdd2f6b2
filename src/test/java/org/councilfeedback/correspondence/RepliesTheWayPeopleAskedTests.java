package org.councilfeedback.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.councilfeedback.support.FeedbackFixtures.feedback;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.intake.FeedbackIntake;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.people.ContactPreferenceRule;
import org.councilfeedback.people.People;
import org.councilfeedback.support.FeedbackFixtures;
import org.councilfeedback.support.PeopleAndPrivacyTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * "We will do our best to respect the method you have requested; if we are unable to do this, we will tell you the
 * reasons." Every message to a member of the public goes by their preferred method or, when that is impossible, by
 * the next one, with the reason on the case and a sentence telling them why; against a real mail server that refuses
 * some mailboxes for good (550) and others for now (451).
 */
@PeopleAndPrivacyTest
class RepliesTheWayPeopleAskedTests {

    static final String STAFF_EMAIL = "duty.manager@council.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    FeedbackIntake intake;

    @Autowired
    FeedbackRecords records;

    @Autowired
    Correspondence correspondence;

    @Autowired
    ContactPreferenceRule contactRule;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TemplateEngine templates;

    @Autowired
    CouncilProfile profile;

    @Autowired
    UserDetailsService users;

    GreenMail smtp;

    @BeforeEach
    void startMailServer() {
        smtp = refusingSome(PeopleAndPrivacyTest.SMTP_PORT);
        smtp.start();
    }

    @AfterEach
    void stopMailServer() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    /** A mail server that refuses mailboxes starting "gone." for good (550) and "busy." for now (451). */
    static GreenMail refusingSome(int port) {
        return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP)) {
            @Override
            protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
                SmtpManager refusing = new SmtpManager(managers.getImapHostManager(), managers.getUserManager()) {
                    @Override
                    public String checkRecipient(SmtpState state, MailAddress address) {
                        if (address.getEmail().startsWith("gone.")) {
                            return "550 5.1.1 Mailbox unavailable";
                        }
                        if (address.getEmail().startsWith("busy.")) {
                            return "451 4.3.0 Try again later";
                        }
                        return null;
                    }
                };
                return super.createServices(config, new Managers() {
                    @Override
                    public SmtpManager getSmtpManager() {
                        return refusing;
                    }

                    @Override
                    public UserManager getUserManager() {
                        return managers.getUserManager();
                    }

                    @Override
                    public ImapHostManager getImapHostManager() {
                        return managers.getImapHostManager();
                    }
                });
            }
        };
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    static FeedbackFixtures byEmail(String local) {
        FeedbackFixtures person = feedback().preferred(ContactMethod.EMAIL);
        return person.email(local + "." + person.phone().replace(" ", "") + "@example.org");
    }

    OutgoingMessage awaitMessage(String reference, String why, java.util.function.Predicate<OutgoingMessage> test) {
        return await(why).atMost(Duration.ofSeconds(30)).until(() -> correspondence.forReference(reference).stream()
                .filter(test).findFirst().orElse(null), message -> message != null);
    }

    long personOf(String reference) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> people.personFor(reference), p -> p.isPresent())
                .orElseThrow().id();
    }

    Correspondence.Outgoing response(String reference, String key) {
        return new Correspondence.Outgoing(key + ":" + reference, reference, MessageKind.RESPONSE, ContactMethod.EMAIL,
                "Sam", null, "Our response to your feedback", "Dear Sam,\n\nWe have looked into it.", null);
    }

    @Test
    void sendsTheAcknowledgementByThePreferredMethod() {
        FeedbackFixtures sam = byEmail("sam");
        String reference = sam.recordWith(intake);

        OutgoingMessage sent = awaitMessage(reference, "acknowledgement sent", m -> m.status() == MessageStatus.SENT);

        assertThat(sent.method()).isEqualTo(ContactMethod.EMAIL);
        assertThat(sent.recipient()).isEqualTo(sam.email());
        assertThat(sent.routeNote()).isNull();
        assertThat(sent.body()).startsWith("Dear " + sam.name());
        assertThat(Arrays.stream(smtp.getReceivedMessages()).anyMatch(m -> reference.equals(header(m)))).isTrue();
        assertThat(contactRule.exceptionsFor(reference)).isEmpty();
    }

    @Test
    void sendsByLetterWithTheReasonOnTheCaseAndInTheLetterWhenThereIsNoEmailAddress() throws Exception {
        FeedbackFixtures sam = byEmail("sam");
        String reference = sam.recordWith(intake);
        awaitMessage(reference, "acknowledgement stored", m -> m.kind() == MessageKind.ACKNOWLEDGEMENT);
        long person = personOf(reference);
        jdbc.sql("update feedback set contact_email = null, contact_email_normalised = null where reference = :r")
                .param("r", reference).update();

        long id = correspondence.send(response(reference, "response").toThePerson());

        OutgoingMessage letter = correspondence.find(id).orElseThrow();
        assertThat(letter.method()).isEqualTo(ContactMethod.LETTER);
        assertThat(letter.status()).isEqualTo(MessageStatus.PRINT_QUEUED);
        assertThat(letter.recipient()).startsWith(sam.name()).contains("CB7 4AA");
        assertThat(letter.body()).startsWith("You asked us to contact you by email, but we do not have an email address "
                + "for you, so we are writing to you by post instead.\n\nDear Sam,");
        assertThat(letter.routeNote()).isEqualTo("No email address. Using letter instead.");
        mvc.perform(get("/api/v1/feedback/{reference}", reference).with(as("customer.services")))
                .andExpect(jsonPath("$.contactPreference.reason").value("No email address. Using letter instead."))
                .andExpect(jsonPath("$.messages[?(@.kind == 'RESPONSE')].method").value("LETTER"))
                .andExpect(jsonPath("$.messages[?(@.kind == 'RESPONSE')].whyThisWay")
                        .value("No email address. Using letter instead."))
                .andExpect(jsonPath("$.timeline[*].event", Matchers.hasItem("Contact preference not possible")));
        mvc.perform(get("/staff/feedback/{reference}", reference).with(as("customer.services")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("No email address. Using letter instead.")));

        mvc.perform(get("/staff/people/{id}", person).with(as("customer.services")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("When we could not reply the way they asked")))
                .andExpect(content().string(Matchers.containsString("No email address. Using letter instead.")));

        assertThat(correspondence.send(response(reference, "response").toThePerson())).isEqualTo(id);
        assertThat(correspondence.forReference(reference)).filteredOn(m -> m.kind() == MessageKind.RESPONSE).hasSize(1);
        assertThat(contactRule.exceptionsFor(reference)).hasSize(1);
    }

    @Test
    void sendsAcknowledgementByLetterWhenEmailHasBounced() {
        FeedbackFixtures sam = byEmail("sam");
        contactRule.recordBounce(sam.email(), "550 mailbox unavailable", "customer.services");

        String reference = sam.recordWith(intake);

        OutgoingMessage letter = awaitMessage(reference, "acknowledgement letter", m -> m.kind() == MessageKind.ACKNOWLEDGEMENT);
        assertThat(letter.method()).isEqualTo(ContactMethod.LETTER);
        assertThat(letter.status()).isEqualTo(MessageStatus.PRINT_QUEUED);
        assertThat(letter.body()).startsWith("You asked us to contact you by email, but our emails to " + sam.email()
                + " could not be delivered, so we are writing to you by post instead.");
        assertThat(letter.routeNote()).startsWith("Emails to " + sam.email() + " could not be delivered");
        assertThat(Arrays.stream(smtp.getReceivedMessages()).noneMatch(m -> reference.equals(header(m)))).isTrue();
    }

    @Test
    void aMailboxTheServerRefusesForGoodIsRecordedAsABounceAndTheMessageGoesByLetter() {
        FeedbackFixtures sam = byEmail("gone");
        String reference = sam.recordWith(intake);

        OutgoingMessage letter = awaitMessage(reference, "letter after the bounce",
                m -> m.method() == ContactMethod.LETTER);
        OutgoingMessage email = correspondence.forReference(reference).stream()
                .filter(m -> m.method() == ContactMethod.EMAIL).findFirst().orElseThrow();

        assertThat(email.status()).isEqualTo(MessageStatus.BOUNCED);
        assertThat(email.lastError()).contains("550");
        assertThat(email.attempts()).isEqualTo(1);
        assertThat(contactRule.bouncedOn(sam.email())).isPresent();
        assertThat(letter.kind()).isEqualTo(MessageKind.ACKNOWLEDGEMENT);
        assertThat(letter.status()).isEqualTo(MessageStatus.PRINT_QUEUED);
        assertThat(letter.body()).startsWith("You asked us to contact you by email, but our emails to " + sam.email()
                + " could not be delivered, so we are writing to you by post instead.")
                .contains("Dear " + sam.name());
        assertThat(contactRule.exceptionsFor(reference)).singleElement()
                .satisfies(exception -> assertThat(exception.used()).isEqualTo(ContactMethod.LETTER));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() ->
                correspondence.find(email.id()).orElseThrow().attempts() == 1);
    }

    @Test
    void aMailboxTheServerRefusesForNowIsRetriedNotBounced() {
        FeedbackFixtures sam = byEmail("busy");
        String reference = sam.recordWith(intake);

        OutgoingMessage waiting = awaitMessage(reference, "email waiting for a retry", m -> m.lastError() != null);

        assertThat(waiting.method()).isEqualTo(ContactMethod.EMAIL);
        assertThat(waiting.status()).isIn(MessageStatus.PENDING, MessageStatus.SENDING);
        assertThat(waiting.lastError()).contains("451");
        assertThat(contactRule.bouncedOn(sam.email())).isEmpty();
        assertThat(correspondence.forReference(reference)).hasSize(1);
    }

    @Test
    void aMailServerThatCannotBeReachedMeansRetryNotBounce() {
        smtp.stop();
        smtp = null;
        FeedbackFixtures sam = byEmail("sam");
        String reference = sam.recordWith(intake);

        OutgoingMessage waiting = awaitMessage(reference, "email waiting for a retry", m -> m.lastError() != null);

        assertThat(waiting.status()).isIn(MessageStatus.PENDING, MessageStatus.SENDING);
        assertThat(contactRule.bouncedOn(sam.email())).isEmpty();
        assertThat(correspondence.forReference(reference)).hasSize(1);
    }

    @Test
    void nothingIsSentToSomeoneWhoCannotBeContactedAndTheCaseSaysWhy() throws Exception {
        String reference = feedback().anonymous().recordWith(intake);

        long id = correspondence.send(response(reference, "response").toThePerson());

        OutgoingMessage notSent = correspondence.find(id).orElseThrow();
        assertThat(notSent.status()).isEqualTo(MessageStatus.NOT_SENT);
        assertThat(notSent.recipient()).isNull();
        assertThat(notSent.lastError()).contains("Anonymous");
        assertThat(correspondence.printQueue()).noneMatch(m -> m.id() == id);
        assertThat(correspondence.pendingEmails()).noneMatch(m -> m.id() == id);
        assertThat(contactRule.exceptionsFor(reference)).singleElement()
                .satisfies(exception -> assertThat(exception.used()).isNull());
        mvc.perform(get("/api/v1/feedback/{reference}", reference).with(as("customer.services")))
                .andExpect(jsonPath("$.messages[0].status").value("NOT_SENT"))
                .andExpect(jsonPath("$.messages[0].whyThisWay", Matchers.containsString("Anonymous")));
    }

    @Test
    void alertsToStaffGoAsGivenWhateverThePersonPrefers() {
        FeedbackFixtures sam = feedback().preferred(ContactMethod.LETTER);
        String reference = sam.recordWith(intake);

        long alert = correspondence.send(new Correspondence.Outgoing("alert:" + reference, reference,
                MessageKind.INTERNAL_ALERT, ContactMethod.EMAIL, "Duty manager", STAFF_EMAIL, "New complaint",
                "A new complaint needs an officer.", null).toThePerson());
        long staffNotice = correspondence.send(new Correspondence.Outgoing("staff-notice:" + reference, reference,
                MessageKind.NOTICE, ContactMethod.EMAIL, "Duty manager", STAFF_EMAIL, "A compliment for your team",
                "Your team was praised.", null));

        for (long id : List.of(alert, staffNotice)) {
            OutgoingMessage message = correspondence.find(id).orElseThrow();
            assertThat(message.method()).isEqualTo(ContactMethod.EMAIL);
            assertThat(message.recipient()).isEqualTo(STAFF_EMAIL);
            assertThat(message.routeNote()).isNull();
            assertThat(message.body()).doesNotStartWith("You asked");
        }
        assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
    }

    @Test
    void lettersToSomeoneWhoNeedsLargePrintAreMarkedOnThePrintQueueAndPrintedLarger() throws Exception {
        String reference = feedback().preferred(ContactMethod.LETTER).recordWith(intake);
        long person = personOf(reference);
        mvc.perform(put("/api/v1/people/{id}/adjustments", person).with(as("customer.services"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"largePrint\": true}"))
                .andExpect(status().isOk());

        long id = correspondence.send(response(reference, "large-print").toThePerson());

        OutgoingMessage letter = correspondence.find(id).orElseThrow();
        assertThat(letter.method()).isEqualTo(ContactMethod.LETTER);
        assertThat(letter.largePrint()).isTrue();
        assertThat(letter.routeNote()).isNull();
        mvc.perform(get("/staff/print-queue").with(as("customer.services")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Large print")));
        mvc.perform(get("/staff/print-queue/{id}.pdf", id).with(as("customer.services")))
                .andExpect(status().isOk());
        Context context = new Context();
        context.setVariable("council", profile);
        context.setVariable("message", letter);
        context.setVariable("largePrint", letter.largePrint());
        context.setVariable("addressLines", List.of());
        context.setVariable("paragraphs", List.of(letter.body()));
        assertThat(templates.process("letters/letter", context)).contains("class=\"large-print\"");
        mvc.perform(get("/api/v1/feedback/{reference}", reference).with(as("customer.services")))
                .andExpect(jsonPath("$.messages[?(@.kind == 'RESPONSE')].largePrint").value(true));
    }

    @Test
    void anonymisingFeedbackBlanksItsMessagesButKeepsThemForStatistics() {
        FeedbackFixtures sam = feedback().preferred(ContactMethod.LETTER);
        String reference = sam.recordWith(intake);
        awaitMessage(reference, "acknowledgement letter", m -> m.kind() == MessageKind.ACKNOWLEDGEMENT);
        correspondence.send(response(reference, "before-anonymising").toThePerson());
        List<OutgoingMessage> before = correspondence.forReference(reference);

        assertThat(records.anonymise(reference)).isTrue();

        List<OutgoingMessage> after = correspondence.forReference(reference);
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < after.size(); i++) {
            OutgoingMessage message = after.get(i);
            assertThat(message.kind()).isEqualTo(before.get(i).kind());
            assertThat(message.method()).isEqualTo(before.get(i).method());
            assertThat(message.status()).isEqualTo(before.get(i).status());
            assertThat(message.createdAt()).isEqualTo(before.get(i).createdAt());
            assertThat(message.recipientName()).isEqualTo(FeedbackRecords.ANONYMISED);
            assertThat(message.recipient()).isEqualTo(FeedbackRecords.ANONYMISED);
            assertThat(message.body()).isEqualTo(FeedbackRecords.ANONYMISED);
            assertThat(message.body()).doesNotContain(sam.name());
        }
    }

    private static String header(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getHeader("X-Feedback-Reference", null);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
