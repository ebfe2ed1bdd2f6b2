package org.councilfeedback.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilfeedback.browser.Browser;
import org.councilfeedback.intake.AcknowledgementMethod;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.FeedbackType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public journey in a real browser: every page it visits has no WCAG 2.2 AA violation (axe-core), a complaint can
 * be given by keyboard alone, the pages fit a 320 pixel wide screen, and everything works with JavaScript turned off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GiveFeedbackBrowserIT {

    private static final Pattern REFERENCE = Pattern.compile("FB-\\d{4}-\\d{6}");
    private static final String SCRIPT = "<script>window.injected = true</script>";

    @RegisterExtension
    static final Browser desktop = Browser.chromium();

    @RegisterExtension
    static final Browser phone = Browser.chromium().size(320, 720);

    @RegisterExtension
    static final Browser withoutJavaScript = Browser.chromium().withoutJavaScript().size(1024, 900);

    @LocalServerPort
    int port;

    @Autowired
    FeedbackRecords records;

    @BeforeEach
    void pointBrowsersAtTheServer() {
        String base = "http://localhost:" + port;
        desktop.baseUrl(base);
        phone.baseUrl(base);
        withoutJavaScript.baseUrl(base);
    }

    @Test
    void aComplaintWithAnEmailAddressCanBeGivenByKeyboardAloneAndEveryPageIsAccessible() {
        Browser b = desktop;
        b.driver().manage().deleteAllCookies();
        b.open("/");
        accessible(b);
        b.press(Keys.TAB);
        assertThat(b.focused().getText()).isEqualTo("Skip to main content");
        b.tabTo(By.linkText("Start now"), 10).pressToLeave(Keys.ENTER);

        assertThat(b.path()).isEqualTo("/give-feedback");
        accessible(b);
        b.chooseByKeyboard("about", "FEEDBACK", 10);
        continueByKeyboard(b);

        assertThat(b.path()).isEqualTo("/give-feedback/type");
        accessible(b);
        b.chooseByKeyboard("type", "COMPLAINT", 10);
        continueByKeyboard(b);

        assertThat(b.path()).isEqualTo("/give-feedback/service");
        accessible(b);
        b.chooseByKeyboard("serviceArea", "highways", 10);
        continueByKeyboard(b);

        assertThat(b.path()).isEqualTo("/give-feedback/what-happened");
        accessible(b);
        b.tabTo(By.id("description"), 10).press("The pothole on Mill Road is back.", Keys.ENTER, SCRIPT);
        assertThat(b.find(By.tagName("body")).getAttribute("class")).contains("govuk-frontend-supported");
        assertThat(b.find(By.cssSelector(".govuk-character-count__status")).getText())
                .as("GOV.UK's character count is running").contains("characters remaining");
        continueByKeyboard(b);

        assertThat(b.path()).isEqualTo("/give-feedback/when");
        accessible(b);
        b.tabTo(By.id("eventDate-day"), 10).press("1", Keys.TAB, "10", Keys.TAB, "2026");
        continueByKeyboard(b);

        assertThat(b.path()).isEqualTo("/give-feedback/what-you-want");
        accessible(b);
        b.tabTo(By.id("desiredOutcome"), 10).press("Repair it properly.");
        continueByKeyboard(b);

        assertThat(b.path()).isEqualTo("/give-feedback/for-someone-else");
        accessible(b);
        b.chooseByKeyboard("forSomeoneElse", "no", 10);
        continueByKeyboard(b);

        assertThat(b.path()).isEqualTo("/give-feedback/reply");
        accessible(b);
        b.chooseByKeyboard("anonymous", "contact", 10);
        continueByKeyboard(b);

        assertThat(b.path()).isEqualTo("/give-feedback/name");
        accessible(b);
        b.tabTo(By.id("name"), 10).press("Sam Smith");
        continueByKeyboard(b);

        assertThat(b.path()).isEqualTo("/give-feedback/contact-method");
        accessible(b);
        b.chooseByKeyboard("contactMethod", "EMAIL", 10);
        continueByKeyboard(b);

        assertThat(b.path()).isEqualTo("/give-feedback/email");
        accessible(b);
        b.tabTo(By.id("email"), 10).press("sam.example.org");
        continueByKeyboard(b);

        assertThat(b.title()).startsWith("Error: What is your email address?");
        accessible(b);
        assertThat(b.focused().getAttribute("class")).as("the error summary has the focus").contains("govuk-error-summary");
        b.press(Keys.TAB);
        assertThat(b.focused().getText()).isEqualTo("Enter an email address in the correct format, like name@example.com");
        b.press(Keys.ENTER);
        assertThat(b.focused().getAttribute("id")).as("the error link moves the focus to the field").isEqualTo("email");
        b.retype("sam@example.org");
        continueByKeyboard(b);

        assertThat(b.path()).isEqualTo("/give-feedback/check-answers");
        accessible(b);
        assertThat(b.text()).contains(SCRIPT, "Sam Smith", "sam@example.org", "1 October 2026");
        assertThat(((JavascriptExecutor) b.driver()).executeScript("return window.injected === true")).isEqualTo(false);
        b.tabTo(By.cssSelector("main button.govuk-button"), 40);
        assertThat(b.focused().getText()).isEqualTo("Send feedback");
        b.pressToLeave(Keys.ENTER);

        assertThat(b.path()).isEqualTo("/feedback-given/confirmation");
        accessible(b);
        assertThat(b.heading()).isEqualTo("Feedback sent");
        FeedbackRecord record = records.find(referenceOnPage(b)).orElseThrow();
        assertThat(record.type()).isEqualTo(FeedbackType.COMPLAINT);
        assertThat(record.description()).as("as the browser sent it").isEqualTo("The pothole on Mill Road is back.\r\n" + SCRIPT);
        assertThat(record.contact().email()).isEqualTo("sam@example.org");
        assertThat(record.acknowledgement().method()).isEqualTo(AcknowledgementMethod.EMAIL);
    }

    @Test
    void anAnonymousSuggestionFitsA320PixelWideScreen() {
        Browser b = phone;
        b.driver().manage().deleteAllCookies();
        b.open("/");
        fits(b);
        b.follow("Start now");
        fits(b);
        b.choose("about", "FEEDBACK").submit();
        fits(b);
        b.submit();
        assertThat(b.title()).startsWith("Error: ");
        fits(b);
        b.choose("type", "SUGGESTION").submit();
        fits(b);
        b.choose("serviceArea", "not-sure").submit();
        fits(b);
        b.fill("description", "Benches along the guided busway, please. " + "Averyveryverylongwordwithoutanyspaces".repeat(5));
        b.submit();
        fits(b);
        b.submit();
        fits(b);
        b.submit();
        fits(b);
        b.choose("forSomeoneElse", "no").submit();
        fits(b);
        b.choose("anonymous", "anonymous").submit();
        assertThat(b.path()).isEqualTo("/give-feedback/check-answers");
        fits(b);
        b.submit();
        assertThat(b.path()).isEqualTo("/feedback-given/confirmation");
        fits(b);
        assertThat(b.text()).contains("gave it anonymously");
        FeedbackRecord record = records.find(referenceOnPage(b)).orElseThrow();
        assertThat(record.type()).isEqualTo(FeedbackType.SUGGESTION);
        assertThat(record.anonymous()).isTrue();
    }

    @Test
    void feedbackForSomeoneElseWithAReplyByLetterWorksWithoutJavaScript() {
        Browser b = withoutJavaScript;
        b.driver().manage().deleteAllCookies();
        b.open("/give-feedback");
        accessible(b);
        b.choose("about", "FEEDBACK").submit();
        b.choose("type", "COMPLIMENT").submit();
        b.choose("serviceArea", "libraries").submit();
        accessible(b);
        assertThat(b.byId("description-info").getText()).as("without JavaScript the hint stays as it is")
                .isEqualTo("You can enter up to 10,000 characters");
        assertThat(b.findAll(By.cssSelector(".govuk-character-count__status"))).isEmpty();
        assertThat(b.find(By.tagName("body")).getAttribute("class")).doesNotContain("govuk-frontend-supported");
        b.fill("description", "The staff at Ely library helped my father with his blue badge form.").submit();
        b.fill("eventDate-day", "3").fill("eventDate-month", "11").fill("eventDate-year", "2026").submit();
        b.submit();
        b.choose("forSomeoneElse", "yes").submit();

        assertThat(b.path()).isEqualTo("/give-feedback/their-details");
        accessible(b);
        b.submit();
        assertThat(b.title()).startsWith("Error: ");
        accessible(b);
        assertThat(b.focused().getAttribute("class")).as("the error summary has the focus without JavaScript too")
                .contains("govuk-error-summary");
        assertThat(b.findAll(By.cssSelector(".govuk-error-summary__list a"))).hasSize(3);
        b.fill("theirName", "Pat Smith").fill("relationship", "Son").choose("theirConsent", "yes").submit();

        b.choose("anonymous", "contact").submit();
        b.fill("name", "Sam Smith").submit();
        b.choose("contactMethod", "LETTER").submit();
        assertThat(b.path()).isEqualTo("/give-feedback/address");
        accessible(b);
        b.fill("addressLine1", "1 High Street").fill("townOrCity", "Ely").fill("postcode", "NOT A POSTCODE").submit();
        accessible(b);
        b.fill("postcode", "CB7 4AA").submit();

        assertThat(b.path()).isEqualTo("/give-feedback/check-answers");
        accessible(b);
        b.follow(By.cssSelector("a[href='/give-feedback/type']"));
        assertThat(b.find(By.cssSelector("input[value='COMPLIMENT']")).isSelected()).isTrue();
        b.choose("type", "NOT_SURE").submit();
        assertThat(b.path()).isEqualTo("/give-feedback/check-answers");
        assertThat(b.text()).contains("I'm not sure", "Pat Smith", "1 High Street");
        b.submit();

        assertThat(b.path()).isEqualTo("/feedback-given/confirmation");
        accessible(b);
        assertThat(b.text()).contains("confirmation letter");
        FeedbackRecord record = records.find(referenceOnPage(b)).orElseThrow();
        assertThat(record.type()).isEqualTo(FeedbackType.NOT_SURE);
        assertThat(record.onBehalfOf().name()).isEqualTo("Pat Smith");
        assertThat(record.contact().preferredContactMethod()).isEqualTo(ContactMethod.LETTER);

        String reference = record.reference();
        b.driver().navigate().back();
        if (b.path().equals("/give-feedback/check-answers")) {
            b.submit();
        }
        assertThat(b.path()).as("sending again after going back shows the same confirmation")
                .isEqualTo("/feedback-given/confirmation");
        assertThat(referenceOnPage(b)).isEqualTo(reference);
    }

    @Test
    void theRoutingAndInformationPagesAreAccessibleAndFitA320PixelWideScreen() {
        Browser b = phone;
        for (String path : new String[] {"/give-feedback/school", "/give-feedback/highway-problem",
                "/give-feedback/someone-at-risk", "/accessibility", "/privacy", "/cookies",
                "/give-feedback/no-such-page"}) {
            b.open(path);
            fits(b);
        }
        b.driver().manage().deleteAllCookies();
        b.open("/feedback-given/confirmation");
        assertThat(b.heading()).isEqualTo("Page not found");
        fits(b);

        b.open("/give-feedback");
        b.driver().manage().deleteAllCookies();
        b.choose("about", "FEEDBACK").submit();
        assertThat(b.heading()).as("a form sent after the session has gone").isEqualTo("You cannot do that");
        assertThat(b.text()).contains("Start giving feedback again");
        fits(b);
    }

    private static void continueByKeyboard(Browser b) {
        b.tabTo(By.cssSelector("main button.govuk-button"), 40).pressToLeave(Keys.ENTER);
    }

    private static void accessible(Browser b) {
        b.assertAccessible();
    }

    private static void fits(Browser b) {
        assertThat(b.scrollsSideways()).as(b.path() + " fits 320 pixels").isFalse();
        accessible(b);
    }

    private static String referenceOnPage(Browser b) {
        Matcher matcher = REFERENCE.matcher(b.find(By.className("govuk-panel__body")).getText());
        assertThat(matcher.find()).as("a reference on the confirmation").isTrue();
        return matcher.group();
    }
}
