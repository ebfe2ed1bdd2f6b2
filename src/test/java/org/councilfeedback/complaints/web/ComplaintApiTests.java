package org.councilfeedback.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.councilfeedback.correspondence.MessageKind;
import org.councilfeedback.correspondence.OutgoingMessage;
import org.councilfeedback.testing.ComplaintsTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The complaint-handling endpoints of API.md: contract, and the 4xx rules of each. */
class ComplaintApiTests extends ComplaintsTestSupport {

    private static final String RESPONSE = """
            {"outcome": "PARTLY_UPHELD", "remedies": ["APOLOGY", "CHANGE_POLICY_OR_PROCEDURE"],
             "summary": "The repair was booked but the crew was sent to the wrong street.",
             "actions": [{"description": "Retrain the scheduling team", "owner": "investigator", "dueBy": "2027-01-29"}]}""";

    private String reference;
    private String email;

    @BeforeEach
    void aCorporateComplaintReceivedOnMonday23November2026() throws Exception {
        clock.setLocal("2026-11-23T10:00");
        email = newEmail();
        reference = openComplaint("CORPORATE", email);
    }

    private String path(String rest) {
        return "/api/v1/feedback/" + reference + rest;
    }

    private void respondAs(String user) throws Exception {
        postAs(user, path("/stages/current/response"), RESPONSE, 200);
    }

    @Nested
    class Assignment {

        @Test
        void assignsTheCurrentStageToAnInvestigatingOfficer() throws Exception {
            String json = postAs("complaints.officer", path("/stages/current/assignment"), "{\"handler\": \"investigator\"}", 200);

            assertThat(text(json, "$.assignedTo")).isEqualTo("investigator");
            assertThat(text(json, "$.stages[0].handler")).isEqualTo("investigator");
            assertThat(list(getAs("investigator", "/api/v1/complaints/queues/mine", 200), "$.items[*].reference"))
                    .contains(reference);
        }

        @Test
        void refusesTheStageOneHandlerAtStageTwoOfTheCorporateProcedure() throws Exception {
            postAs("complaints.officer", path("/stages/current/assignment"), "{\"handler\": \"complaints.officer\"}", 200);
            respondAs("complaints.officer");
            postAs("complaints.officer", path("/escalation"), "{\"reason\": \"Still broken\"}", 201);

            String json = postAs("complaints.officer", path("/stages/current/assignment"), "{\"handler\": \"complaints.officer\"}", 422);

            assertThat(text(json, "$.status")).isEqualTo("422");
            assertThat(text(json, "$.detail")).contains("complaints.officer handled Stage 1");
            postAs("complaints.officer", path("/stages/current/assignment"), "{\"handler\": \"investigator\"}", 200);
        }

        @Test
        void refusesSomeoneWhoCannotHandleComplaints() throws Exception {
            assertThat(text(postAs("complaints.officer", path("/stages/current/assignment"), "{\"handler\": \"nobody\"}", 422),
                    "$.detail")).contains("no staff account");
            assertThat(text(postAs("complaints.officer", path("/stages/current/assignment"),
                    "{\"handler\": \"customer.services\"}", 422), "$.detail")).contains("cannot handle");
            assertThat(text(postAs("complaints.officer", path("/stages/current/assignment"), "{}", 400), "$.errors[0].field"))
                    .isEqualTo("handler");
        }

        @Test
        void isForTheTeamThatOwnsTheProcess() throws Exception {
            String body = "{\"handler\": \"investigator\"}";
            postAs("customer.services", path("/stages/current/assignment"), body, 403);
            postAs("director", path("/stages/current/assignment"), body, 403);
            postAs("investigator", path("/stages/current/assignment"), body, 403);
            assertThat(text(postAs("dpo", path("/stages/current/assignment"), body, 403), "$.detail"))
                    .contains("complaints officer");
            postAs(null, path("/stages/current/assignment"), body, 401);
        }

        @Test
        void isNotFoundForAnUnknownReferenceAndRefusedForFeedbackThatIsNotACase() throws Exception {
            postAs("complaints.officer", "/api/v1/feedback/FB-2026-999999/stages/current/assignment",
                    "{\"handler\": \"investigator\"}", 404);
            String compliment = recordFeedback("COMPLIMENT", null, newEmail());
            postAs("complaints.officer", "/api/v1/feedback/" + compliment + "/stages/current/assignment",
                    "{\"handler\": \"investigator\"}", 422);
        }
    }

    @Nested
    class Extension {

        @Test
        void extendsWithinTheMaximumAndTellsTheComplainantWhyWithTheOmbudsmansDetails() throws Exception {
            String json = postAs("complaints.officer", path("/stages/current/extension"),
                    "{\"extendedTo\": \"2026-12-18\", \"reason\": \"We are waiting for the contractor's report.\"}", 200);

            assertThat(text(json, "$.stages[0].dueBy")).isEqualTo("2026-12-07");
            assertThat(text(json, "$.stages[0].extendedTo")).isEqualTo("2026-12-18");
            OutgoingMessage notice = awaitMessage(reference, m -> m.subject().contains("more time"));
            assertThat(notice.body()).contains("Friday 18 December 2026", "waiting for the contractor's report",
                    "Local Government and Social Care Ombudsman", "0300 061 0614");
            assertThat(awaitEmails(email, 2)).anyMatch(m -> subjectOf(m).contains("more time"));
        }

        @Test
        void refusesADateBeyondTheMaximumOrNotAWorkingDay() throws Exception {
            // due Mon 7 December; up to 10 more working days is Mon 21 December
            assertThat(text(postAs("complaints.officer", path("/stages/current/extension"),
                    "{\"extendedTo\": \"2026-12-22\", \"reason\": \"More time\"}", 422), "$.detail"))
                    .contains("up to 10 working days", "Monday 21 December 2026");
            assertThat(text(postAs("complaints.officer", path("/stages/current/extension"),
                    "{\"extendedTo\": \"2026-12-19\", \"reason\": \"More time\"}", 422), "$.detail"))
                    .contains("not a working day");
            postAs("complaints.officer", path("/stages/current/extension"), "{\"extendedTo\": \"2026-12-21\", \"reason\": \"More time\"}", 200);
        }

        @Test
        void needsADateAndAReason() throws Exception {
            postAs("complaints.officer", path("/stages/current/extension"), "{\"extendedTo\": \"2026-12-18\"}", 400);
            postAs("complaints.officer", path("/stages/current/extension"), "{\"reason\": \"More time\"}", 400);
            postAs("complaints.officer", path("/stages/current/extension"), "{\"extendedTo\": \"18/12/2026\", \"reason\": \"x\"}", 400);
        }
    }

    @Nested
    class Response {

        @Test
        void previewsTheLetterItWouldSend() throws Exception {
            String json = call("complaints.officer", MockMvcRequestBuilders.get(path("/stages/current/response-draft"))
                    .param("outcome", "PARTLY_UPHELD").param("remedies", "APOLOGY", "ACT_ON_DELAY")
                    .param("summary", "The crew went to the wrong street."), null, 200);

            assertThat(text(json, "$.subject")).contains("Stage 1", reference);
            assertThat(text(json, "$.text")).contains("Dear Sam Smith,", "Stage 1", "we have upheld part of your complaint",
                    "The crew went to the wrong street.", "apologise", "act on the delay", "Stage 2",
                    "Monday 21 December 2026");
        }

        @Test
        void recordsTheOutcomeAndSendsTheLetterWithRemediesActionsAndHowToEscalate() throws Exception {
            String json = postAs("complaints.officer", path("/stages/current/response"), RESPONSE, 200);

            assertThat(text(json, "$.status")).isEqualTo("RESPONDED");
            assertThat(text(json, "$.stages[0].outcome")).isEqualTo("PARTLY_UPHELD");
            assertThat(text(json, "$.stages[0].respondedOn")).isEqualTo("2026-11-23");
            assertThat(text(json, "$.stages[0].handler")).isEqualTo("complaints.officer");
            assertThat(list(json, "$.stages[0].remedies")).containsExactly("APOLOGY", "CHANGE_POLICY_OR_PROCEDURE");
            assertThat(text(json, "$.actions[0].description")).isEqualTo("Retrain the scheduling team");
            assertThat(text(json, "$.actions[0].completedOn")).isNull();
            assertThat(text(json, "$.escalation.possible")).isEqualTo("true");
            assertThat(text(json, "$.escalation.escalateBy")).isEqualTo("2026-12-21");

            OutgoingMessage letter = awaitMessage(reference, m -> m.kind() == MessageKind.RESPONSE);
            assertThat(letter.body()).contains("Stage 1", "we have upheld part of your complaint",
                    "sent to the wrong street", "apologise", "change our policy or procedure",
                    "Retrain the scheduling team (by Friday 29 January 2027)", "consider your complaint at Stage 2",
                    "Monday 21 December 2026", "/track/");
            assertThat(awaitEmails(email, 2)).anyMatch(m -> bodyOf(m).contains("sent to the wrong street"));
        }

        @Test
        void sendsTheEditedLetterWhenGiven() throws Exception {
            postAs("complaints.officer", path("/stages/current/response"), """
                    {"outcome": "NOT_UPHELD", "summary": "The road was repaired on time.",
                     "letterText": "Dear Sam Smith,\\n\\nOur edited letter."}""", 200);

            assertThat(awaitMessage(reference, m -> m.kind() == MessageKind.RESPONSE).body())
                    .isEqualTo("Dear Sam Smith,\n\nOur edited letter.");
        }

        @Test
        void letsTheAssignedInvestigatorRespond() throws Exception {
            postAs("complaints.officer", path("/stages/current/assignment"), "{\"handler\": \"investigator\"}", 200);

            String json = postAs("investigator", path("/stages/current/response"), RESPONSE, 200);

            assertThat(text(json, "$.stages[0].handler")).isEqualTo("investigator");
        }

        @Test
        void refusesAnInvestigatorWhoIsNotTheHandler() throws Exception {
            postAs("investigator", path("/stages/current/response"), RESPONSE, 403);
        }

        @Test
        void needsAnOutcomeFromTheListAndTheReasons() throws Exception {
            assertThat(text(postAs("complaints.officer", path("/stages/current/response"), "{\"summary\": \"x\"}", 400),
                    "$.errors[0].field")).isEqualTo("outcome");
            postAs("complaints.officer", path("/stages/current/response"), "{\"outcome\": \"UPHELD\"}", 400);
            postAs("complaints.officer", path("/stages/current/response"), "{\"outcome\": \"MAYBE\", \"summary\": \"x\"}", 400);
            postAs("complaints.officer", path("/stages/current/response"),
                    "{\"outcome\": \"UPHELD\", \"summary\": \"x\", \"remedies\": [\"CAKE\"]}", 400);
            postAs("complaints.officer", path("/stages/current/response"),
                    "{\"outcome\": \"UPHELD\", \"summary\": \"x\", \"actions\": [{\"description\": \"Do it\"}]}", 400);
            postAs("complaints.officer", path("/stages/current/response"), "{\"outcome\": \"WITHDRAWN\"}", 200);
        }

        @Test
        void isGivenOncePerStage() throws Exception {
            respondAs("complaints.officer");

            assertThat(text(postAs("complaints.officer", path("/stages/current/response"), RESPONSE, 422), "$.detail"))
                    .contains("already responded");
        }

        @Test
        void tracksActionsUntilTheyAreDone() throws Exception {
            String json = postAs("complaints.officer", path("/stages/current/response"), RESPONSE, 200);
            String id = text(json, "$.actions[0].id");

            String done = postAs("investigator", path("/actions/" + id + "/completion"), null, 200);

            assertThat(text(done, "$.actions[0].completedOn")).isEqualTo("2026-11-23");
            assertThat(text(done, "$.actions[0].completedBy")).isEqualTo("investigator");
            postAs("complaints.officer", path("/actions/" + id + "/completion"), null, 422);
            postAs("complaints.officer", path("/actions/999999/completion"), null, 404);
        }
    }

    @Nested
    class Escalation {

        @Test
        void opensTheNextStageAfterAResponse() throws Exception {
            respondAs("complaints.officer");
            clock.setLocal("2026-11-30T11:00");

            String json = call("complaints.officer", MockMvcRequestBuilders.post(path("/escalation")),
                    "{\"reason\": \"The pavement is still broken.\"}", 201);

            assertThat(text(json, "$.status")).isEqualTo("IN_PROGRESS");
            assertThat(text(json, "$.stages.length()")).isEqualTo("2");
            assertThat(text(json, "$.stages[1].number")).isEqualTo("2");
            assertThat(text(json, "$.stages[1].name")).isEqualTo("Stage 2");
            assertThat(text(json, "$.stages[1].openedOn")).isEqualTo("2026-11-30");
            assertThat(text(json, "$.stages[1].acknowledgeBy")).isEqualTo("2026-12-07");
            assertThat(text(json, "$.stages[1].acknowledgedOn")).isNull();
            assertThat(text(json, "$.stages[1].dueBy")).as("20 working days after the last day to acknowledge").isEqualTo("2027-01-07");
            assertThat(text(json, "$.stages[1].escalationReason")).isEqualTo("The pavement is still broken.");
            assertThat(awaitMessage(reference, m -> m.subject().contains("take your complaint further")).body())
                    .contains("Stage 2", "Monday 7 December 2026");

            String acknowledged = postAs("complaints.officer", path("/stages/current/acknowledgement"), null, 200);
            assertThat(text(acknowledged, "$.stages[1].acknowledgedOn")).isEqualTo("2026-11-30");
            assertThat(text(acknowledged, "$.stages[1].dueBy")).isEqualTo("2026-12-30");
            postAs("complaints.officer", path("/stages/current/acknowledgement"), null, 422);
        }

        @Test
        void isRefusedBeforeAResponse() throws Exception {
            assertThat(text(postAs("complaints.officer", path("/escalation"), "{\"reason\": \"Too slow\"}", 422), "$.detail"))
                    .contains("not responded");
        }

        @Test
        void isRefusedOnceTheWindowHasPassed() throws Exception {
            respondAs("complaints.officer");
            clock.setLocal("2026-12-22T09:30");

            assertThat(text(postAs("complaints.officer", path("/escalation"), "{\"reason\": \"Late\"}", 422), "$.detail"))
                    .contains("ended on Monday 21 December 2026");
        }

        @Test
        void isRefusedAfterTheLastStage() throws Exception {
            respondAs("complaints.officer");
            postAs("complaints.officer", path("/escalation"), "{\"reason\": \"No\"}", 201);
            postAs("complaints.officer", path("/stages/current/assignment"), "{\"handler\": \"investigator\"}", 200);
            respondAs("investigator");

            assertThat(text(postAs("complaints.officer", path("/escalation"), "{\"reason\": \"No\"}", 422), "$.detail"))
                    .contains("last stage");
        }

        @Test
        void needsAReason() throws Exception {
            respondAs("complaints.officer");

            postAs("complaints.officer", path("/escalation"), "{}", 400);
        }
    }

    @Nested
    class OmbudsmanReferral {

        @Test
        void isRecordedAndLaterUpdated() throws Exception {
            String created = call("complaints.officer", MockMvcRequestBuilders.post(path("/ombudsman-referral")), """
                    {"body": "LGSCO", "reference": "26 001 234", "enquiryOn": "2026-11-23", "decisionOn": null,
                     "decision": null, "remedy": null, "complianceDueBy": null}""", 201);
            assertThat(text(created, "$.ombudsmanReferral.body")).isEqualTo("LGSCO");
            assertThat(text(created, "$.ombudsmanReferral.reference")).isEqualTo("26 001 234");

            String updated = putAs("complaints.officer", path("/ombudsman-referral"), """
                    {"body": "LGSCO", "reference": "26 001 234", "enquiryOn": "2026-11-23", "decisionOn": "2027-03-01",
                     "decision": "UPHELD", "remedy": "Apologise and pay 150 pounds", "complianceDueBy": "2027-04-01"}""", 200);
            assertThat(text(updated, "$.ombudsmanReferral.decision")).isEqualTo("UPHELD");
            assertThat(text(updated, "$.ombudsmanReferral.complianceDueBy")).isEqualTo("2027-04-01");
        }

        @Test
        void refusesASecondReferralAnUpdateBeforeOneAndTheWrongBody() throws Exception {
            putAs("complaints.officer", path("/ombudsman-referral"), "{\"body\": \"LGSCO\"}", 404);
            assertThat(text(postAs("complaints.officer", path("/ombudsman-referral"), "{\"body\": \"ICO\"}", 422), "$.detail"))
                    .contains("go to the LGSCO");
            postAs("complaints.officer", path("/ombudsman-referral"), "{\"body\": \"LGSCO\"}", 201);
            postAs("complaints.officer", path("/ombudsman-referral"), "{\"body\": \"LGSCO\"}", 422);
            postAs("complaints.officer", path("/ombudsman-referral"), "{\"body\": \"COURT\"}", 400);
            putAs("complaints.officer", path("/ombudsman-referral"),
                    "{\"body\": \"LGSCO\", \"enquiryOn\": \"2027-02-01\", \"decisionOn\": \"2027-01-01\"}", 422);
        }
    }

    @Test
    void theOpenApiDocumentListsEveryComplaintEndpoint() throws Exception {
        String json = getAs(null, "/v3/api-docs", 200);

        assertThat(json).contains("/api/v1/feedback/{reference}/classification",
                "/api/v1/feedback/{reference}/stages/current/assignment",
                "/api/v1/feedback/{reference}/stages/current/extension",
                "/api/v1/feedback/{reference}/stages/current/response",
                "/api/v1/feedback/{reference}/stages/current/response-draft",
                "/api/v1/feedback/{reference}/stages/current/acknowledgement",
                "/api/v1/feedback/{reference}/stages/current/response-period",
                "/api/v1/feedback/{reference}/stages/current/review-panel",
                "/api/v1/feedback/{reference}/escalation",
                "/api/v1/feedback/{reference}/ombudsman-referral",
                "/api/v1/complaints/queues/mine",
                "/api/v1/track/{token}", "/api/v1/track/{token}/escalation");
    }
}
