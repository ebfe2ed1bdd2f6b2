package org.councilfeedback.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.UUID;
import org.councilfeedback.correspondence.MessageKind;
import org.councilfeedback.testing.ComplaintsTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The complainant's private tracking link: how it is kept, when it stops working, and what it lets them do. */
class TrackingLinkTests extends ComplaintsTestSupport {

    @Autowired
    TrackingLinks links;

    private String reference;
    private String token;
    private String address;

    @BeforeEach
    void aComplaintWithATrackingLink() throws Exception {
        clock.setLocal("2026-11-23T10:00");
        reference = openComplaint("CORPORATE", newEmail());
        postAs("complaints.officer", "/api/v1/feedback/" + reference + "/stages/current/assignment",
                "{\"handler\": \"investigator\"}", 200);
        token = links.issue(reference);
        address = "10.0." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
    }

    private MockHttpServletRequestBuilder fromComplainant(MockHttpServletRequestBuilder request) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(fromComplainant(request)).andReturn().getResponse();
    }

    @Test
    void theTokenIsLongRandomAndUrlSafeAndOnlyItsHashIsStored() {
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(links.issue(reference)).isNotEqualTo(token);

        assertThat(jdbc.sql("select count(*) from tracking_link where token_hash = :t").param("t", token)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from tracking_link where token_hash = :h").param("h", TrackingLinks.hash(token))
                .query(Long.class).single()).isOne();
        assertThat(TrackingLinks.hash(token)).hasSize(64).isNotEqualTo(token);
    }

    @Test
    void theLinkWorksForTwelveMonthsAndThenLooksLikeAnyOtherBadLink() throws Exception {
        clock.setLocal("2027-11-23T09:59");
        assertThat(perform(get("/api/v1/track/" + token)).getStatus()).isEqualTo(200);

        clock.setLocal("2027-11-23T10:01");
        MockHttpServletResponse expired = perform(get("/api/v1/track/" + token));
        MockHttpServletResponse unknown = perform(get("/api/v1/track/" + "A".repeat(43)));
        MockHttpServletResponse malformed = perform(get("/api/v1/track/not-a-token"));

        assertThat(expired.getStatus()).isEqualTo(404);
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(malformed.getStatus()).isEqualTo(404);
        assertThat(text(expired.getContentAsString(), "$.detail")).isEqualTo(text(unknown.getContentAsString(), "$.detail"));
        assertThat(expired.getContentAsString()).doesNotContain(reference);
        assertThat(perform(get("/track/" + token)).getStatus()).isEqualTo(404);
    }

    @Test
    void theApiShowsStatusStageAndDueDateButNeverStaffNames() throws Exception {
        MockHttpServletResponse response = perform(get("/api/v1/track/" + token));
        String json = response.getContentAsString();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(text(json, "$.reference")).isEqualTo(reference);
        assertThat(text(json, "$.status")).isEqualTo("IN_PROGRESS");
        assertThat(text(json, "$.stages[0].name")).isEqualTo("Stage 1");
        assertThat(text(json, "$.stages[0].dueBy")).isEqualTo("2026-12-07");
        assertThat(text(json, "$.canEscalate")).isEqualTo("false");
        assertThat(json).doesNotContain("investigator", "complaints.officer", "handler", "timeline");
    }

    @Test
    void thePageShowsWhereTheComplaintIsAndWhenWeWillRespond() throws Exception {
        MockHttpServletResponse response = perform(get("/track/" + token));

        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString();
        assertThat(html).contains("Your complaint " + reference, "Stage 1", "We aim to respond by", "7 December 2026",
                "Cambridgeshire County Council", "govuk-frontend.min.css");
        assertThat(html).doesNotContain("investigator", "Indira");
    }

    @Test
    void informationSentThroughThePageIsKeptOnTheTimelineAndShownEscaped() throws Exception {
        MockHttpServletResponse sent = perform(post("/track/" + token + "/information").with(csrf())
                .param("text", "<script>alert('x')</script>\nThe crew came on Tuesday."));

        assertThat(sent.getStatus()).isEqualTo(302);
        assertThat(sent.getRedirectedUrl()).isEqualTo("/track/" + token + "?done=information");
        String html = perform(get("/track/" + token).param("done", "information")).getContentAsString();
        assertThat(html).contains("We have received your information", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
                "The crew came on Tuesday.");
        assertThat(html).doesNotContain("<script>alert");
        String record = record(reference);
        assertThat(list(record, "$.timeline[?(@.event == 'Information from complainant')].detail"))
                .containsExactly("<script>alert('x')</script>\nThe crew came on Tuesday.");
        awaitMessage(reference, m -> m.kind() == MessageKind.INTERNAL_ALERT && m.recipient().startsWith("investigator@"));
    }

    @Test
    void informationMustBeGivenAndNotTooLong() throws Exception {
        MockHttpServletResponse empty = perform(post("/track/" + token + "/information").with(csrf()).param("text", " "));
        MockHttpServletResponse tooLong = perform(post("/track/" + token + "/information").with(csrf())
                .param("text", "x".repeat(5001)));

        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(empty.getContentAsString()).contains("There is a problem", "Enter the information");
        assertThat(tooLong.getStatus()).isEqualTo(400);
        assertThat(tooLong.getContentAsString()).contains("5000 characters or fewer");
        assertThat(perform(post("/track/" + token + "/information").param("text", "no csrf")).getStatus()).isEqualTo(403);
    }

    @Test
    void theComplainantCanAskForTheNextStageOnceWeHaveResponded() throws Exception {
        MockHttpServletResponse early = perform(post("/track/" + token + "/escalation").with(csrf()).param("reason", "Too slow"));
        assertThat(early.getStatus()).isEqualTo(422);
        assertThat(early.getContentAsString()).contains("not responded");

        postAs("investigator", "/api/v1/feedback/" + reference + "/stages/current/response",
                "{\"outcome\": \"NOT_UPHELD\", \"summary\": \"It was fixed on time.\"}", 200);
        String page = perform(get("/track/" + token)).getContentAsString();
        assertThat(page).contains("Ask for Stage 2", "21 December 2026");

        MockHttpServletResponse asked = perform(post("/track/" + token + "/escalation").with(csrf())
                .param("reason", "It was not fixed."));
        assertThat(asked.getStatus()).isEqualTo(302);
        assertThat(perform(get("/track/" + token).param("done", "escalation")).getContentAsString())
                .contains("We have opened Stage 2");
        assertThat(text(record(reference), "$.stages[1].escalationReason")).isEqualTo("It was not fixed.");
        assertThat(list(record(reference), "$.timeline[?(@.event == 'Escalated to Stage 2')].actor")).containsExactly("complainant");
    }

    @Test
    void theApiEscalatesByTheSameRules() throws Exception {
        MockHttpServletResponse early = perform(post("/api/v1/track/" + token + "/escalation")
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Too slow\"}"));
        assertThat(early.getStatus()).isEqualTo(422);
        assertThat(early.getContentType()).isEqualTo("application/problem+json");

        postAs("investigator", "/api/v1/feedback/" + reference + "/stages/current/response",
                "{\"outcome\": \"NOT_UPHELD\", \"summary\": \"It was fixed on time.\"}", 200);
        clock.advance(Duration.ofDays(60));
        MockHttpServletResponse late = perform(post("/api/v1/track/" + token + "/escalation")
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Late\"}"));
        assertThat(late.getStatus()).isEqualTo(422);
        assertThat(text(late.getContentAsString(), "$.detail")).contains("ended on");

        MockHttpServletResponse bogus = perform(post("/api/v1/track/" + UUID.randomUUID() + "/escalation")
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"x\"}"));
        assertThat(bogus.getStatus()).isEqualTo(404);
    }

    @Test
    void lookupsAreRateLimitedPerClientAddress() throws Exception {
        int status = 200;
        int requests = 0;
        while (status != 429 && requests < 100) {
            status = perform(get("/api/v1/track/" + "B".repeat(43))).getStatus();
            requests++;
        }

        assertThat(status).isEqualTo(429);
        assertThat(requests).isGreaterThan(20);
        MockHttpServletResponse limited = perform(get("/track/" + token));
        assertThat(limited.getStatus()).isEqualTo(429);
        assertThat(limited.getHeader("Retry-After")).isNotBlank();
        address = "10.99.0.1";
        assertThat(perform(get("/api/v1/track/" + token)).getStatus()).as("another address is not limited").isEqualTo(200);
    }
}
