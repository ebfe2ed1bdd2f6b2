package org.councilfeedback.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilfeedback.browser.Browser;
import org.councilfeedback.correspondence.Correspondence;
import org.councilfeedback.correspondence.OutgoingMessage;
import org.councilfeedback.intake.FeedbackIntake;
import org.councilfeedback.intake.TestFeedback;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A complaint in a real browser from classification to the Ombudsman: a complaints officer classifies and answers it at
 * stage 1, the complainant asks for stage 2 through the link in the message we sent them, an investigating officer
 * (someone who did not handle stage 1) answers stage 2, and the officer records the Ombudsman's enquiry. axe-core finds
 * no WCAG 2.2 AA violation on any page visited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ComplaintJourneyBrowserIT {

    private static final Pattern TRACKING_LINK = Pattern.compile("/track/([A-Za-z0-9_-]{43})");

    @RegisterExtension
    static final Browser browser = Browser.chromium();

    @LocalServerPort
    int port;

    @Autowired
    FeedbackIntake intake;

    @Autowired
    Correspondence correspondence;

    @Test
    void aComplaintGoesFromStageOneToTheOmbudsmanThroughTheScreens() {
        String reference = TestFeedback.byPhone().from("Sam Smith").email("sam.journey@example.org")
                .about("The <b>pavement</b> on Mill Road is broken.").receivedAt(Instant.now())
                .recordBy(intake).reference();
        Browser b = browser.baseUrl("http://localhost:" + port);

        // stage 1, as the complaints officer
        signIn(b, "complaints.officer");
        b.open("/staff/complaints");
        accessible(b);
        b.open("/staff/feedback/" + reference);
        accessible(b);
        assertThat(b.text()).contains("The <b>pavement</b> on Mill Road is broken.");
        b.follow("Classify the feedback");
        accessible(b);
        b.choose("type", "COMPLAINT").choose("process", "CORPORATE").submit();
        assertThat(b.text()).contains("Classified as Complaint: Corporate procedure");
        accessible(b);

        b.follow("Respond");
        accessible(b);
        b.choose("outcome", "PARTLY_UPHELD");
        b.find(By.cssSelector("input[name='remedies'][value='APOLOGY']")).click();
        b.fill("summary", "The repair was late and we are sorry.").submit();
        assertThat(b.heading()).isEqualTo("Check the letter");
        accessible(b);
        assertThat(b.byId("letterText").getAttribute("value")).contains("The repair was late and we are sorry.");
        b.submit();
        assertThat(b.text()).contains("Response sent at Stage 1");
        accessible(b);

        // the complainant asks for stage 2 through the link in our message
        String token = trackingToken(reference);
        b.driver().manage().deleteAllCookies();
        b.open("/track/" + token);
        accessible(b);
        assertThat(b.text()).contains("Your complaint " + reference).doesNotContain("complaints.officer", "Chris Officer");
        b.leavingPage(() -> b.find(By.cssSelector("form[action$='/escalation'] button")).click());
        assertThat(b.text()).contains("There is a problem");
        accessible(b);
        b.fill("reason", "The pavement is still broken.");
        b.leavingPage(() -> b.find(By.cssSelector("form[action$='/escalation'] button")).click());
        assertThat(b.text()).contains("We have opened Stage 2");
        accessible(b);

        // stage 2 must be handled by someone else
        signIn(b, "complaints.officer");
        b.open("/staff/feedback/" + reference);
        accessible(b);
        b.follow("Assign investigating officer");
        accessible(b);
        new Select(b.byId("handler")).selectByValue("complaints.officer");
        b.submit();
        assertThat(b.text()).contains("There is a problem", "handled Stage 1");
        accessible(b);
        new Select(b.byId("handler")).selectByValue("investigator");
        b.submit();
        assertThat(b.text()).contains("Stage 2 assigned to investigator");

        signIn(b, "investigator");
        b.open("/staff/complaints");
        accessible(b);
        assertThat(b.text()).contains(reference);
        b.open("/staff/feedback/" + reference);
        b.leavingPage(() -> b.find(By.cssSelector("#complaint form[action$='/acknowledge'] button")).click());
        assertThat(b.text()).contains("Stage 2 acknowledged");
        accessible(b);
        b.follow("Respond");
        b.choose("outcome", "NOT_UPHELD");
        b.fill("summary", "We looked again; the repair is now done.").submit();
        accessible(b);
        b.fill("letterText", "Dear Sam Smith,\n\nOur final response: the repair is now done.").submit();
        assertThat(b.text()).contains("Response sent at Stage 2");

        // the Ombudsman
        signIn(b, "complaints.officer");
        b.open("/staff/feedback/" + reference);
        b.follow("Record Ombudsman referral");
        accessible(b);
        b.fill("bodyReference", "26 001 234").fill("enquiryOn", "7").fill("enquiryOn-month", "1")
                .fill("enquiryOn-year", "2027").submit();
        assertThat(b.text()).contains("Referral to the LGSCO recorded", "26 001 234");
        accessible(b);
        b.follow("Update Ombudsman referral");
        new Select(b.byId("decision")).selectByValue("NOT_UPHELD");
        b.submit();
        assertThat(b.text()).contains("LGSCO referral updated", "Not upheld");
        accessible(b);
    }

    private static void signIn(Browser b, String username) {
        b.driver().manage().deleteAllCookies();
        b.open("/staff/sign-in");
        accessible(b);
        b.fill("username", username).fill("password", "demo").submit();
    }

    private String trackingToken(String reference) {
        OutgoingMessage message = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> correspondence.forReference(reference).stream()
                        .filter(m -> TRACKING_LINK.matcher(m.body()).find()).reduce((first, second) -> second).orElse(null),
                        found -> found != null);
        Matcher matcher = TRACKING_LINK.matcher(message.body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static void accessible(Browser b) {
        b.assertAccessible();
    }
}
