package org.councilfeedback.correspondence.web;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.councilfeedback.correspondence.MailCapture;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.intake.FeedbackIntake;
import org.councilfeedback.intake.TestFeedback;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /staff/mail}: with mail capture on (the embedded default), staff read the emails the application sent. */
@SpringBootTest
@AutoConfigureMockMvc
@WithUserDetails("complaints.officer")
class MailCapturePageTests {

    private static final int PORT = freePort();

    @DynamicPropertySource
    static void captureMail(DynamicPropertyRegistry properties) {
        properties.add("council-feedback.mail-capture.enabled", () -> "true");
        properties.add("council-feedback.mail-capture.port", () -> PORT);
        properties.add("spring.mail.port", () -> PORT);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    FeedbackIntake intake;

    @Autowired
    MailCapture capture;

    @Test
    void listsTheCapturedEmailsNewestFirstAndShowsEachOne() throws Exception {
        String first = emailed("Maisie First", "maisie@example.org");
        String second = emailed("Mark Second", "mark@example.org");

        mvc.perform(get("/staff/mail"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/staff/mail\" aria-current=\"page\">Mail<"),
                        containsString("mark@example.org"), containsString("maisie@example.org"),
                        matchesPattern("(?s).*reference " + second + ".*reference " + first + ".*"))));
        mvc.perform(get("/staff/mail/1"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("We have received your feedback"),
                        containsString("maisie@example.org"), containsString("Dear Maisie First,"),
                        containsString("Your reference is " + first))));
    }

    @Test
    void anEmailThatWasNotCapturedIsPageNotFound() throws Exception {
        mvc.perform(get("/staff/mail/0")).andExpect(status().isNotFound());
        mvc.perform(get("/staff/mail/100000")).andExpect(status().isNotFound());
    }

    private String emailed(String name, String email) {
        String reference = TestFeedback.byEmail().from(name).email(email).replyBy(ContactMethod.EMAIL)
                .recordBy(intake).reference();
        await().atMost(Duration.ofSeconds(15)).until(() -> capture.messages().stream()
                .anyMatch(mail -> mail.subject() != null && mail.subject().contains(reference)));
        return reference;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
