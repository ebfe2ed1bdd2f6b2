package org.councilfeedback.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilfeedback.intake.web.Visitor.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What each page says when an answer cannot be used: a GOV.UK error summary whose links go to the fields, the
 * message again by the field, "Error: " in the title, and the answer as it was typed. Malformed posts are treated the
 * same way, never as a failure; and whatever people type is shown escaped.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GiveFeedbackValidationTests {

    @Autowired
    MockMvc mvc;

    static Stream<Arguments> wrongAnswers() {
        String future = LocalDate.now().plusDays(40).toString();
        String[] f = future.split("-");
        return Stream.of(
                Arguments.of("/give-feedback", new String[] {}, "about", "Select what your feedback is about, or none of these"),
                Arguments.of("/give-feedback", new String[] {"about", "PLANNING_APPEAL"}, "about", "Select what your feedback is about, or none of these"),
                Arguments.of("/give-feedback/type", new String[] {}, "type", "Select the kind of feedback you are giving, or I&#39;m not sure"),
                Arguments.of("/give-feedback/type", new String[] {"type", "GRUMBLE"}, "type", "Select the kind of feedback you are giving, or I&#39;m not sure"),
                Arguments.of("/give-feedback/service", new String[] {}, "serviceArea", "Select the service your feedback is about, or I&#39;m not sure"),
                Arguments.of("/give-feedback/service", new String[] {"serviceArea", "moon-landings"}, "serviceArea", "Select a service area from the list"),
                Arguments.of("/give-feedback/what-happened", new String[] {"description", "  "}, "description", "Enter your feedback"),
                Arguments.of("/give-feedback/what-happened", new String[] {}, "description", "Enter your feedback"),
                Arguments.of("/give-feedback/what-happened", new String[] {"description", "x".repeat(10_001)}, "description", "Your feedback must be 10,000 characters or fewer"),
                Arguments.of("/give-feedback/what-happened", new String[] {"description", "bell\u0007"}, "description", "Your feedback must not contain control characters"),
                Arguments.of("/give-feedback/when", new String[] {"eventDate-day", "3"}, "eventDate", "The date it happened must include a month and year"),
                Arguments.of("/give-feedback/when", new String[] {"eventDate-day", "31", "eventDate-month", "2", "eventDate-year", "2026"}, "eventDate", "The date it happened must be a real date"),
                Arguments.of("/give-feedback/when", new String[] {"eventDate-day", "first", "eventDate-month", "2", "eventDate-year", "2026"}, "eventDate", "The date it happened must be a real date"),
                Arguments.of("/give-feedback/when", new String[] {"eventDate-day", "3", "eventDate-month", "2", "eventDate-year", "26"}, "eventDate", "The date it happened must include a year with 4 numbers"),
                Arguments.of("/give-feedback/when", new String[] {"eventDate-day", f[2], "eventDate-month", f[1], "eventDate-year", f[0]}, "eventDate", "The date it happened must be today or in the past"),
                Arguments.of("/give-feedback/when", new String[] {"eventDate-day", "1", "eventDate-month", "1", "eventDate-year", "1999"}, "eventDate", "The date it happened must be a real date after 1 January 2000"),
                Arguments.of("/give-feedback/what-you-want", new String[] {"desiredOutcome", "y".repeat(5_001)}, "desiredOutcome", "What you would like us to do must be 5,000 characters or fewer"),
                Arguments.of("/give-feedback/for-someone-else", new String[] {}, "forSomeoneElse", "Select yes if you are giving feedback for someone else"),
                Arguments.of("/give-feedback/for-someone-else", new String[] {"forSomeoneElse", "maybe"}, "forSomeoneElse", "Select yes if you are giving feedback for someone else"),
                Arguments.of("/give-feedback/reply", new String[] {}, "anonymous", "Select whether you want to give your contact details or stay anonymous"),
                Arguments.of("/give-feedback/name", new String[] {"name", ""}, "name", "Enter your name"),
                Arguments.of("/give-feedback/name", new String[] {"name", "n".repeat(201)}, "name", "Your name must be 200 characters or fewer"),
                Arguments.of("/give-feedback/contact-method", new String[] {"contactMethod", "PIGEON"}, "contactMethod", "Select how you would like us to contact you"),
                Arguments.of("/give-feedback/email", new String[] {"email", ""}, "email", "Enter an email address so that we can reply by email"),
                Arguments.of("/give-feedback/email", new String[] {"email", "sam.example.org"}, "email", "Enter an email address in the correct format, like name@example.com"));
    }

    @ParameterizedTest(name = "{0} {1} → {3}")
    @MethodSource("wrongAnswers")
    void aWrongAnswerIsShownInTheErrorSummaryAndByTheField(String page, String[] fields, String id, String message)
            throws Exception {
        Visitor visitor = new Visitor(mvc).answerUntil(page);

        MockHttpServletResponse response = visitor.post(page, fields);

        assertThat(response.getStatus()).isEqualTo(200);
        String html = html(response);
        assertThat(html).contains("<title>Error: ");
        assertThat(html).contains("class=\"govuk-error-summary\"", "There is a problem");
        assertThat(html).containsPattern("<a href=\"#" + id + "(-day|-month|-year)?\">" + java.util.regex.Pattern.quote(message) + "</a>");
        assertThat(html).contains("id=\"" + id + "-error\" class=\"govuk-error-message\"");
        assertThat(html).contains("govuk-form-group--error");
        assertThat(visitor.get(page).getStatus()).as("the answer was not kept").isEqualTo(200);
    }

    @Test
    void theirDetailsNeedTheirNameYourRelationshipAndWhetherTheyAgreed() throws Exception {
        Visitor visitor = new Visitor(mvc).answerUntil("/give-feedback/for-someone-else");
        visitor.post("/give-feedback/for-someone-else", "forSomeoneElse", "yes");

        String html = html(visitor.post("/give-feedback/their-details"));

        assertThat(errorLinks(html)).containsExactly(
                "#theirName Enter the name of the person the feedback is for",
                "#relationship Enter your relationship to the person, for example parent or friend",
                "#theirConsent Select whether they have agreed to you giving feedback for them");
    }

    @Test
    void anAddressNeedsItsFirstLineTownAndARealPostcode() throws Exception {
        Visitor visitor = new Visitor(mvc).answerUntil("/give-feedback/contact-method");
        visitor.post("/give-feedback/contact-method", "contactMethod", "LETTER");

        assertThat(errorLinks(html(visitor.post("/give-feedback/address")))).containsExactly(
                "#addressLine1 Enter the first line of the address so that we can reply by post",
                "#townOrCity Enter the town or city so that we can reply by post",
                "#postcode Enter a postcode so that we can reply by post");
        assertThat(errorLinks(html(visitor.post("/give-feedback/address", "addressLine1", "1 High Street",
                "townOrCity", "Ely", "postcode", "NOT A POSTCODE")))).containsExactly(
                "#postcode Enter a real postcode, like CB7 4AA");
    }

    @Test
    void aPhoneNumberMustBeOneWeCanCall() throws Exception {
        Visitor visitor = new Visitor(mvc).answerUntil("/give-feedback/contact-method");
        visitor.post("/give-feedback/contact-method", "contactMethod", "PHONE");

        assertThat(errorLinks(html(visitor.post("/give-feedback/phone", "phone", "")))).containsExactly(
                "#phone Enter a telephone number so that we can reply by phone");
        assertThat(errorLinks(html(visitor.post("/give-feedback/phone", "phone", "12345")))).containsExactly(
                "#phone Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192");
    }

    @Test
    void aPageShowsOnlyTheErrorsOfItsOwnQuestions() throws Exception {
        Visitor visitor = new Visitor(mvc).answerUntil("/give-feedback/name");
        assertThat(errorLinks(html(visitor.post("/give-feedback/name", "name", " ")))).containsExactly("#name Enter your name");
    }

    @Test
    void theDateBoxesThatAreWrongAreHighlightedAndTheAnswerIsKeptAsTyped() throws Exception {
        Visitor visitor = new Visitor(mvc).answerUntil("/give-feedback/when");
        String html = html(visitor.post("/give-feedback/when", "eventDate-day", "12", "eventDate-month", "",
                "eventDate-year", "2026"));
        assertThat(html).contains("<a href=\"#eventDate-month\">The date it happened must include a month</a>");
        assertThat(html).containsPattern("govuk-input--width-2 govuk-input--error\"[^>]*\\s+id=\"eventDate-month\"");
        assertThat(html).containsPattern("govuk-input--width-2\"[^>]*\\s+id=\"eventDate-day\" name=\"eventDate-day\"\\s+value=\"12\"");
    }

    @Test
    void aBlankDateIsAllowedBecauseTheQuestionIsOptional() throws Exception {
        Visitor visitor = new Visitor(mvc).answerUntil("/give-feedback/when");
        assertThat(visitor.post("/give-feedback/when", "eventDate-day", "", "eventDate-month", " ", "eventDate-year", "")
                .getRedirectedUrl()).isEqualTo("/give-feedback/what-you-want");
    }

    @Test
    void malformedPostsAreShownAsErrorsAndNeverFail() throws Exception {
        Visitor visitor = new Visitor(mvc).atCheckAnswers();
        for (var page : Visitor.COMPLAINT_BY_EMAIL.keySet()) {
            assertThat(visitor.post(page).getStatus()).as("nothing posted to " + page).isIn(200, 302);
            assertThat(visitor.post(page, "unexpected", "field", "type", "COMPLAINT", "type", "COMPLIMENT").getStatus())
                    .as("unexpected fields posted to " + page).isIn(200, 302);
        }
        for (String page : new String[] {"/give-feedback/their-details", "/give-feedback/phone", "/give-feedback/address",
                "/give-feedback/check-answers", "/give-feedback/school"}) {
            assertThat(visitor.post(page).getStatus()).as("nothing posted to " + page).isLessThan(500);
        }
    }

    @Test
    void hugeAnswersAreRefusedWithAMessageNotAFailure() throws Exception {
        Visitor visitor = new Visitor(mvc).answerUntil("/give-feedback/what-happened");
        MockHttpServletResponse response = visitor.post("/give-feedback/what-happened", "description", "z".repeat(300_000));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(html(response)).contains("Your feedback must be 10,000 characters or fewer");
    }

    @Test
    void whatPeopleTypeIsAlwaysShownEscaped() throws Exception {
        String script = "<script>alert('owned')</script>";
        Visitor visitor = new Visitor(mvc).answerUntil("/give-feedback/check-answers", Map.of(
                "/give-feedback/what-happened", new String[] {"description", script + " & \"quotes\""},
                "/give-feedback/name", new String[] {"name", "\"><script>alert(1)</script>"}));

        String check = html(visitor.get("/give-feedback/check-answers"));
        assertThat(check).doesNotContain(script, "<script>alert(1)</script>");
        assertThat(check).contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;");

        String namePage = html(visitor.get("/give-feedback/name"));
        assertThat(namePage).doesNotContain("<script>alert(1)</script>")
                .contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"");

        String withError = html(visitor.post("/give-feedback/what-happened", "description", script + "x".repeat(10_000)));
        assertThat(withError).contains("must be 10,000 characters or fewer").doesNotContain(script);
    }

    private static List<String> errorLinks(String html) {
        List<String> links = new ArrayList<>();
        var matcher = java.util.regex.Pattern.compile("<li><a href=\"([^\"]+)\">([^<]+)</a></li>").matcher(html);
        while (matcher.find()) {
            links.add(matcher.group(1) + " " + matcher.group(2));
        }
        return links;
    }
}
