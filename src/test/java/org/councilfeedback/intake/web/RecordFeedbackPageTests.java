package org.councilfeedback.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.councilfeedback.intake.AcknowledgementMethod;
import org.councilfeedback.intake.Channel;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.FeedbackSearch;
import org.councilfeedback.intake.FeedbackType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** {@code /staff/record}: staff record feedback from any channel on one page. */
@SpringBootTest
@AutoConfigureMockMvc
@WithUserDetails("customer.services")
class RecordFeedbackPageTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    MockMvc mvc;

    @Autowired
    FeedbackRecords records;

    @Test
    void showsAnEmptyFormReceivedNowWithAFreshIdempotencyKey() throws Exception {
        LocalDate today = LocalDate.now(LONDON);
        mvc.perform(get("/staff/record"))
                .andExpect(status().isOk())
                .andExpect(view().name(RecordFeedbackController.VIEW))
                .andExpect(content().string(allOf(
                        containsString("name=\"receivedDay\" value=\"" + today.getDayOfMonth() + "\""),
                        containsString("name=\"receivedYear\" value=\"" + today.getYear() + "\""),
                        matchesPattern("(?s).*name=\"idempotencyKey\" value=\"[0-9a-f-]{36}\".*"),
                        containsString("name=\"_csrf\""),
                        containsString("Assisted online"), containsString("Not sure"))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "PHONE,        Phone call recorded by customer.services,                  PHONE",
            "EMAIL,        Email recorded by customer.services,                       EMAIL",
            "LETTER,       Letter recorded by customer.services,                      LETTER",
            "FACE_TO_FACE, Face-to-face conversation recorded by customer.services,   PHONE",
            "COUNCILLOR,   'Passed on by a councillor, recorded by customer.services', EMAIL",
            "ONLINE,       Given online with help from customer.services,             EMAIL"})
    void recordsFeedbackReceivedOnEachChannel(Channel channel, String timeline, AcknowledgementMethod method)
            throws Exception {
        String name = "Channel Tester " + channel;
        MvcResult result = mvc.perform(form(channel.name(), "name", name, "email", "tester@example.org", "phone", "01234 567890",
                        "addressLine1", "1 High Street", "town", "Ely", "postcode", "CB7 4AA"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/staff/feedback/FB-2026-*"))
                .andReturn();

        FeedbackRecord record = recorded(result);
        assertThat(record.channel()).isEqualTo(channel);
        assertThat(record.type()).isEqualTo(FeedbackType.COMPLAINT);
        assertThat(record.recordedBy()).isEqualTo("customer.services");
        assertThat(record.receivedAt()).isEqualTo(Instant.parse("2026-01-15T14:30:00Z"));
        assertThat(record.contact().name()).isEqualTo(name);
        assertThat(record.serviceArea()).isEqualTo("highways");
        assertThat(record.acknowledgement().method()).isEqualTo(method);
        assertThat(records.timeline(record).get(0).detail()).startsWith(timeline);
    }

    @Test
    void recordsEveryFieldOfTheForm() throws Exception {
        MvcResult result = mvc.perform(form("LETTER", "type", "SUGGESTION", "serviceArea", "libraries",
                        "description", "Open on Sundays.\r\nPlease.", "desiredOutcome", "Longer hours",
                        "eventDay", "3", "eventMonth", "1", "eventYear", "2026", "name", "Sunday Reader",
                        "addressLine1", "4 Mill Road", "addressLine2", "Flat 2", "town", "Cambridge", "postcode", "cb1 2ab",
                        "preferredContactMethod", "LETTER", "onBehalfName", "Grandma Reader",
                        "onBehalfRelationship", "Grandchild", "onBehalfConsent", "yes"))
                .andExpect(status().is3xxRedirection())
                .andReturn();

        FeedbackRecord record = recorded(result);
        assertThat(record.type()).isEqualTo(FeedbackType.SUGGESTION);
        assertThat(record.serviceArea()).isEqualTo("libraries");
        assertThat(record.description()).isEqualTo("Open on Sundays.\nPlease.");
        assertThat(record.desiredOutcome()).isEqualTo("Longer hours");
        assertThat(record.eventDate()).isEqualTo(LocalDate.of(2026, 1, 3));
        assertThat(record.contact().address().line2()).isEqualTo("Flat 2");
        assertThat(record.contact().address().postcode()).isEqualTo("CB1 2AB");
        assertThat(record.onBehalfOf().name()).isEqualTo("Grandma Reader");
        assertThat(record.onBehalfOf().relationship()).isEqualTo("Grandchild");
        assertThat(record.onBehalfOf().consentGiven()).isTrue();
    }

    @Test
    void recordsAnonymousFeedbackThatCannotBeAcknowledged() throws Exception {
        MvcResult result = mvc.perform(form("PHONE", "anonymous", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("recordedAcknowledgement",
                        "No acknowledgement will be sent: the feedback is anonymous."))
                .andReturn();

        FeedbackRecord record = recorded(result);
        assertThat(record.anonymous()).isTrue();
        assertThat(record.contact()).isNull();
    }

    @Test
    void aLetterShowsASuccessBannerWithTheReferenceAndThePrintQueue() throws Exception {
        MvcResult result = mvc.perform(form("LETTER", "name", "Lettie Banner", "addressLine1", "1 High Street", "town", "Ely",
                        "postcode", "CB7 4AA"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("recordedAcknowledgement",
                        "An acknowledgement letter is in the print queue: print and post it by Tuesday 20 January 2026."))
                .andReturn();
        String reference = recorded(result).reference();

        // the flash attributes travel in the session (Spring Session): follow the redirect with its cookie
        mvc.perform(get(result.getResponse().getRedirectedUrl()).cookie(result.getResponse().getCookie("SESSION")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("moj-alert moj-alert--success"),
                        containsString("Feedback recorded: " + reference),
                        containsString("An acknowledgement letter is in the print queue: "
                                + "print and post it by Tuesday 20 January 2026."))));
    }

    @Test
    void anEmailSaysTheAcknowledgementIsBeingEmailed() throws Exception {
        mvc.perform(form("EMAIL", "name", "Emma Banner", "email", "emma@example.org"))
                .andExpect(flash().attribute("recordedAcknowledgement",
                        "The acknowledgement is being emailed to emma@example.org now (due by Tuesday 20 January 2026)."));
    }

    @Test
    void aPhoneCallSaysACallTaskIsWaiting() throws Exception {
        mvc.perform(form("PHONE", "name", "Phil Banner", "phone", "01234 567890"))
                .andExpect(flash().attribute("recordedAcknowledgement",
                        "A call task is in Calls: phone Phil Banner on 01234 567890 to acknowledge it by Tuesday 20 January 2026."));
    }

    @Test
    void aTimeReceivedInTheFutureIsAnErrorAndNothingIsStored() throws Exception {
        int nextYear = LocalDate.now(LONDON).getYear() + 1;
        String description = "From the future " + UUID.randomUUID();
        mvc.perform(form("PHONE", "receivedYear", Integer.toString(nextYear), "description", description,
                        "name", "Fiona Future", "phone", "01234 567890"))
                .andExpect(status().isOk())
                .andExpect(view().name(RecordFeedbackController.VIEW))
                .andExpect(content().string(allOf(containsString("govuk-error-summary"),
                        containsString("<title>Error: Record feedback"),
                        containsString("<a href=\"#receivedAt\">The date and time received must be now or in the past</a>"),
                        containsString("id=\"receivedAt-error\""),
                        containsString("value=\"" + nextYear + "\""), containsString(description))));
        assertThat(records.search(FeedbackSearch.text(description)).totalItems()).isZero();
    }

    @Test
    void aDateThatDoesNotExistIsAnError() throws Exception {
        mvc.perform(form("PHONE", "receivedDay", "31", "receivedMonth", "2", "name", "Fiona Feb", "phone", "01234 567890"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "The date and time received must be a real date and time, like 20 11 2026 and 14 30")));
    }

    @Test
    void listsEveryMissingAnswerInTheOrderOfTheForm() throws Exception {
        mvc.perform(post("/staff/record").with(csrf()).param("idempotencyKey", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<a href=\"#channel\">Select how the feedback was received</a>"),
                        containsString("<a href=\"#receivedAt\">Enter the date and time the feedback was received</a>"),
                        containsString("<a href=\"#type\">Select the type of feedback, or not sure</a>"),
                        containsString("<a href=\"#description\">Enter the feedback</a>"),
                        containsString("<a href=\"#contact\">Enter an email address, a postal address or a phone number"),
                        containsString("<a href=\"#name\">Enter the name of the person giving feedback</a>"))));
    }

    @Test
    void theReplyMethodNeedsItsContactDetail() throws Exception {
        mvc.perform(form("PHONE", "name", "Rita Reply", "phone", "01234 567890", "preferredContactMethod", "LETTER",
                        "email", "not-an-email"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<a href=\"#email\">Enter an email address in the correct format"),
                        containsString("<a href=\"#addressLine1\">"
                                + "Enter the first line of the address so that we can reply by post</a>"),
                        containsString("<a href=\"#postcode\">Enter a postcode so that we can reply by post</a>"))));
    }

    @Test
    void submittingTheSameFormTwiceRecordsItOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String description = "Double click " + key;
        MvcResult first = mvc.perform(form("PHONE", "idempotencyKey", key, "description", description, "name", "Doug Double",
                        "phone", "01234 567890"))
                .andExpect(status().is3xxRedirection()).andReturn();
        MvcResult second = mvc.perform(form("PHONE", "idempotencyKey", key, "description", description, "name", "Doug Double",
                        "phone", "01234 567890"))
                .andExpect(status().is3xxRedirection()).andReturn();

        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
        assertThat(records.search(FeedbackSearch.text(description)).totalItems()).isEqualTo(1);
    }

    @Test
    void reusingAFormForDifferentFeedbackAsksToCheckAndGivesANewKey() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(form("PHONE", "idempotencyKey", key, "name", "Reuse One", "phone", "01234 567890"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form("PHONE", "idempotencyKey", key, "name", "Reuse Two", "phone", "01234 567890"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<a href=\"#record\">This form was already used"),
                        not(containsString("value=\"" + key + "\"")), containsString("Reuse Two"))));
    }

    @Test
    void aDirectorMayNotRecordFeedback() throws Exception {
        mvc.perform(get("/staff/record").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.user("director").roles("DIRECTOR")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("You do not have permission to see this page")));
    }

    /**
     * A complete form for the channel, received at 14:30 on Thursday 15 January 2026, with a fresh idempotency key;
     * each pair of {@code fields} (name, value) adds or replaces a field.
     */
    private static MockHttpServletRequestBuilder form(String channel, String... fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("idempotencyKey", UUID.randomUUID().toString());
        form.put("channel", channel);
        form.put("receivedDay", "15");
        form.put("receivedMonth", "1");
        form.put("receivedYear", "2026");
        form.put("receivedHour", "14");
        form.put("receivedMinute", "30");
        form.put("type", "COMPLAINT");
        form.put("serviceArea", "highways");
        form.put("description", "The pavement on Fore Hill is broken.");
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        MockHttpServletRequestBuilder post = post("/staff/record").with(csrf());
        form.forEach(post::param);
        return post;
    }

    private FeedbackRecord recorded(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        return records.find(location.substring(location.lastIndexOf('/') + 1)).orElseThrow();
    }
}
