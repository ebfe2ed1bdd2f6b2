package org.councilfeedback.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.councilfeedback.intake.web.Visitor.html;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilfeedback.intake.AcknowledgementMethod;
import org.councilfeedback.intake.Channel;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.FeedbackType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The public "give feedback" journey, page by page: where each answer leads and what is stored in the end. */
@SpringBootTest
@AutoConfigureMockMvc
class GiveFeedbackJourneyTests {

    private static final Pattern REFERENCE = Pattern.compile("FB-\\d{4}-\\d{6}");

    @Autowired
    MockMvc mvc;

    @Autowired
    FeedbackRecords records;

    @Test
    void aComplaintWithAnEmailAddressIsStoredExactlyAsGivenAndConfirmedWithItsReference() throws Exception {
        Visitor visitor = new Visitor(mvc).atCheckAnswers();

        MockHttpServletResponse sent = visitor.post("/give-feedback/check-answers");
        assertThat(sent.getStatus()).isEqualTo(302);
        assertThat(sent.getRedirectedUrl()).isEqualTo("/feedback-given/confirmation");

        String confirmation = html(visitor.get("/feedback-given/confirmation"));
        assertThat(confirmation).contains("govuk-panel--confirmation", "Feedback sent", "Your reference number",
                "sent a confirmation", "What happens next", "If it is a complaint, we aim to send you our response by");
        FeedbackRecord record = records.find(referenceIn(confirmation)).orElseThrow();
        assertThat(record.type()).isEqualTo(FeedbackType.COMPLAINT);
        assertThat(record.channel()).isEqualTo(Channel.ONLINE);
        assertThat(record.serviceArea()).isEqualTo("highways");
        assertThat(record.description()).isEqualTo("The pothole outside 4 Mill Road was\r\nreported twice and is still there.");
        assertThat(record.desiredOutcome()).isEqualTo("Fill it in, please.");
        assertThat(record.eventDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(record.anonymous()).isFalse();
        assertThat(record.contact().name()).isEqualTo("Sam Smith");
        assertThat(record.contact().email()).isEqualTo("sam@example.org");
        assertThat(record.contact().preferredContactMethod()).isEqualTo(ContactMethod.EMAIL);
        assertThat(record.onBehalfOf()).isNull();
        assertThat(record.acknowledgement().method()).isEqualTo(AcknowledgementMethod.EMAIL);
        assertThat(record.acknowledgement().sentAt()).as("online feedback is acknowledged at once").isNotNull();
    }

    @Test
    void everyQuestionIsAskedOnItsOwnPageInOrder() throws Exception {
        Visitor visitor = new Visitor(mvc);
        assertThat(html(visitor.get("/give-feedback"))).contains("Is your feedback about any of these?");
        String previous = null;
        for (var page : Visitor.COMPLAINT_BY_EMAIL.entrySet()) {
            if (previous != null) {
                assertThat(page.getKey()).isEqualTo(previous);
                assertThat(visitor.get(page.getKey()).getStatus()).as(page.getKey()).isEqualTo(200);
            }
            previous = visitor.post(page.getKey(), page.getValue()).getRedirectedUrl();
        }
        assertThat(previous).isEqualTo("/give-feedback/check-answers");
    }

    @Test
    void theFirstQuestionSendsSchoolComplaintsToTheSchoolsOwnProcedure() throws Exception {
        Visitor visitor = new Visitor(mvc);
        visitor.get("/give-feedback");
        assertThat(visitor.post("/give-feedback", "about", "SCHOOL").getRedirectedUrl()).isEqualTo("/give-feedback/school");

        String page = html(visitor.get("/give-feedback/school"));
        assertThat(page).contains("Complain to the school", "Complaints are handled by the",
                "school&#39;s governing body", "Secretary of State for Education", "Education",
                "Funding Agency for an academy", "You must have exhausted the school complaints procedure");
        assertThat(page).contains("href=\"/give-feedback/type\"");
    }

    @Test
    void theFirstQuestionSendsFirstReportsOfHighwayProblemsToHighwaysReporting() throws Exception {
        Visitor visitor = new Visitor(mvc);
        visitor.get("/give-feedback");
        assertThat(visitor.post("/give-feedback", "about", "HIGHWAY_PROBLEM").getRedirectedUrl())
                .isEqualTo("/give-feedback/highway-problem");

        String page = html(visitor.get("/give-feedback/highway-problem"));
        assertThat(page).contains("Report a problem with a road or pavement",
                "https://www.cambridgeshire.gov.uk/residents/travel-roads-and-parking/roads-and-pathways/report-a-highways-fault",
                "0345 045 5212", "If you have already reported it");
    }

    @Test
    void theFirstQuestionTellsSomeoneWorriedAboutARiskOfHarmToCallNow() throws Exception {
        Visitor visitor = new Visitor(mvc);
        visitor.get("/give-feedback");
        assertThat(visitor.post("/give-feedback", "about", "SOMEONE_AT_RISK").getRedirectedUrl())
                .isEqualTo("/give-feedback/someone-at-risk");

        String page = html(visitor.get("/give-feedback/someone-at-risk"));
        assertThat(page).contains("Call us now if someone is at risk", "0345 045 5202", "href=\"tel:03450455202\"",
                "call 999");
    }

    @Test
    void theFirstQuestionMentionsTheDataProtectionOfficerAndSocialCareRepresentatives() throws Exception {
        String page = html(new Visitor(mvc).get("/give-feedback"));
        assertThat(page).contains("Data Protection Officer", "data.protection@cambridgeshire.gov.uk", "01223 699 137",
                "social care representative");
    }

    @Test
    void afterBeingSentElsewhereAPersonCanStillGiveFeedbackAboutACouncilService() throws Exception {
        Visitor visitor = new Visitor(mvc);
        visitor.get("/give-feedback");
        visitor.post("/give-feedback", "about", "SCHOOL");
        assertThat(visitor.get("/give-feedback/type").getStatus()).isEqualTo(200);
    }

    @Test
    void theKindsOfFeedbackAreExplainedInThePolicysWords() throws Exception {
        Visitor visitor = new Visitor(mvc).answerUntil("/give-feedback/type");
        String page = html(visitor.get("/give-feedback/type"));
        assertThat(page).contains(
                "An expression of dissatisfaction with Cambridgeshire County Council that you believe needs resolution",
                "An expression of praise or gratitude about an individual, a service, or a policy.",
                "An idea or plan put forward for consideration.",
                "A comment or complaint about council policy or procedure (rather than how we have applied a policy or procedure)",
                "I&#39;m not sure");
    }

    @Test
    void notSureOfTheKindOfFeedbackOrTheServiceIsAnAnswer() throws Exception {
        Visitor visitor = new Visitor(mvc).answerUntil("/give-feedback/check-answers", Map.of(
                "/give-feedback/type", new String[] {"type", "NOT_SURE"},
                "/give-feedback/service", new String[] {"serviceArea", "not-sure"}));
        String check = html(visitor.get("/give-feedback/check-answers"));
        assertThat(check).contains("I&#39;m not sure");

        visitor.post("/give-feedback/check-answers");
        FeedbackRecord record = records.find(referenceIn(html(visitor.get("/feedback-given/confirmation")))).orElseThrow();
        assertThat(record.type()).isEqualTo(FeedbackType.NOT_SURE);
        assertThat(record.serviceArea()).isNull();
    }

    @Test
    void theServiceQuestionListsTheCouncilsServiceAreas() throws Exception {
        Visitor visitor = new Visitor(mvc).answerUntil("/give-feedback/service");
        assertThat(html(visitor.get("/give-feedback/service"))).contains("value=\"adult-social-care\"",
                "Adult social care", "value=\"highways\"", "Highways, roads and pavements", "value=\"not-sure\"");
    }

    @Test
    void anonymousFeedbackAsksForNoContactDetailsAndSaysWeCannotReply() throws Exception {
        Visitor visitor = new Visitor(mvc).answerUntil("/give-feedback/reply");
        String question = html(visitor.get("/give-feedback/reply"));
        assertThat(question).contains("No, I want to stay anonymous", "we will not be able to reply to you");

        assertThat(visitor.post("/give-feedback/reply", "anonymous", "anonymous").getRedirectedUrl())
                .isEqualTo("/give-feedback/check-answers");
        assertThat(visitor.get("/give-feedback/name").getRedirectedUrl()).isEqualTo("/give-feedback/check-answers");
        String check = html(visitor.get("/give-feedback/check-answers"));
        assertThat(check).contains("None, I want to stay anonymous").doesNotContain("Your name", "Email address");

        visitor.post("/give-feedback/check-answers");
        String confirmation = html(visitor.get("/feedback-given/confirmation"));
        assertThat(confirmation).contains("Because you", "gave it anonymously, we will not be able to reply to you");
        FeedbackRecord record = records.find(referenceIn(confirmation)).orElseThrow();
        assertThat(record.anonymous()).isTrue();
        assertThat(record.contact()).isNull();
        assertThat(record.acknowledgement().method()).isEqualTo(AcknowledgementMethod.NONE);
    }

    @Test
    void contactDetailsGivenBeforeChoosingAnonymityAreNotSent() throws Exception {
        Visitor visitor = new Visitor(mvc).atCheckAnswers();
        visitor.post("/give-feedback/reply", "anonymous", "anonymous");
        visitor.post("/give-feedback/check-answers");
        FeedbackRecord record = records.find(referenceIn(html(visitor.get("/feedback-given/confirmation")))).orElseThrow();
        assertThat(record.anonymous()).isTrue();
        assertThat(record.contact()).isNull();
    }

    @Test
    void feedbackForSomeoneElseRecordsTheirNameYourRelationshipAndWhetherTheyAgreed() throws Exception {
        Visitor visitor = new Visitor(mvc).answerUntil("/give-feedback/for-someone-else");
        assertThat(visitor.post("/give-feedback/for-someone-else", "forSomeoneElse", "yes").getRedirectedUrl())
                .isEqualTo("/give-feedback/their-details");
        assertThat(html(visitor.get("/give-feedback/their-details")))
                .contains("we may tell them that you have", "Have they agreed to you giving feedback for them?");
        assertThat(visitor.post("/give-feedback/their-details", "theirName", "Pat Smith", "relationship", "Daughter",
                "theirConsent", "yes").getRedirectedUrl()).isEqualTo("/give-feedback/reply");
        visitor.post("/give-feedback/reply", "anonymous", "contact");
        visitor.post("/give-feedback/name", "name", "Sam Smith");
        visitor.post("/give-feedback/contact-method", "contactMethod", "PHONE");
        assertThat(visitor.post("/give-feedback/phone", "phone", "01632 960 001").getRedirectedUrl())
                .isEqualTo("/give-feedback/check-answers");
        assertThat(html(visitor.get("/give-feedback/check-answers"))).contains("Pat Smith", "Daughter",
                "They have agreed", "01632 960 001");

        visitor.post("/give-feedback/check-answers");
        FeedbackRecord record = records.find(referenceIn(html(visitor.get("/feedback-given/confirmation")))).orElseThrow();
        assertThat(record.onBehalfOf().name()).isEqualTo("Pat Smith");
        assertThat(record.onBehalfOf().relationship()).isEqualTo("Daughter");
        assertThat(record.onBehalfOf().consentGiven()).isTrue();
        assertThat(record.contact().phone()).isEqualTo("01632 960 001");
        assertThat(record.contact().preferredContactMethod()).isEqualTo(ContactMethod.PHONE);
    }

    @Test
    void aReplyByLetterAsksForTheAddressAndSendsOnlyThat() throws Exception {
        Visitor visitor = new Visitor(mvc).answerUntil("/give-feedback/contact-method");
        assertThat(visitor.post("/give-feedback/contact-method", "contactMethod", "LETTER").getRedirectedUrl())
                .isEqualTo("/give-feedback/address");
        assertThat(visitor.post("/give-feedback/address", "addressLine1", "1 High Street", "addressLine2", "",
                "townOrCity", "Ely", "postcode", "cb7 4aa").getRedirectedUrl()).isEqualTo("/give-feedback/check-answers");

        visitor.post("/give-feedback/check-answers");
        String confirmation = html(visitor.get("/feedback-given/confirmation"));
        assertThat(confirmation).contains("confirmation letter");
        FeedbackRecord record = records.find(referenceIn(confirmation)).orElseThrow();
        assertThat(record.contact().address().line1()).isEqualTo("1 High Street");
        assertThat(record.contact().address().townOrCity()).isEqualTo("Ely");
        assertThat(record.contact().email()).isNull();
        assertThat(record.acknowledgement().method()).isEqualTo(AcknowledgementMethod.LETTER);
    }

    @Test
    void checkYourAnswersHasAChangeLinkForEveryAnswer() throws Exception {
        String check = html(new Visitor(mvc).atCheckAnswers().get("/give-feedback/check-answers"));
        for (String page : new String[] {"type", "service", "what-happened", "when", "what-you-want",
                "for-someone-else", "reply", "name", "contact-method", "email"}) {
            assertThat(check).contains("href=\"/give-feedback/" + page + "\">Change<span class=\"govuk-visually-hidden\">");
        }
        assertThat(check).contains("Sam Smith", "sam@example.org", "1 October 2026", "Highways, roads and pavements");
    }

    @Test
    void aChangeFromCheckYourAnswersGoesBackThereOnceNothingNewIsNeeded() throws Exception {
        Visitor visitor = new Visitor(mvc).atCheckAnswers();
        String page = html(visitor.get("/give-feedback/type"));
        assertThat(page).contains("value=\"COMPLAINT\"", "checked");
        assertThat(visitor.post("/give-feedback/type", "type", "SUGGESTION").getRedirectedUrl())
                .isEqualTo("/give-feedback/check-answers");
        assertThat(html(visitor.get("/give-feedback/check-answers"))).contains("Suggestion");
    }

    @Test
    void aChangeThatNeedsANewAnswerAsksForItBeforeGoingBackToCheckYourAnswers() throws Exception {
        Visitor visitor = new Visitor(mvc).atCheckAnswers();
        assertThat(visitor.post("/give-feedback/contact-method", "contactMethod", "PHONE").getRedirectedUrl())
                .isEqualTo("/give-feedback/phone");
        assertThat(visitor.get("/give-feedback/check-answers").getRedirectedUrl()).isEqualTo("/give-feedback/phone");
        assertThat(visitor.post("/give-feedback/phone", "phone", "07700 900 982").getRedirectedUrl())
                .isEqualTo("/give-feedback/check-answers");

        assertThat(visitor.post("/give-feedback/for-someone-else", "forSomeoneElse", "yes").getRedirectedUrl())
                .isEqualTo("/give-feedback/their-details");
    }

    @Test
    void aPageAskedForOutOfTurnSendsThePersonToTheFirstUnansweredQuestion() throws Exception {
        Visitor visitor = new Visitor(mvc);
        assertThat(visitor.get("/give-feedback/email").getRedirectedUrl()).isEqualTo("/give-feedback");
        assertThat(visitor.post("/give-feedback/email", "email", "a@example.org").getRedirectedUrl())
                .isEqualTo("/give-feedback");
        visitor.get("/give-feedback");
        visitor.post("/give-feedback", "about", "FEEDBACK");
        assertThat(visitor.get("/give-feedback/email").getRedirectedUrl()).isEqualTo("/give-feedback/type");
        assertThat(visitor.get("/give-feedback/check-answers").getRedirectedUrl()).isEqualTo("/give-feedback/type");
    }

    @Test
    void eachPageLinksBackToTheQuestionBeforeIt() throws Exception {
        Visitor visitor = new Visitor(mvc).atCheckAnswers();
        assertThat(html(visitor.get("/give-feedback"))).contains("class=\"govuk-back-link\"", "href=\"/\"");
        assertThat(html(visitor.get("/give-feedback/name"))).contains("href=\"/give-feedback/reply\" class=\"govuk-back-link\"");
        assertThat(html(visitor.get("/give-feedback/check-answers")))
                .contains("href=\"/give-feedback/email\" class=\"govuk-back-link\"");
    }

    @Test
    void afterSendingTheFormPagesShowTheConfirmationAndTheFirstQuestionStartsAfresh() throws Exception {
        Visitor visitor = new Visitor(mvc).atCheckAnswers();
        visitor.post("/give-feedback/check-answers");
        assertThat(visitor.get("/give-feedback/check-answers").getRedirectedUrl()).isEqualTo("/feedback-given/confirmation");
        assertThat(visitor.get("/give-feedback/email").getRedirectedUrl()).isEqualTo("/feedback-given/confirmation");

        assertThat(html(visitor.get("/give-feedback"))).doesNotContain("checked");
        assertThat(visitor.get("/give-feedback/type").getRedirectedUrl()).isEqualTo("/give-feedback");
    }

    @Test
    void theConfirmationIsOnlyShownToTheSessionThatSentTheFeedback() throws Exception {
        Visitor sender = new Visitor(mvc).atCheckAnswers();
        sender.post("/give-feedback/check-answers");
        assertThat(sender.get("/feedback-given/confirmation").getStatus()).isEqualTo(200);

        MockHttpServletResponse someoneElse = new Visitor(mvc).get("/feedback-given/confirmation");
        assertThat(someoneElse.getStatus()).isEqualTo(404);
        assertThat(html(someoneElse)).contains("Page not found").doesNotContain("FB-");
    }

    static String referenceIn(String html) {
        Matcher matcher = REFERENCE.matcher(html);
        assertThat(matcher.find()).as("a reference on the page").isTrue();
        return matcher.group();
    }
}
