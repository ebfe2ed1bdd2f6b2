package org.councilfeedback.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilfeedback.intake.web.GiveFeedbackJourneyTests.referenceIn;
import static org.councilfeedback.intake.web.Visitor.html;

import java.util.Map;
import org.councilfeedback.intake.SubmissionRateLimiter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Spam, floods and double clicks: the honeypot, the per-address rate limit and one record per journey. */
@SpringBootTest
@AutoConfigureMockMvc
class GiveFeedbackProtectionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SubmissionRateLimiter rateLimiter;

    @Test
    void aFilledInHoneypotShowsAConfirmationWithoutAReferenceAndStoresNothing() throws Exception {
        Visitor robot = new Visitor(mvc).atCheckAnswers();
        long before = storedFeedback();

        MockHttpServletResponse response = robot.post("/give-feedback/check-answers", "website", "http://spam.example");

        assertThat(response.getRedirectedUrl()).isEqualTo("/feedback-given/confirmation");
        String confirmation = html(robot.get("/feedback-given/confirmation"));
        assertThat(confirmation).contains("Feedback sent", "Thank you for your feedback.")
                .doesNotContain("Your reference number", "FB-");
        assertThat(storedFeedback()).isEqualTo(before);
    }

    @Test
    void aHoneypotFilledInEarlierInTheJourneyAlsoStoresNothing() throws Exception {
        Visitor robot = new Visitor(mvc).answerUntil("/give-feedback/check-answers", Map.of(
                "/give-feedback/what-happened", new String[] {"description", "Cheap watches", "website", "x"}));
        long before = storedFeedback();
        robot.post("/give-feedback/check-answers", "website", "");
        assertThat(html(robot.get("/feedback-given/confirmation"))).doesNotContain("FB-");
        assertThat(storedFeedback()).isEqualTo(before);
    }

    @Test
    void theHoneypotIsHiddenFromPeopleKeyboardsAndAutofill() throws Exception {
        String check = html(new Visitor(mvc).atCheckAnswers().get("/give-feedback/check-answers"));
        assertThat(check).contains("<div class=\"app-honeypot\" aria-hidden=\"true\">",
                "<input id=\"website\" name=\"website\" type=\"text\" tabindex=\"-1\" autocomplete=\"off\" value=\"\">");
    }

    @Test
    void tooManySubmissionsFromOneAddressGetAFriendlyPageWithRetryAfterAndKeepTheAnswers() throws Exception {
        Visitor visitor = new Visitor(mvc).atCheckAnswers();
        for (int i = 0; i < 200 && rateLimiter.tryAcquire(visitor.address()).isEmpty(); i++) {
            // use up this address's allowance
        }
        long before = storedFeedback();

        MockHttpServletResponse response = visitor.post("/give-feedback/check-answers");

        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(response.getHeader("Retry-After"))).isPositive();
        assertThat(html(response)).contains("Sorry, you have sent too much feedback in a short time",
                "Your answers have been kept", "href=\"/give-feedback/check-answers\"");
        assertThat(storedFeedback()).isEqualTo(before);
        assertThat(visitor.get("/give-feedback/check-answers").getStatus()).isEqualTo(200);
    }

    @Test
    void sendingTheSameAnswersTwiceStoresOneRecordAndShowsTheSameReference() throws Exception {
        Visitor visitor = new Visitor(mvc).atCheckAnswers();
        long before = storedFeedback();

        visitor.post("/give-feedback/check-answers");
        String first = referenceIn(html(visitor.get("/feedback-given/confirmation")));
        MockHttpServletResponse again = visitor.post("/give-feedback/check-answers");

        assertThat(again.getRedirectedUrl()).isEqualTo("/feedback-given/confirmation");
        assertThat(referenceIn(html(visitor.get("/feedback-given/confirmation")))).isEqualTo(first);
        assertThat(storedFeedback()).isEqualTo(before + 1);
    }

    @Test
    void sendingTwiceDoesNotUseUpTheRateLimit() throws Exception {
        Visitor visitor = new Visitor(mvc).atCheckAnswers();
        visitor.post("/give-feedback/check-answers");
        for (int i = 0; i < 200 && rateLimiter.tryAcquire(visitor.address()).isEmpty(); i++) {
            // use up this address's allowance
        }
        assertThat(visitor.post("/give-feedback/check-answers").getRedirectedUrl()).isEqualTo("/feedback-given/confirmation");
    }

    @Test
    void formsCannotBePostedWithoutTheirCsrfToken() throws Exception {
        var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/give-feedback").param("about", "FEEDBACK")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
    }

    private long storedFeedback() {
        return jdbc.sql("select count(*) from feedback").query(Long.class).single();
    }
}
