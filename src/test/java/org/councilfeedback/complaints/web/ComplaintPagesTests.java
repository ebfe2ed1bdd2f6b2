package org.councilfeedback.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.councilfeedback.complaints.TrackingLinks;
import org.councilfeedback.testing.ComplaintsTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The complaint screens: classification (the 12-month rule and when a reason is needed), the case page's complaint
 * panel and each stage action through its form, the response letter checked and edited before it is sent, escalation,
 * the Ombudsman referral, the queues, and the complainant's own page.
 */
class ComplaintPagesTests extends ComplaintsTestSupport {

    @Autowired
    TrackingLinks links;

    private Cookie session;

    @BeforeEach
    void mondayMorning() {
        clock.setLocal("2026-11-23T10:00");
        session = null;
    }

    // classification

    @Test
    void classifyingAnOldComplaintNeedsTheTwelveMonthRuleWaivedWithAReason() throws Exception {
        String reference = recordFeedback("COMPLAINT", LocalDate.of(2025, 9, 1), newEmail());

        assertThat(page("complaints.officer", "/staff/feedback/" + reference)).contains("Classify the feedback");
        String form = page("complaints.officer", "/staff/feedback/" + reference + "/classify");
        assertThat(form).contains("more than 12 months before we received this", "Triage assistant",
                "An expression of praise or gratitude", "Accept the complaint although it is more than 12 months old");

        MockHttpServletResponse refused = submit("complaints.officer", post("/staff/feedback/" + reference + "/classify")
                .param("type", "COMPLAINT").param("process", "CORPORATE"));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(html(refused)).contains("There is a problem", "more than 12 months");

        MockHttpServletResponse noReason = submit("complaints.officer", post("/staff/feedback/" + reference + "/classify")
                .param("type", "COMPLAINT").param("process", "CORPORATE").param("acceptOutOfTime", "true"));
        assertThat(html(noReason)).contains("Give the reason for accepting the complaint out of time");

        MockHttpServletResponse accepted = submit("complaints.officer", post("/staff/feedback/" + reference + "/classify")
                .param("type", "COMPLAINT").param("process", "CORPORATE").param("acceptOutOfTime", "true")
                .param("reason", "They only found out in October."));
        assertThat(accepted.getRedirectedUrl()).isEqualTo("/staff/feedback/" + reference);
        assertThat(follow("complaints.officer", accepted)).contains("Classified as Complaint: Corporate procedure",
                "Corporate complaints procedure", "Assign investigating officer");
    }

    @Test
    void anOldComplaintCanBeExcludedAsOutOfTimeWithAReason() throws Exception {
        String reference = recordFeedback("COMPLAINT", LocalDate.of(2025, 9, 1), newEmail());

        MockHttpServletResponse noReason = submit("complaints.officer", post("/staff/feedback/" + reference + "/classify")
                .param("type", "COMPLAINT").param("process", "EXCLUDED").param("exclusion", "OUT_OF_TIME"));
        assertThat(html(noReason)).contains("Give the reason the complaints procedure does not apply");

        MockHttpServletResponse excluded = submit("complaints.officer", post("/staff/feedback/" + reference + "/classify")
                .param("type", "COMPLAINT").param("process", "EXCLUDED").param("exclusion", "OUT_OF_TIME")
                .param("reason", "Over a year ago and known at the time."));
        assertThat(excluded.getRedirectedUrl()).isEqualTo("/staff/feedback/" + reference);
        assertThat(text(record(reference), "$.status")).isEqualTo("SIGNPOSTED");
    }

    @Test
    void aTypeOtherThanThePersonsChoiceNeedsAReason() throws Exception {
        String reference = recordFeedback("COMPLAINT", null, newEmail());

        MockHttpServletResponse noReason = submit("complaints.officer", post("/staff/feedback/" + reference + "/classify")
                .param("type", "SUGGESTION"));
        assertThat(html(noReason)).contains("There is a problem", "Give the reason it is a Suggestion when the person chose Complaint",
                "href=\"#reason\"");

        MockHttpServletResponse nothing = submit("complaints.officer", post("/staff/feedback/" + reference + "/classify"));
        assertThat(html(nothing)).contains("Choose what the feedback is");

        MockHttpServletResponse saved = submit("complaints.officer", post("/staff/feedback/" + reference + "/classify")
                .param("type", "SUGGESTION").param("reason", "An idea for a new crossing."));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/staff/feedback/" + reference);
        assertThat(text(record(reference), "$.type")).isEqualTo("SUGGESTION");
    }

    @Test
    void onlyTheComplaintTeamsMayClassify() throws Exception {
        String reference = recordFeedback("COMPLAINT", null, newEmail());

        assertThat(mvc.perform(get("/staff/feedback/" + reference + "/classify").with(as("customer.services")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(page("customer.services", "/staff/feedback/" + reference)).doesNotContain("Classify the feedback");
    }

    // the case panel and its actions

    @Test
    void theCasePanelOffersOnlyTheActionsAllowedNow() throws Exception {
        String reference = openComplaint("CORPORATE", newEmail());

        String officer = page("complaints.officer", "/staff/feedback/" + reference);
        assertThat(officer).contains("Corporate complaints procedure", "version", ">Respond<", "Assign investigating officer",
                ">Extend<", "acknowledged 23 Nov 2026").doesNotContain("Acknowledge Stage 1", "Escalate to",
                "Record Ombudsman referral", "Agree response period", "Record review panel");
        // an investigating officer sees only the cases assigned to them
        assertThat(mvc.perform(get("/staff/feedback/" + reference).with(as("investigator")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/staff/feedback/" + reference + "/complaint/assign").with(as("investigator")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);

        // stage 1 was acknowledged when it opened: a second acknowledgement is refused with the rule
        MockHttpServletResponse again = submit("complaints.officer",
                post("/staff/feedback/" + reference + "/complaint/acknowledge"));
        assertThat(again.getRedirectedUrl()).isEqualTo("/staff/feedback/" + reference + "#complaint");
        assertThat(follow("complaints.officer", again)).contains("There is a problem", "already acknowledged");
    }

    @Test
    void extendingShowsTheMaximumAndRefusesALaterDate() throws Exception {
        String reference = openComplaint("CORPORATE", newEmail());
        submit("complaints.officer", post("/staff/feedback/" + reference + "/complaint/acknowledge"));

        String form = page("complaints.officer", "/staff/feedback/" + reference + "/complaint/extend");
        assertThat(form).contains("can be extended by up to");

        MockHttpServletResponse tooLate = submit("complaints.officer", post("/staff/feedback/" + reference + "/complaint/extend")
                .param("extendedToDay", "1").param("extendedToMonth", "6").param("extendedToYear", "2027")
                .param("reason", "Waiting for the contractor"));
        assertThat(html(tooLate)).contains("There is a problem", "at the latest");
        MockHttpServletResponse missing = submit("complaints.officer", post("/staff/feedback/" + reference + "/complaint/extend"));
        assertThat(html(missing)).contains("Enter the new due date", "Enter the reason for the extension");

        MockHttpServletResponse extended = submit("complaints.officer", post("/staff/feedback/" + reference + "/complaint/extend")
                .param("extendedToDay", "14").param("extendedToMonth", "12").param("extendedToYear", "2026")
                .param("reason", "Waiting for the contractor"));
        assertThat(follow("complaints.officer", extended)).contains("Stage 1 extended", "Waiting for the contractor");
    }

    @Test
    void aComplaintGoesFromStageOneToTheOmbudsmanThroughTheScreens() throws Exception {
        String email = newEmail();
        String reference = openComplaint("CORPORATE", email);

        // stage 1: respond, check and edit the letter, send
        MockHttpServletResponse decided = submit("complaints.officer", post("/staff/feedback/" + reference + "/complaint/respond")
                .param("outcome", "PARTLY_UPHELD").param("remedies", "APOLOGY").param("remedies", "ACT_ON_DELAY")
                .param("summary", "The repair was late <b>and</b> we are sorry.")
                .param("action1Description", "Repair the pavement").param("action1Owner", "highways.team")
                .param("action1DueDay", "18").param("action1DueMonth", "12").param("action1DueYear", "2026"));
        assertThat(decided.getRedirectedUrl()).isEqualTo("/staff/feedback/" + reference + "/complaint/respond/check");
        String check = follow("complaints.officer", decided);
        assertThat(check).contains("Check the letter", "Partly upheld", "Apology", "Repair the pavement",
                "The repair was late &lt;b&gt;and&lt;/b&gt; we are sorry.").doesNotContain("<b>and</b>");

        MockHttpServletResponse sent = submit("complaints.officer", post("/staff/feedback/" + reference + "/complaint/respond/check")
                .param("letterText", "Dear Sam Smith,\n\nAn edited letter: we are sorry the repair was late."));
        assertThat(follow("complaints.officer", sent)).contains("Response sent at Stage 1", "Repair the pavement",
                "Escalate to Stage 2");
        assertThat(awaitMessage(reference, m -> m.body().contains("An edited letter")).body())
                .contains("we are sorry the repair was late");

        // escalation by staff
        MockHttpServletResponse noReason = submit("complaints.officer", post("/staff/feedback/" + reference + "/complaint/escalate"));
        assertThat(html(noReason)).contains("There is a problem", "Say why the complainant remains dissatisfied");
        MockHttpServletResponse escalated = submit("complaints.officer", post("/staff/feedback/" + reference + "/complaint/escalate")
                .param("reason", "The pavement is still broken."));
        assertThat(follow("complaints.officer", escalated)).contains("Escalated to Stage 2", "Acknowledge Stage 2");

        // stage 2 needs someone who did not handle stage 1
        MockHttpServletResponse sameHandler = submit("complaints.officer", post("/staff/feedback/" + reference + "/complaint/assign")
                .param("handler", "complaints.officer"));
        assertThat(html(sameHandler)).contains("There is a problem", "handled Stage 1",
                "someone who did not deal with it before must handle it");
        MockHttpServletResponse assigned = submit("complaints.officer", post("/staff/feedback/" + reference + "/complaint/assign")
                .param("handler", "investigator"));
        assertThat(follow("complaints.officer", assigned)).contains("Stage 2 assigned to investigator");
        MockHttpServletResponse acknowledged = submit("investigator",
                post("/staff/feedback/" + reference + "/complaint/acknowledge"));
        assertThat(follow("investigator", acknowledged)).contains("Stage 2 acknowledged").doesNotContain("Acknowledge Stage 2");

        assertThat(page("investigator", "/staff/complaints")).contains(reference, "Stage 2");
        assertThat(page("investigator", "/staff/feedback/" + reference)).contains(">Respond<")
                .doesNotContain("Assign investigating officer");
        submit("investigator", post("/staff/feedback/" + reference + "/complaint/respond")
                .param("outcome", "NOT_UPHELD").param("summary", "We looked again and the repair is now done."));
        MockHttpServletResponse final2 = submit("investigator", post("/staff/feedback/" + reference + "/complaint/respond/check")
                .param("letterText", "Our final response at stage 2."));
        assertThat(follow("investigator", final2)).contains("Response sent at Stage 2");

        // the Ombudsman
        String panel = page("complaints.officer", "/staff/feedback/" + reference);
        assertThat(panel).contains("Record Ombudsman referral").doesNotContain("Escalate to");
        MockHttpServletResponse wrongBody = submit("complaints.officer", post("/staff/feedback/" + reference + "/complaint/ombudsman")
                .param("body", "ICO"));
        assertThat(html(wrongBody)).contains("There is a problem", "go to the LGSCO");
        MockHttpServletResponse referred = submit("complaints.officer", post("/staff/feedback/" + reference + "/complaint/ombudsman")
                .param("body", "LGSCO").param("bodyReference", "26 001 234")
                .param("enquiryOnDay", "7").param("enquiryOnMonth", "1").param("enquiryOnYear", "2027"));
        assertThat(follow("complaints.officer", referred)).contains("Referral to the LGSCO recorded", "26 001 234",
                "Update Ombudsman referral");
        MockHttpServletResponse updated = submit("complaints.officer", post("/staff/feedback/" + reference + "/complaint/ombudsman")
                .param("body", "LGSCO").param("bodyReference", "26 001 234")
                .param("enquiryOnDay", "7").param("enquiryOnMonth", "1").param("enquiryOnYear", "2027")
                .param("decision", "UPHELD").param("decisionOnDay", "1").param("decisionOnMonth", "3").param("decisionOnYear", "2027")
                .param("remedy", "Pay £100").param("complianceDueByDay", "1").param("complianceDueByMonth", "4")
                .param("complianceDueByYear", "2027"));
        assertThat(follow("complaints.officer", updated)).contains("LGSCO referral updated", "Upheld", "Pay £100",
                "1 April 2027");

        // a promised action completed from the case page
        long actionId = Long.parseLong(text(record(reference), "$.actions[0].id"));
        MockHttpServletResponse completed = submit("complaints.officer",
                post("/staff/feedback/" + reference + "/complaint/actions/" + actionId + "/complete"));
        assertThat(follow("complaints.officer", completed)).contains("Action completed", "by complaints.officer");
    }

    @Test
    void childrensStageTwoAsksForTheIndependentPerson() throws Exception {
        String reference = openComplaint("CHILDRENS_SOCIAL_CARE", newEmail());
        submit("social.care", post("/staff/feedback/" + reference + "/complaint/respond")
                .param("outcome", "NOT_UPHELD").param("summary", "We found no fault."));
        submit("social.care", post("/staff/feedback/" + reference + "/complaint/respond/check").param("letterText", "Stage 1 letter."));
        submit("social.care", post("/staff/feedback/" + reference + "/complaint/escalate").param("reason", "Not happy."));

        String form = page("social.care", "/staff/feedback/" + reference + "/complaint/assign");
        assertThat(form).contains("Independent person", "Indira Investigator (investigator)");
    }

    // queues

    @Test
    void theQueuesListOpenStagesWithTheirDeadlines() throws Exception {
        String reference = openComplaint("CORPORATE", newEmail());

        String team = page("complaints.officer", "/staff/complaints/team");
        assertThat(team).contains("Complaints", "moj-sub-navigation", "Team queue", reference, "Corporate", "Stage 1",
                "Not assigned");
        assertThat(page("complaints.officer", "/staff/complaints")).contains("My cases");
        assertThat(page("complaints.officer", "/staff/feedback")).contains(">Complaints<");

        clock.setLocal("2026-12-10T10:00");
        assertThat(page("complaints.officer", "/staff/complaints/overdue")).contains(reference, "Overdue");
        assertThat(mvc.perform(get("/staff/complaints").with(as("customer.services"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/staff/complaints/nonsense").with(as("complaints.officer"))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    // the complainant's own page

    @Test
    void theComplainantsPageShowsTheStatusButNoStaffNames() throws Exception {
        String reference = openComplaint("CORPORATE", newEmail());
        postAs("complaints.officer", "/api/v1/feedback/" + reference + "/stages/current/assignment",
                "{\"handler\": \"investigator\"}", 200);
        String token = links.issue(reference);

        MockHttpServletResponse response = fromComplainant(get("/track/" + token));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(html(response)).contains("Your complaint " + reference, "govuk-service-navigation", "Stage 1",
                "7 December 2026", "Send us more information").doesNotContain("investigator", "Indira", "complaints.officer",
                "Chris Officer");

        MockHttpServletResponse empty = fromComplainant(post("/track/" + token + "/information").with(csrf()).param("text", ""));
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(html(empty)).contains("<title>Error: ", "There is a problem", "href=\"#text\"", "govuk-form-group--error");

        MockHttpServletResponse early = fromComplainant(post("/track/" + token + "/escalation").with(csrf()).param("reason", "Slow"));
        assertThat(html(early)).contains("There is a problem", "href=\"#reason\"", "id=\"reason\"");
    }

    @Test
    void aBadTrackingLinkRevealsNothing() throws Exception {
        MockHttpServletResponse bad = fromComplainant(get("/track/" + "C".repeat(43)));

        assertThat(bad.getStatus()).isEqualTo(404);
        assertThat(html(bad)).contains("This link does not work").doesNotContain("FB-");
    }

    // helpers

    private MockHttpServletResponse fromComplainant(MockHttpServletRequestBuilder request) throws Exception {
        String address = "10.1." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        return mvc.perform(request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).andReturn().getResponse();
    }

    private String page(String username, String path) throws Exception {
        MockHttpServletRequestBuilder request = get(path).with(as(username));
        if (session != null) {
            request.cookie(session);
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET " + path).isEqualTo(200);
        return html(response);
    }

    private MockHttpServletResponse submit(String username, MockHttpServletRequestBuilder request) throws Exception {
        request.with(as(username)).with(csrf());
        if (session != null) {
            request.cookie(session);
        }
        MvcResult result = mvc.perform(request).andReturn();
        Cookie sent = result.getResponse().getCookie("SESSION");
        if (sent != null) {
            session = sent;
        }
        return result.getResponse();
    }

    /** Follows a redirect with the session (where the success banner waits). */
    private String follow(String username, MockHttpServletResponse redirect) throws Exception {
        assertThat(redirect.getStatus()).as(redirect.getContentAsString()).isEqualTo(302);
        String url = redirect.getRedirectedUrl();
        return page(username, url.contains("#") ? url.substring(0, url.indexOf('#')) : url);
    }

    private static String html(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
