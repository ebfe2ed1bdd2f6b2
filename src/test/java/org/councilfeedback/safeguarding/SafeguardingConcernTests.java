package org.councilfeedback.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.councilfeedback.support.FeedbackFixtures.feedback;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.councilfeedback.correspondence.Correspondence;
import org.councilfeedback.correspondence.MessageKind;
import org.councilfeedback.intake.FeedbackDetailsContributor;
import org.councilfeedback.intake.FeedbackIntake;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.FeedbackStatus;
import org.councilfeedback.support.PeopleAndPrivacyTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Anyone handling feedback raises a safeguarding concern in one step: the leads are emailed at once, the case is
 * flagged, the referral is recorded, confidentiality is overridden and says so, and the feedback's handling goes on.
 */
@PeopleAndPrivacyTest
class SafeguardingConcernTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(PeopleAndPrivacyTest.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static final String STATEMENT = "Shared to protect someone at risk: confidentiality overridden under the Feedback Policy";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    FeedbackIntake intake;

    @Autowired
    FeedbackRecords records;

    @Autowired
    Safeguarding safeguarding;

    @Autowired
    Correspondence correspondence;

    @Autowired
    UserDetailsService users;

    @Autowired
    List<FeedbackDetailsContributor> contributors;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    JsonNode raise(String reference, String username, String concern) throws Exception {
        String body = mvc.perform(post("/api/v1/feedback/{reference}/safeguarding-concern", reference).with(as(username))
                        .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(Map.of("concern", concern))))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JSON.readTree(body);
    }

    @Test
    void raisingAConcernAlertsTheSafeguardingLeadByEmailAtOnce() throws Exception {
        String reference = feedback().description("My neighbour's children are left alone all night.").recordWith(intake);

        JsonNode concern = raise(reference, "customer.services", "Caller says two young children are left alone overnight.");

        assertThat(concern.get("status").asString()).isEqualTo("OPEN");
        assertThat(concern.get("statement").asString()).isEqualTo(STATEMENT);
        assertThat(concern.get("referralPhone").asString()).isEqualTo("0345 045 5202");
        MimeMessage alert = await().atMost(Duration.ofSeconds(15)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipient(m).equals("safeguarding.lead@cambridgeshire.example") && subject(m).contains(reference))
                .findFirst().orElse(null), m -> m != null);
        String text = GreenMailUtil.getBody(alert);
        assertThat(subject(alert)).contains("Safeguarding concern").contains("0345 045 5202");
        assertThat(text).contains("two young children are left alone overnight").contains("customer.services")
                .contains("0345 045 5202").contains(STATEMENT);
        assertThat(alert.getHeader("X-Message-Kind")[0]).isEqualTo("INTERNAL_ALERT");
        await().atMost(Duration.ofSeconds(10)).until(() -> safeguarding.find(concern.get("id").asLong()).orElseThrow()
                .leadsAlertedAt() != null);
        assertThat(correspondence.forReference(reference)).anySatisfy(message ->
                assertThat(message.kind()).isEqualTo(MessageKind.INTERNAL_ALERT));
    }

    @Test
    @WithUserDetails("complaints.officer")
    void theCaseCarriesAVisibleFlagAndBannerAndItsHandlingIsNotBlocked() throws Exception {
        String reference = feedback().recordWith(intake);
        records.changeStatus(reference, FeedbackStatus.IN_PROGRESS);

        raise(reference, "investigator", "The complainant says her father is being hit at his care home.");

        mvc.perform(get("/api/v1/feedback/{reference}", reference))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.flags", Matchers.hasItem("SAFEGUARDING")))
                .andExpect(jsonPath("$.safeguarding.status").value("OPEN"))
                .andExpect(jsonPath("$.safeguarding.statement").value(STATEMENT))
                .andExpect(jsonPath("$.safeguarding.referralPhone").value("0345 045 5202"))
                .andExpect(jsonPath("$.safeguarding.concerns[0].raisedBy").value("investigator"))
                .andExpect(jsonPath("$.timeline[*].event", Matchers.hasItem("Safeguarding concern raised")));
        assertThat(records.find(reference).orElseThrow().status()).isEqualTo(FeedbackStatus.IN_PROGRESS);
    }

    @Test
    void theFlagIsAddedToFlagsOtherModulesPutThereFirst() {
        String reference = feedback().recordWith(intake);
        safeguarding.raise(reference, "triage", "Triage found a risk of harm.");
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("flags", List.of("VEXATIOUS_CHECK"));

        contributors.stream().filter(c -> c instanceof SafeguardingDetailsContributor)
                .forEach(c -> c.contribute(records.find(reference).orElseThrow(), details));

        assertThat(details.get("flags")).isEqualTo(List.of("VEXATIOUS_CHECK", "SAFEGUARDING"));
    }

    @Test
    void otherModulesRaiseConcernsThroughTheService() {
        String reference = feedback().recordWith(intake);

        SafeguardingConcern concern = safeguarding.raise(reference, "complaints.officer", "Excluded: safeguarding.");

        assertThat(concern.statement()).isEqualTo(STATEMENT);
        assertThat(safeguarding.hasConcern(reference)).isTrue();
        assertThat(safeguarding.queue(ConcernStatus.OPEN, 0, 100)).extracting(SafeguardingConcern::id).contains(concern.id());
    }

    @Test
    void theReferralIsRecordedWithWhoWhenAndTheOutcomeAndLeavesTheQueue() throws Exception {
        String reference = feedback().recordWith(intake);
        long id = raise(reference, "customer.services", "Caller at risk of self-harm.").get("id").asLong();

        mvc.perform(get("/api/v1/safeguarding/concerns").param("status", "OPEN").with(as("social.care")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", Matchers.hasItem((int) id)));

        mvc.perform(post("/api/v1/feedback/{reference}/safeguarding-concern/{id}/referral", reference, id)
                        .with(as("customer.services")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"referredAt\": \"2026-03-02T10:15:00Z\", \"outcome\": \"Accepted by the referral line; social worker to visit today\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REFERRED"))
                .andExpect(jsonPath("$.referral.referredBy").value("customer.services"))
                .andExpect(jsonPath("$.referral.referredAt").value("2026-03-02T10:15:00Z"))
                .andExpect(jsonPath("$.referral.referredTo", Matchers.containsString("0345 045 5202")))
                .andExpect(jsonPath("$.referral.outcome").value("Accepted by the referral line; social worker to visit today"));

        mvc.perform(get("/api/v1/safeguarding/concerns").param("status", "OPEN").param("size", "100").with(as("social.care")))
                .andExpect(jsonPath("$.items[*].id", Matchers.not(Matchers.hasItem((int) id))));
        mvc.perform(get("/api/v1/safeguarding/concerns").param("status", "REFERRED").param("size", "100").with(as("dpo")))
                .andExpect(jsonPath("$.items[*].id", Matchers.hasItem((int) id)));
    }

    @Test
    void everyStaffRoleButReportViewersMayRaiseAConcern() throws Exception {
        String reference = feedback().recordWith(intake);
        for (String username : List.of("admin", "customer.services", "complaints.officer", "investigator", "social.care",
                "dpo", "director")) {
            raise(reference, username, "Concern raised by " + username);
        }
        mvc.perform(post("/api/v1/feedback/{reference}/safeguarding-concern", reference).with(as("manager"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"concern\": \"x\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void badInputUnknownReferencesAndTheWrongQueueReaderAreProblems() throws Exception {
        String reference = feedback().recordWith(intake);
        mvc.perform(post("/api/v1/feedback/{reference}/safeguarding-concern", reference).with(as("customer.services"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"concern\": \"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", Matchers.containsString("application/problem+json")))
                .andExpect(jsonPath("$.errors[0].field").value("concern"));
        mvc.perform(post("/api/v1/feedback/{reference}/safeguarding-concern", reference).with(as("customer.services"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"concern\": \"x\", \"urgent\": true}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/feedback/FB-2001-999998/safeguarding-concern").with(as("customer.services"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"concern\": \"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/feedback/{reference}/safeguarding-concern/999999/referral", reference)
                        .with(as("customer.services")).contentType(MediaType.APPLICATION_JSON).content("{\"outcome\": \"x\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/feedback/{reference}/safeguarding-concern/1/referral", reference)
                        .with(as("customer.services")).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/safeguarding/concerns").with(as("customer.services"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/safeguarding/concerns").param("status", "SOON").with(as("dpo"))).andExpect(status().isBadRequest());
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            return "";
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            return "";
        }
    }
}
