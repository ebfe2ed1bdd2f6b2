package org.councilfeedback.safeguarding.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.councilfeedback.intake.FeedbackIntake;
import org.councilfeedback.intake.TestFeedback;
import org.councilfeedback.safeguarding.ConcernStatus;
import org.councilfeedback.safeguarding.Safeguarding;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Safeguarding on the staff pages: one step from the case page to a raised concern and its red banner, the referral,
 * and the queue for the safeguarding leads.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SafeguardingPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    FeedbackIntake intake;

    @Autowired
    Safeguarding safeguarding;

    private String feedback() {
        return TestFeedback.byPhone().from("Sal Guard").phone("01234 111222").about("My neighbour <b>needs help</b>.")
                .recordBy(intake).reference();
    }

    @Test
    @WithUserDetails("customer.services")
    void everyCasePageOffersToRaiseAConcernInOneStep() throws Exception {
        mvc.perform(get("/staff/feedback/" + feedback()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Raise a safeguarding concern"),
                        containsString("name=\"concern\""), not(containsString("Safeguarding concern raised")))));
    }

    @Test
    @WithUserDetails("customer.services")
    void raisingAConcernShowsTheRedBannerWithTheNumberAndTheOverrideStatement() throws Exception {
        String reference = feedback();
        MvcResult result = mvc.perform(post("/staff/feedback/" + reference + "/safeguarding-concerns").with(csrf())
                        .param("concern", "The caller said her <script>father</script> is not being fed."))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/staff/feedback/" + reference + "#safeguarding");
        assertThat(safeguarding.concernsFor(reference)).hasSize(1);

        mvc.perform(get("/staff/feedback/" + reference).cookie(result.getResponse().getCookie("SESSION")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("moj-alert moj-alert--success"),
                        containsString("the safeguarding leads have been alerted"),
                        containsString("moj-alert moj-alert--error"),
                        containsString("Safeguarding concern raised — refer to"), containsString("0345 045 5202"),
                        containsString(safeguarding.statement()), containsString("customer.services"),
                        containsString("&lt;script&gt;father&lt;/script&gt;"), not(containsString("<script>father")),
                        containsString("Record the referral"))));
    }

    @Test
    @WithUserDetails("customer.services")
    void aBlankConcernIsShownWithTheErrorSummary() throws Exception {
        String reference = feedback();
        mvc.perform(post("/staff/feedback/" + reference + "/safeguarding-concerns").with(csrf()).param("concern", " "))
                .andExpect(status().isOk())
                .andExpect(view().name(SafeguardingPageController.RAISE_VIEW))
                .andExpect(content().string(allOf(containsString("govuk-error-summary"),
                        containsString("Describe the concern: who may be at risk and why"))));
        assertThat(safeguarding.concernsFor(reference)).isEmpty();
    }

    @Test
    @WithUserDetails("complaints.officer")
    void recordingTheReferralShowsWhoWhenAndTheOutcome() throws Exception {
        String reference = feedback();
        long id = safeguarding.raise(reference, "customer.services", "Worried about a child").id();

        MvcResult result = mvc.perform(post("/staff/feedback/" + reference + "/safeguarding-concerns/" + id + "/referral")
                        .with(csrf()).param("referredTo", "Children's services MASH").param("outcome", "Visit arranged"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(safeguarding.find(id).orElseThrow().status()).isEqualTo(ConcernStatus.REFERRED);

        mvc.perform(get("/staff/feedback/" + reference).cookie(result.getResponse().getCookie("SESSION")))
                .andExpect(content().string(allOf(containsString("Safeguarding referral recorded"),
                        containsString("Safeguarding concern raised — referred to Children&#39;s services MASH"),
                        containsString("Visit arranged"), containsString("complaints.officer"))));
    }

    @Test
    @WithUserDetails("complaints.officer")
    void aReferralWithoutAnOutcomeOrWithAFutureDateIsShownWithErrors() throws Exception {
        String reference = feedback();
        long id = safeguarding.raise(reference, "customer.services", "Worried").id();
        mvc.perform(post("/staff/feedback/" + reference + "/safeguarding-concerns/" + id + "/referral").with(csrf())
                        .param("referredDay", "1").param("referredMonth", "1").param("referredYear", "2999"))
                .andExpect(status().isOk())
                .andExpect(view().name(SafeguardingPageController.REFERRAL_VIEW))
                .andExpect(content().string(allOf(containsString("Record the outcome of the referral"),
                        containsString("must be today or in the past"))));
    }

    @Test
    @WithUserDetails("complaints.officer")
    void theQueueListsOpenConcernsForTheLeads() throws Exception {
        String reference = feedback();
        safeguarding.raise(reference, "customer.services", "Queue me");
        mvc.perform(get("/staff/safeguarding"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Safeguarding concerns"), containsString(reference))));
    }

    @Test
    @WithUserDetails("customer.services")
    void customerServicesDoNotWorkTheQueue() throws Exception {
        mvc.perform(get("/staff/safeguarding")).andExpect(status().isForbidden());
    }
}
