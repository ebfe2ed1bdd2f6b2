package org.councilfeedback.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilfeedback.correspondence.MessageKind;
import org.councilfeedback.testing.ComplaintsTestSupport;
import org.junit.jupiter.api.Test;

/**
 * Each procedure walked from classification to its end through the API, with the complainant's emails read from a real
 * SMTP server.
 */
class ProcedureWalkthroughTests extends ComplaintsTestSupport {

    private static final Pattern TRACKING = Pattern.compile("/track/([A-Za-z0-9_-]{43})");

    private static String trackingToken(String text) {
        Matcher matcher = TRACKING.matcher(text);
        assertThat(matcher.find()).as("a tracking link in: " + text).isTrue();
        return matcher.group(1);
    }

    private static String response(String outcome, String remedies) {
        return "{\"outcome\": \"" + outcome + "\", \"remedies\": [" + remedies + "], \"summary\": \"We looked at every record.\"}";
    }

    @Test
    void corporateComplaintGoesThroughBothStagesOfTheCodeToTheOmbudsman() throws Exception {
        clock.setLocal("2026-11-02T10:00");
        String email = newEmail();
        String ref = openComplaint("CORPORATE", email);
        String base = "/api/v1/feedback/" + ref;
        String nextSteps = awaitEmail(email, "Your complaint –");
        assertThat(nextSteps).contains("Complaint Handling Code", "Monday 16 November 2026");
        String token = trackingToken(nextSteps);

        postAs("complaints.officer", base + "/stages/current/assignment", "{\"handler\": \"complaints.officer\"}", 200);
        clock.setLocal("2026-11-12T15:00");
        postAs("complaints.officer", base + "/stages/current/response", response("NOT_UPHELD", ""), 200);
        assertThat(awaitEmail(email, "Our response to your complaint at Stage 1")).contains("we have not upheld your complaint",
                "consider your complaint at Stage 2", "Thursday 10 December 2026");

        clock.setLocal("2026-11-16T09:30");
        String tracked = postAs(null, "/api/v1/track/" + token + "/escalation", "{\"reason\": \"Nothing has changed.\"}", 201);
        assertThat(text(tracked, "$.stages.length()")).isEqualTo("2");
        assertThat(tracked).doesNotContain("complaints.officer");
        assertThat(awaitEmail(email, "take your complaint further")).contains("Monday 23 November 2026");

        postAs("complaints.officer", base + "/stages/current/acknowledgement", null, 200);
        postAs("complaints.officer", base + "/stages/current/assignment", "{\"handler\": \"complaints.officer\"}", 422);
        postAs("complaints.officer", base + "/stages/current/assignment", "{\"handler\": \"investigator\"}", 200);
        String extended = postAs("investigator", base + "/stages/current/extension",
                "{\"extendedTo\": \"2027-01-05\", \"reason\": \"A witness is on leave.\"}", 200);
        assertThat(text(extended, "$.stages[1].dueBy")).isEqualTo("2026-12-14");
        assertThat(text(extended, "$.stages[1].extendedTo")).isEqualTo("2027-01-05");

        clock.setLocal("2026-12-30T11:00");
        postAs("investigator", base + "/stages/current/response", response("UPHELD", "\"APOLOGY\", \"FINANCIAL_REMEDY\""), 200);
        String finalLetter = awaitEmail(email, "Our response to your complaint at Stage 2");
        assertThat(finalLetter).contains("we have upheld your complaint", "make a payment", "final response",
                "Local Government and Social Care Ombudsman", "PO Box 4471", "0300 061 0614");
        postAs("complaints.officer", base + "/escalation", "{\"reason\": \"Again\"}", 422);

        clock.setLocal("2027-02-01T10:00");
        postAs("complaints.officer", base + "/ombudsman-referral", "{\"body\": \"LGSCO\", \"reference\": \"26 001 234\", "
                + "\"enquiryOn\": \"2027-02-01\"}", 201);
        String record = putAs("complaints.officer", base + "/ombudsman-referral", "{\"body\": \"LGSCO\", "
                + "\"reference\": \"26 001 234\", \"enquiryOn\": \"2027-02-01\", \"decisionOn\": \"2027-05-03\", "
                + "\"decision\": \"NOT_UPHELD\", \"remedy\": null, \"complianceDueBy\": null}", 200);
        assertThat(text(record, "$.stages[0].outcome")).isEqualTo("NOT_UPHELD");
        assertThat(text(record, "$.stages[1].outcome")).isEqualTo("UPHELD");
        assertThat(text(record, "$.stages[1].handler")).isEqualTo("investigator");
        assertThat(text(record, "$.ombudsmanReferral.decision")).isEqualTo("NOT_UPHELD");
        assertThat(text(record, "$.escalation.possible")).isEqualTo("false");
    }

    @Test
    void legacyCorporateComplaintHasThreeStagesThenTheOmbudsman() throws Exception {
        clock.setLocal("2026-01-14T10:00");
        String email = newEmail();
        String ref = openComplaint("CORPORATE", email);
        String base = "/api/v1/feedback/" + ref;
        String record = record(ref);
        assertThat(text(record, "$.procedure.version")).isEqualTo("three-stage-2019");
        assertThat(text(record, "$.stages[0].acknowledgeBy")).isNull();
        assertThat(text(record, "$.stages[0].dueBy")).isEqualTo("2026-01-28");

        postAs("complaints.officer", base + "/stages/current/response", response("NOT_UPHELD", ""), 200);
        clock.setLocal("2026-01-19T10:00");
        String two = call("complaints.officer", org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post(base + "/escalation"), "{\"reason\": \"Not good enough\"}", 201);
        assertThat(text(two, "$.stages[1].dueBy")).isEqualTo("2026-02-16");
        postAs("complaints.officer", base + "/stages/current/response", response("NOT_UPHELD", ""), 200);
        String three = postAs("complaints.officer", base + "/escalation", "{\"reason\": \"Still not\"}", 201);
        assertThat(text(three, "$.stages[2].name")).isEqualTo("Stage 3");
        assertThat(text(three, "$.stages[2].dueBy")).isEqualTo("2026-02-16");
        postAs("complaints.officer", base + "/stages/current/response", response("PARTLY_UPHELD", "\"EXPLANATION\""), 200);

        assertThat(text(postAs("complaints.officer", base + "/escalation", "{\"reason\": \"More\"}", 422), "$.detail"))
                .contains("last stage");
        assertThat(awaitEmail(email, "Our response to your complaint at Stage 3")).contains("final response", "Ombudsman");
    }

    @Test
    void childrensSocialCareComplaintGoesThroughInvestigationAndAReviewPanel() throws Exception {
        clock.setLocal("2026-11-02T10:00");
        String email = newEmail();
        String ref = openComplaint("CHILDRENS_SOCIAL_CARE", email);
        String base = "/api/v1/feedback/" + ref;
        assertThat(awaitEmail(email, "Your complaint –")).contains("independent advocate", "Monday 16 November 2026");
        postAs("complaints.officer", base + "/stages/current/response", response("UPHELD", ""), 403);

        String extended = postAs("social.care", base + "/stages/current/extension",
                "{\"extendedTo\": \"2026-11-30\", \"reason\": \"The social worker is away.\"}", 200);
        assertThat(text(extended, "$.stages[0].dueBy")).isEqualTo("2026-11-16");
        postAs("social.care", base + "/stages/current/extension", "{\"extendedTo\": \"2026-12-01\", \"reason\": \"Longer\"}", 422);
        clock.setLocal("2026-11-27T10:00");
        postAs("social.care", base + "/stages/current/response", response("NOT_UPHELD", ""), 200);

        clock.setLocal("2026-12-01T10:00");
        String two = postAs("social.care", base + "/escalation", "{\"reason\": \"I want an investigation\"}", 201);
        assertThat(text(two, "$.stages[1].dueBy")).isEqualTo("2027-01-08");
        postAs("social.care", base + "/stages/current/assignment", "{\"handler\": \"investigator\"}", 200);
        assertThat(text(postAs("investigator", base + "/stages/current/response", response("NOT_UPHELD", ""), 422),
                "$.detail")).contains("independent person");
        postAs("social.care", base + "/stages/current/assignment",
                "{\"handler\": \"investigator\", \"independentPerson\": \"Jo Independent\"}", 200);
        clock.setLocal("2027-01-07T10:00");
        postAs("investigator", base + "/stages/current/response", response("NOT_UPHELD", ""), 200);

        clock.setLocal("2027-01-11T10:00");
        String three = postAs("social.care", base + "/escalation", "{\"reason\": \"I want a review panel\"}", 201);
        assertThat(text(three, "$.stages[2].panelBy")).isEqualTo("2027-02-22");
        assertThat(text(three, "$.stages[2].reportBy")).isEqualTo("2027-03-01");
        assertThat(text(three, "$.stages[2].dueBy")).isEqualTo("2027-03-22");
        postAs("social.care", base + "/stages/current/response", response("NOT_UPHELD", ""), 422);
        clock.setLocal("2027-02-15T10:00");
        postAs("social.care", base + "/stages/current/review-panel", "{\"heldOn\": \"2027-02-15\"}", 200);
        clock.setLocal("2027-02-19T10:00");
        String reported = postAs("social.care", base + "/stages/current/review-panel-report", "{\"receivedOn\": \"2027-02-19\"}", 200);
        assertThat(text(reported, "$.stages[2].dueBy")).isEqualTo("2027-03-12");
        postAs("social.care", base + "/stages/current/response", response("PARTLY_UPHELD", "\"AMEND_RECORD\""), 200);

        assertThat(awaitEmail(email, "Our response to your complaint at Stage 3")).contains("correct our records", "final response",
                "Local Government and Social Care Ombudsman");
        postAs("social.care", base + "/escalation", "{\"reason\": \"More\"}", 422);
    }

    @Test
    void adultSocialCareComplaintHasOneStageWithAnAgreedResponseDate() throws Exception {
        clock.setLocal("2026-06-25T10:00");
        String email = newEmail();
        String ref = openComplaint("ADULT_SOCIAL_CARE", email);
        String base = "/api/v1/feedback/" + ref;
        String record = record(ref);
        assertThat(text(record, "$.stages[0].acknowledgeBy")).isEqualTo("2026-06-30");
        assertThat(text(record, "$.stages[0].dueBy")).as("six months, Christmas Day moved on").isEqualTo("2026-12-29");
        assertThat(awaitEmail(email, "Your complaint –")).contains("talk to you about your complaint", "agree a plan");

        String agreed = postAs("social.care", base + "/stages/current/response-period",
                "{\"respondBy\": \"2026-09-30\", \"note\": \"Agreed with Mrs Smith by phone\"}", 200);
        assertThat(text(agreed, "$.stages[0].agreedResponseBy")).isEqualTo("2026-09-30");
        assertThat(text(agreed, "$.stages[0].dueBy")).isEqualTo("2026-09-30");

        clock.setLocal("2026-09-28T10:00");
        postAs("social.care", base + "/stages/current/response", response("UPHELD", "\"APOLOGY\", \"ACT_ON_DELAY\""), 200);
        assertThat(awaitEmail(email, "Our response to your complaint at Stage 1")).contains("final response", "Ombudsman");
        assertThat(text(postAs("social.care", base + "/escalation", "{\"reason\": \"More\"}", 422), "$.detail"))
                .contains("last stage");
    }

    @Test
    void dataProtectionComplaintIsOwnedByTheDpoExtendedAndThenForTheIco() throws Exception {
        clock.setLocal("2026-11-25T10:00");
        String email = newEmail();
        String ref = openComplaint("DATA_PROTECTION", email);
        String base = "/api/v1/feedback/" + ref;
        String record = record(ref);
        assertThat(text(record, "$.procedure.version")).isEqualTo("uk-gdpr-2018");
        assertThat(text(record, "$.stages[0].dueBy")).isEqualTo("2026-12-29");
        postAs("complaints.officer", base + "/stages/current/extension", "{\"extendedTo\": \"2027-02-01\", \"reason\": \"x\"}", 403);

        postAs("dpo", base + "/stages/current/extension", "{\"extendedTo\": \"2027-03-02\", \"reason\": \"Complex\"}", 422);
        postAs("dpo", base + "/stages/current/extension",
                "{\"extendedTo\": \"2027-02-26\", \"reason\": \"We need records from three services.\"}", 200);
        assertThat(awaitMessage(ref, m -> m.subject().contains("more time")).body())
                .contains("Friday 26 February 2027", "Information Commissioner's Office", "0303 123 1113");

        clock.setLocal("2027-02-20T10:00");
        postAs("dpo", base + "/stages/current/response", response("PARTLY_UPHELD", "\"AMEND_RECORD\""), 200);
        assertThat(awaitMessage(ref, m -> m.kind() == MessageKind.RESPONSE).body())
                .contains("final response", "Information Commissioner's Office", "Wycliffe House");
        postAs("dpo", base + "/ombudsman-referral", "{\"body\": \"LGSCO\"}", 422);
        String referred = postAs("dpo", base + "/ombudsman-referral", "{\"body\": \"ICO\", \"reference\": \"IC-123456-A1B2\"}", 201);
        assertThat(text(referred, "$.ombudsmanReferral.body")).isEqualTo("ICO");
        assertThat(awaitEmails(email, 4)).hasSizeGreaterThanOrEqualTo(4);
    }
}
