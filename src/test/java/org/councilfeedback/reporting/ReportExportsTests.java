package org.councilfeedback.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.councilfeedback.testing.ComplaintsTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** The reports pages, CSV exports, PDF and API as each role sees them. */
class ReportExportsTests extends ComplaintsTestSupport {

    private static final String MAY = "from=2031-05-01&to=2031-05-31";

    @BeforeEach
    void loadDataset() {
        new ReportingDataset(jdbc).load();
    }

    private MvcResult fetch(String username, String path, int expected) throws Exception {
        return mvc.perform(get(path).with(as(username))).andExpect(status().is(expected)).andReturn();
    }

    private String body(String username, String path, int expected) throws Exception {
        return fetch(username, path, expected).getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void dashboardShowsChartsWithTablesToReportRolesOnly() throws Exception {
        String page = body("manager", "/staff/reports?" + MAY, 200);
        assertThat(page).contains("role=\"img\"").contains("aria-labelledby=\"chart-by-type-title chart-by-type-desc\"")
                .contains("<caption class=\"govuk-table__caption govuk-table__caption--s\">Feedback received by type</caption>")
                .contains("80.0%").doesNotContain("Person 1").doesNotContain("person1@example.org")
                .doesNotContain("Private words");
        for (String role : List.of("complaints.officer", "admin", "director")) {
            body(role, "/staff/reports?" + MAY, 200);
        }
        for (String role : List.of("customer.services", "investigator", "dpo")) {
            fetch(role, "/staff/reports?" + MAY, 403);
        }
    }

    @Test
    void badDatesShowAnErrorSummaryNotAnError() throws Exception {
        String page = body("manager", "/staff/reports?from=2031-02-30&to=yesterday", 400);
        assertThat(page).contains("There is a problem").contains("Enter the start date as a real date")
                .contains("Enter the end date as a real date").contains("govuk-error-summary");
        assertThat(body("manager", "/staff/reports?from=2031-06-01&to=2031-05-01", 400))
                .contains("The end date must be the same as or after the start date");
        assertThat(body("manager", "/staff/reports?serviceArea=nowhere", 400)).contains("Choose a service area from the list");
        assertThat(body("manager", "/staff/reports/figures/by-type.csv?from=nonsense", 400)).contains("real date");
    }

    @Test
    void figuresBehindEachChartDownloadAsCsv() throws Exception {
        MvcResult result = fetch("manager", "/staff/reports/figures/by-type.csv?" + MAY, 200);
        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8).split("\r\n")).containsExactly(
                "family,key,label,count", "by-type,COMPLAINT,Complaint,6", "by-type,COMPLIMENT,Compliment,2",
                "by-type,SUGGESTION,Suggestion,1", "by-type,REPRESENTATION,Representation,1",
                "by-type,NOT_SURE,Not yet classified,1");
        assertThat(body("manager", "/staff/reports/figures/by-type.csv?publication=true&" + MAY, 200))
                .contains("by-type,COMPLAINT,Complaint,6").contains("by-type,COMPLIMENT,Compliment,fewer than 5");
        assertThat(body("manager", "/staff/reports/figures/shares.csv?" + MAY, 200))
                .contains("acknowledged-in-time,Acknowledged by the due date,8,10,80.0")
                .contains("stage-1-to-2,Stage 1 to stage 2,2,4,50.0");
        assertThat(body("manager", "/staff/reports/figures/stages.csv?" + MAY, 200))
                .contains("ALL,1,5,4,4,100.0,1,2,1,1,0,2,50.0");
        assertThat(body("manager", "/staff/reports/figures/trends.csv?" + MAY, 200))
                .contains("feedback,Feedback received,11,2,up 9 (450.0%)");
        assertThat(body("manager", "/staff/reports/figures/all.csv?" + MAY, 200))
                .contains("ombudsman-referrals,LGSCO,LGSCO,2").contains("suggestions-by-outcome,ADOPTED,Adopted,1");
        fetch("manager", "/staff/reports/figures/nothing.csv?" + MAY, 404);
    }

    private List<String> cases(String username) throws Exception {
        MvcResult started = mvc.perform(get("/staff/reports/cases.csv?" + MAY).with(as(username))).andReturn();
        MvcResult done = mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn();
        return Arrays.asList(done.getResponse().getContentAsString(StandardCharsets.UTF_8).split("\r\n"));
    }

    @Test
    void caseExportHasNoPersonalDataForReportViewers() throws Exception {
        List<String> rows = cases("manager");
        assertThat(rows.get(0)).isEqualTo("reference,received_on,channel,type,chosen_type,status,service_area,process,"
                + "exclusion,stage,stage_outcome,acknowledge_by,acknowledged_on,ombudsman,ombudsman_decision");
        List<String> ours = rows.stream().filter(r -> r.startsWith("RPT-2031-")).toList();
        assertThat(ours).hasSize(11);
        assertThat(ours.get(0)).isEqualTo("RPT-2031-000011,2031-05-01,PHONE,NOT_SURE,NOT_SURE,RECEIVED,,,,,,,,,");
        assertThat(ours).contains("RPT-2031-000001,2031-05-05,PHONE,COMPLAINT,COMPLAINT,RECEIVED,highways,CORPORATE,,2,"
                + "NOT_UPHELD,2031-05-08,2031-05-07,LGSCO,UPHELD");
        // sent at 23:30 UTC on 15 May, which was 00:30 on 16 May in the council's time
        assertThat(ours).anyMatch(r -> r.startsWith("RPT-2031-000003,") && r.contains("2031-05-15,2031-05-16"));
        assertThat(String.join("\n", rows)).doesNotContain("Person").doesNotContain("@example.org");
    }

    @Test
    void caseExportHasPersonalDataForTheComplaintsOfficerAndTheDpoOnly() throws Exception {
        List<String> officer = cases("complaints.officer");
        assertThat(officer.get(0)).endsWith(",ombudsman_decision,contact_name,contact_email,contact_phone,postcode,on_behalf_of");
        assertThat(officer).anyMatch(r -> r.startsWith("RPT-2031-000001,") && r.endsWith(",Person 1,person1@example.org,01234 567890,CB7 4AA,"));
        // social care cases stay with the social care team
        assertThat(officer).anyMatch(r -> r.startsWith("RPT-2031-000004,") && r.endsWith(",restricted,restricted,restricted,restricted,restricted"));
        List<String> dpo = cases("dpo");
        assertThat(dpo).anyMatch(r -> r.startsWith("RPT-2031-000004,") && r.endsWith(",Person 4,person4@example.org,01234 567890,CB7 4AA,"));
        assertThat(cases("director").get(0)).doesNotContain("contact_name");
        fetch("customer.services", "/staff/reports/cases.csv?" + MAY, 403);
    }

    @Test
    void annualReportsArePagesPdfsAndCsv() throws Exception {
        String page = body("manager", "/staff/reports/annual/self-assessment/2031", 200);
        assertThat(page).contains("Complaint Handling Code annual self-assessment").contains("1 April 2031 to 31 March 2032")
                .contains("Section 5: The complaint handling process").contains("The council's assessment");
        MvcResult pdf = fetch("manager", "/staff/reports/annual/customer-care/2031.pdf", 200);
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        byte[] bytes = pdf.getResponse().getContentAsByteArray();
        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        for (AnnualReportKind kind : AnnualReportKind.values()) {
            assertThat(new String(fetch("manager", "/staff/reports/annual/" + kind.slug() + "/2031.pdf", 200)
                    .getResponse().getContentAsByteArray(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        }
        assertThat(body("manager", "/staff/reports/annual/adult-social-care/2031.csv?publication=false", 200))
                .contains("well-founded,outcomes,UPHELD,Upheld,1,,").contains("ombudsman,ombudsman-referrals,LGSCO,LGSCO,1,,");
        assertThat(body("manager", "/staff/reports/annual/adult-social-care/2031.csv", 200))
                .contains("well-founded,outcomes,UPHELD,Upheld,fewer than 5,,");
        fetch("manager", "/staff/reports/annual/nonsense/2031", 404);
        fetch("manager", "/staff/reports/annual/customer-care/20x1", 404);
        fetch("customer.services", "/staff/reports/annual/customer-care/2031.pdf", 403);
        assertThat(body("manager", "/staff/reports/annual", 200)).contains("/staff/reports/annual/customer-care/");
    }

    @Test
    void dashboardApiGivesTheFiguresAsJson() throws Exception {
        String json = getAs("manager", "/api/v1/reports/dashboard?" + MAY + "&serviceArea=highways", 200);
        assertThat(text(json, "$.feedbackReceived.text")).isEqualTo("2");
        assertThat(text(json, "$.period.from")).isEqualTo("2031-05-01");
        assertThat(text(json, "$.acknowledgedInTime.text")).isEqualTo("100.0%");
        String published = getAs("manager", "/api/v1/reports/dashboard?" + MAY + "&publication=true", 200);
        assertThat(list(published, "$.byType[?(@.key == 'COMPLIMENT')].suppressed")).containsExactly(true);
        assertThat(list(published, "$.byType[?(@.key == 'COMPLIMENT')].value")).containsExactly((Object) null);
        String problem = getAs("manager", "/api/v1/reports/dashboard?from=2031-13-01", 400);
        assertThat(text(problem, "$.errors[0].field")).isEqualTo("from");
        getAs("customer.services", "/api/v1/reports/dashboard?" + MAY, 403);
    }

    @Test
    void annualReportApiGivesTheReportAsJson() throws Exception {
        String json = getAs("manager", "/api/v1/reports/annual/customer-care/2031", 200);
        assertThat(text(json, "$.title")).isEqualTo(AnnualReportKind.CUSTOMER_CARE.title());
        assertThat(text(json, "$.period.from")).isEqualTo("2031-04-01");
        assertThat(json).contains("\"publication\":true");
        assertThat(getAs("manager", "/api/v1/reports/annual/adult-social-care/2031?publication=false", 200))
                .contains("\"publication\":false");
        assertThat(text(getAs("manager", "/api/v1/reports/annual/nonsense/2031", 404), "$.title")).isEqualTo("No such report");
        getAs("manager", "/api/v1/reports/annual/customer-care/20x1", 404);
        getAs("customer.services", "/api/v1/reports/annual/customer-care/2031", 403);
    }
}
