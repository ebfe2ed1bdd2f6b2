package org.councilfeedback.triage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.councilfeedback.correspondence.MessageKind;
import org.councilfeedback.correspondence.OutgoingMessage;
import org.councilfeedback.testing.ComplaintsTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** {@code POST /api/v1/feedback/{reference}/classification}, as API.md describes it. */
class ClassificationApiTests extends ComplaintsTestSupport {

    @BeforeEach
    void monday23November2026() {
        clock.setLocal("2026-11-23T10:00");
    }

    private String classify(String reference, String body, int status) throws Exception {
        return postAs("complaints.officer", "/api/v1/feedback/" + reference + "/classification", body, status);
    }

    @Nested
    class AComplaintGivenAProcess {

        @Test
        void answersWithTheWholeRecordAndItsFirstStageOpen() throws Exception {
            String reference = recordFeedback("COMPLAINT", null, newEmail());

            String json = classify(reference, "{\"type\": \"COMPLAINT\", \"process\": \"CORPORATE\", \"exclusion\": null, "
                    + "\"reason\": null, \"acceptOutOfTime\": false}", 200);

            assertThat(text(json, "$.reference")).isEqualTo(reference);
            assertThat(text(json, "$.type")).isEqualTo("COMPLAINT");
            assertThat(text(json, "$.status")).isEqualTo("IN_PROGRESS");
            assertThat(text(json, "$.process")).isEqualTo("CORPORATE");
            assertThat(text(json, "$.exclusion")).isNull();
            assertThat(text(json, "$.procedure.process")).isEqualTo("CORPORATE");
            assertThat(text(json, "$.procedure.version")).isEqualTo("complaint-handling-code-2026");
            assertThat(text(json, "$.stages.length()")).isEqualTo("1");
            assertThat(text(json, "$.stages[0].number")).isEqualTo("1");
            assertThat(text(json, "$.stages[0].name")).isEqualTo("Stage 1");
            assertThat(text(json, "$.stages[0].openedOn")).isEqualTo("2026-11-23");
            assertThat(text(json, "$.stages[0].acknowledgeBy")).isEqualTo("2026-11-30");
            assertThat(text(json, "$.stages[0].acknowledgedOn")).isEqualTo("2026-11-23");
            assertThat(text(json, "$.stages[0].dueBy")).isEqualTo("2026-12-07");
            assertThat(text(json, "$.stages[0].extendedTo")).isNull();
            assertThat(text(json, "$.stages[0].respondedOn")).isNull();
            assertThat(text(json, "$.stages[0].outcome")).isNull();
            assertThat(text(json, "$.stages[0].handler")).isNull();
            assertThat(list(json, "$.flags")).isEmpty();
            assertThat(text(json, "$.timeline[*].event")).contains("Classified", "Complaint opened");
        }

        @Test
        void tellsTheComplainantWhatHappensNextWithTheirPrivateTrackingLink() throws Exception {
            String email = newEmail();
            String reference = recordFeedback("COMPLAINT", null, email);

            classify(reference, "{\"type\": \"COMPLAINT\", \"process\": \"CORPORATE\"}", 200);

            var emails = awaitEmails(email, 2);
            String body = emails.stream().map(ComplaintsTestSupport::bodyOf).filter(b -> b.contains("Complaint Handling Code"))
                    .findFirst().orElseThrow();
            assertThat(body).contains("Monday 7 December 2026", "/track/", "stage 2");
        }

        @Test
        void aComplaintReceivedAt1659OnFriday16January2026FollowsTheThreeStageProcedure() throws Exception {
            clock.setLocal("2026-01-20T10:00");
            String reference = recordAt("2026-01-16T16:59:00Z");

            String json = classify(reference, "{\"type\": \"COMPLAINT\", \"process\": \"CORPORATE\"}", 200);

            assertThat(text(json, "$.procedure.version")).isEqualTo("three-stage-2019");
            assertThat(text(json, "$.stages[0].acknowledgeBy")).isNull();
        }

        @Test
        void aComplaintReceivedAt1700OnFriday16January2026FollowsTheComplaintHandlingCode() throws Exception {
            clock.setLocal("2026-01-20T10:00");
            String reference = recordAt("2026-01-16T17:00:00Z");

            String json = classify(reference, "{\"type\": \"COMPLAINT\", \"process\": \"CORPORATE\"}", 200);

            assertThat(text(json, "$.procedure.version")).isEqualTo("complaint-handling-code-2026");
        }

        private String recordAt(String receivedAt) throws Exception {
            String body = """
                    {"type": "COMPLAINT", "channel": "LETTER", "receivedAt": "%s", "description": "A letter of complaint",
                     "contact": {"name": "Pat Jones", "address": {"line1": "2 Low Road", "townOrCity": "March",
                       "postcode": "PE15 8AA"}, "preferredContactMethod": "LETTER"}}""".formatted(receivedAt);
            return text(postAs("customer.services", "/api/v1/feedback", body, 201), "$.reference");
        }
    }

    @Nested
    class TheRequest {

        @Test
        void needsExactlyOneOfProcessAndExclusionForAComplaint() throws Exception {
            String reference = recordFeedback("COMPLAINT", null, newEmail());

            String both = classify(reference, "{\"type\": \"COMPLAINT\", \"process\": \"CORPORATE\", "
                    + "\"exclusion\": \"SCHOOL\", \"reason\": \"A school\"}", 400);
            String neither = classify(reference, "{\"type\": \"COMPLAINT\"}", 400);

            assertThat(text(both, "$.errors[0].field")).isEqualTo("exclusion");
            assertThat(text(neither, "$.errors[0].field")).isEqualTo("process");
            assertThat(text(record(reference), "$.status")).as("nothing stored").isEqualTo("RECEIVED");
        }

        @Test
        void givesOtherTypesNeitherProcessNorExclusion() throws Exception {
            String reference = recordFeedback("COMPLIMENT", null, newEmail());

            String json = classify(reference, "{\"type\": \"COMPLIMENT\", \"process\": \"CORPORATE\"}", 400);

            assertThat(text(json, "$.errors[0].message")).isEqualTo("Only a complaint has a process");
        }

        @Test
        void needsAReasonForAnExclusion() throws Exception {
            String reference = recordFeedback("COMPLAINT", null, newEmail());

            String json = classify(reference, "{\"type\": \"COMPLAINT\", \"exclusion\": \"SCHOOL\"}", 400);

            assertThat(text(json, "$.errors[0].field")).isEqualTo("reason");
        }

        @Test
        void needsAReasonWhenTheTypeDiffersFromThePersonsChoice() throws Exception {
            String reference = recordFeedback("COMPLIMENT", null, newEmail());

            classify(reference, "{\"type\": \"COMPLAINT\", \"process\": \"CORPORATE\"}", 400);
            classify(reference, "{\"type\": \"COMPLAINT\", \"process\": \"CORPORATE\", \"reason\": \"Praise with a grievance\"}", 200);
        }

        @Test
        void rejectsUnknownFieldsAndValues() throws Exception {
            String reference = recordFeedback("COMPLAINT", null, newEmail());

            classify(reference, "{\"type\": \"COMPLAINT\", \"proces\": \"CORPORATE\"}", 400);
            classify(reference, "{\"type\": \"COMPLAINT\", \"process\": \"PARKING\"}", 400);
        }

        @Test
        void isForTheComplaintsTeamsOnly() throws Exception {
            String reference = recordFeedback("COMPLAINT", null, newEmail());
            String body = "{\"type\": \"COMPLAINT\", \"process\": \"CORPORATE\"}";

            postAs("customer.services", "/api/v1/feedback/" + reference + "/classification", body, 403);
            postAs("investigator", "/api/v1/feedback/" + reference + "/classification", body, 403);
            postAs(null, "/api/v1/feedback/" + reference + "/classification", body, 401);
            postAs("social.care", "/api/v1/feedback/" + reference + "/classification", body, 200);
        }

        @Test
        @WithUserDetails("dpo")
        void isNotFoundForAnUnknownReference() throws Exception {
            String json = call(null, MockMvcRequestBuilders.post("/api/v1/feedback/FB-2026-999999/classification"),
                    "{\"type\": \"COMPLAINT\", \"process\": \"DATA_PROTECTION\"}", 404);

            assertThat(text(json, "$.status")).isEqualTo("404");
        }

        @Test
        void cannotReclassifyAComplaintWhoseProcedureHasStarted() throws Exception {
            String reference = recordFeedback("COMPLAINT", null, newEmail());
            classify(reference, "{\"type\": \"COMPLAINT\", \"process\": \"CORPORATE\"}", 200);

            String json = classify(reference, "{\"type\": \"SUGGESTION\", \"reason\": \"Changed my mind\"}", 422);

            assertThat(text(json, "$.detail")).contains("already being handled");
        }
    }

    @Nested
    class TheTwelveMonthRule {

        @Test
        void refusesAComplaintAboutSomethingOverTwelveMonthsBeforeReceipt() throws Exception {
            String reference = recordFeedback("COMPLAINT", LocalDate.parse("2025-11-22"), newEmail());

            String json = classify(reference, "{\"type\": \"COMPLAINT\", \"process\": \"CORPORATE\"}", 422);

            assertThat(text(json, "$.detail")).contains("more than 12 months", "acceptOutOfTime", "OUT_OF_TIME");
        }

        @Test
        void acceptsOneExactlyTwelveMonthsBefore() throws Exception {
            String reference = recordFeedback("COMPLAINT", LocalDate.parse("2025-11-23"), newEmail());

            classify(reference, "{\"type\": \"COMPLAINT\", \"process\": \"CORPORATE\"}", 200);
        }

        @Test
        void letsTheOfficerAcceptItOutOfTimeWithAReason() throws Exception {
            String reference = recordFeedback("COMPLAINT", LocalDate.parse("2024-06-01"), newEmail());

            classify(reference, "{\"type\": \"COMPLAINT\", \"process\": \"CORPORATE\", \"acceptOutOfTime\": true}", 400);
            String json = classify(reference, "{\"type\": \"COMPLAINT\", \"process\": \"CORPORATE\", \"acceptOutOfTime\": true, "
                    + "\"reason\": \"Only found out in October\"}", 200);

            assertThat(text(json, "$.classification.outOfTimeAccepted")).isEqualTo("true");
            assertThat(text(json, "$.stages.length()")).isEqualTo("1");
        }

        @Test
        void letsTheOfficerExcludeItAsOutOfTimeAndTellsThePersonWhyAndAboutTheOmbudsman() throws Exception {
            String reference = recordFeedback("COMPLAINT", LocalDate.parse("2024-06-01"), newEmail());

            String json = classify(reference, "{\"type\": \"COMPLAINT\", \"exclusion\": \"OUT_OF_TIME\", "
                    + "\"reason\": \"Happened in 2024, no reason for the delay\"}", 200);

            assertThat(text(json, "$.status")).isEqualTo("SIGNPOSTED");
            assertThat(text(json, "$.exclusion")).isEqualTo("OUT_OF_TIME");
            OutgoingMessage letter = awaitMessage(reference, m -> m.kind() == MessageKind.NOTICE);
            assertThat(letter.body()).contains("within the last 12 months", "Local Government and Social Care Ombudsman",
                    "PO Box 4471", "0300 061 0614");
        }
    }

    @Nested
    class Exclusions {

        private OutgoingMessage exclude(String exclusion) throws Exception {
            String reference = recordFeedback("COMPLAINT", null, newEmail());
            classify(reference, "{\"type\": \"COMPLAINT\", \"exclusion\": \"" + exclusion + "\", \"reason\": \"As it says\"}", 200);
            return awaitMessage(reference, m -> m.kind() == MessageKind.NOTICE);
        }

        @Test
        void aSafeguardingConcernIsReferredAtOnceAndFlagged() throws Exception {
            String reference = recordFeedback("COMPLAINT", null, newEmail());

            String json = classify(reference, "{\"type\": \"COMPLAINT\", \"exclusion\": \"SAFEGUARDING\", "
                    + "\"reason\": \"A child left alone\"}", 200);

            assertThat(list(json, "$.flags")).containsExactly("SAFEGUARDING");
            assertThat(text(json, "$.timeline[*].event")).contains("Referred to safeguarding");
            assertThat(text(json, "$.timeline[*].detail")).contains("0345 045 5202");
            assertThat(awaitMessage(reference, m -> m.kind() == MessageKind.NOTICE).body()).contains("0345 045 5202");
            OutgoingMessage referral = awaitMessage(reference, m -> m.kind() == MessageKind.INTERNAL_ALERT);
            assertThat(referral.recipient()).isEqualTo("safeguarding.lead@cambridgeshire.example");
            awaitEmails("safeguarding.lead@cambridgeshire.example", 1);
        }

        @Test
        void aFirstHighwayReportIsLoggedAsAServiceRequest() throws Exception {
            OutgoingMessage letter = exclude("HIGHWAY_FIRST_REPORT");

            assertThat(letter.body()).contains("report-a-highways-fault", "0345 045 5212");
            assertThat(text(record(letter.reference()), "$.timeline[*].event").toString()).contains("Logged as a service request");
        }

        @Test
        void aSchoolComplaintIsSentToTheSchoolsProcedureAndTheRoutesBeyondIt() throws Exception {
            assertThat(exclude("SCHOOL").body()).contains("governing body", "Secretary of State for Education",
                    "Education Funding Agency");
        }

        @Test
        void aComplaintAboutACouncillorGoesToTheMonitoringOfficer() throws Exception {
            OutgoingMessage letter = exclude("COUNCILLOR_CONDUCT");

            assertThat(letter.body()).contains("Monitoring Officer", "monitoring.officer@cambridgeshire.example");
            awaitMessage(letter.reference(), m -> m.kind() == MessageKind.INTERNAL_ALERT
                    && m.recipient().equals("monitoring.officer@cambridgeshire.example"));
        }

        @Test
        void aComplaintAboutAnMpIsToldTheirOwnRoute() throws Exception {
            assertThat(exclude("MP_CONDUCT").body()).contains("Parliamentary Commissioner for Standards");
        }

        @Test
        void whereTheCouncilDeclinesItGivesTheOmbudsmansDetails() throws Exception {
            for (String exclusion : List.of("LEGAL_ACTION", "APPEAL", "SCHOOL_ADMISSIONS_APPEAL")) {
                assertThat(exclude(exclusion).body()).contains("Local Government and Social Care Ombudsman", "0300 061 0614");
            }
            for (String exclusion : List.of("SERVICE_REQUEST", "INFORMATION_REQUEST", "PARTNER_DISAGREEMENT")) {
                assertThat(exclude(exclusion).body()).startsWith("Dear Sam Smith,").contains("Customer Care Team");
            }
        }

        @Test
        void canBeCountedByReasonForReports() throws Exception {
            exclude("SCHOOL");

            long schools = jdbc.sql("select count(*) from classification where exclusion = 'SCHOOL'").query(Long.class).single();
            assertThat(schools).isPositive();
        }
    }

    @Nested
    class ADifferentType {

        @Test
        void aRepresentationIsExplainedInThePolicysWordsWithWhatHappensNextAndWhen() throws Exception {
            String reference = recordFeedback("COMPLAINT", null, newEmail());

            String json = classify(reference, "{\"type\": \"REPRESENTATION\", \"reason\": \"About the policy itself\"}", 200);

            assertThat(text(json, "$.type")).isEqualTo("REPRESENTATION");
            assertThat(text(json, "$.chosenType")).isEqualTo("COMPLAINT");
            OutgoingMessage notice = awaitMessage(reference, m -> m.kind() == MessageKind.NOTICE);
            assertThat(notice.method().name()).isEqualTo("EMAIL");
            assertThat(notice.body()).contains("we think your", "comment or complaint is a representation",
                    "Director responsible", "Monday 21 December 2026");
        }

        @Test
        void aComplaintThePersonCalledSomethingElseIsSaidToBeTreatedAsAComplaint() throws Exception {
            String reference = recordFeedback("SUGGESTION", null, newEmail());

            postAs("complaints.officer", "/api/v1/feedback/" + reference + "/classification",
                    "{\"type\": \"COMPLAINT\", \"process\": \"CORPORATE\", \"reason\": \"Describes poor service\"}", 200);

            assertThat(awaitMessage(reference, m -> m.kind() == MessageKind.NOTICE).body())
                    .contains("we are treating it as a complaint");
        }

        @Test
        void theSameTypeAsChosenNeedsNoMessage() throws Exception {
            String reference = recordFeedback("COMPLIMENT", null, newEmail());

            classify(reference, "{\"type\": \"COMPLIMENT\"}", 200);

            Thread.sleep(300);
            assertThat(messages(reference)).noneMatch(m -> m.kind() == MessageKind.NOTICE);
        }
    }
}
