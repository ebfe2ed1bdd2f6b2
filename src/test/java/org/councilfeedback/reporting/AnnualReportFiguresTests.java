package org.councilfeedback.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.councilfeedback.testing.ComplaintsTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every figure of each annual report for the council year 2031 to 2032, from the known dataset. */
class AnnualReportFiguresTests extends ComplaintsTestSupport {

    @Autowired
    AnnualReports reports;

    @BeforeEach
    void loadDataset() {
        new ReportingDataset(jdbc).load();
    }

    private static Map<String, String> texts(List<Count> counts) {
        return counts.stream().collect(Collectors.toMap(Count::key, Count::text, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static Map<String, String> shares(AnnualReport.ShareTable table) {
        return table.shares().stream().collect(Collectors.toMap(Share::key, Share::text, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void everyReportCoversTheCouncilYearAndSaysSo() {
        for (AnnualReportKind kind : AnnualReportKind.values()) {
            AnnualReport report = reports.generate(kind, 2031);
            assertThat(report.period()).isEqualTo(new ReportPeriod(LocalDate.of(2031, 4, 1), LocalDate.of(2032, 3, 31)));
            assertThat(report.periodStatement()).contains("1 April 2031 to 31 March 2032");
            assertThat(report.publication()).isTrue();
        }
    }

    @Test
    void customerCareReportHasTheDashboardFiguresAndTheLearning() {
        AnnualReport r = reports.generate(AnnualReportKind.CUSTOMER_CARE, 2031, false);
        assertThat(texts(r.chart("by-type").counts())).containsExactly(Map.entry("COMPLAINT", "7"),
                Map.entry("COMPLIMENT", "3"), Map.entry("SUGGESTION", "1"), Map.entry("REPRESENTATION", "1"),
                Map.entry("NOT_SURE", "2"));
        assertThat(r.chart("by-month").counts()).extracting(Count::value)
                .containsExactly(2L, 11L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(texts(r.chart("complaints-by-process").counts())).containsEntry("CORPORATE", "3");
        assertThat(shares(r.shareTable("acknowledged"))).containsExactly(Map.entry("acknowledged-in-time", "83.3%"));
        // five stage 1 responses in the year, two escalated; two stage 2 responses, none escalated
        assertThat(shares(r.shareTable("escalations"))).containsExactly(Map.entry("stage-1-to-2", "40.0%"),
                Map.entry("stage-2-to-3", "0.0%"));
        assertThat(texts(r.chart("ombudsman-decisions").counts())).containsEntry("UPHELD", "1")
                .containsEntry("NOT_UPHELD", "1");
        assertThat(texts(r.chart("remedies").counts())).containsExactly(Map.entry("APOLOGY", "2"),
                Map.entry("EXPLANATION", "0"), Map.entry("ACT_ON_DELAY", "1"), Map.entry("RECONSIDER_DECISION", "0"),
                Map.entry("AMEND_RECORD", "0"), Map.entry("FINANCIAL_REMEDY", "1"),
                Map.entry("CHANGE_POLICY_OR_PROCEDURE", "0"));
        assertThat(texts(r.chart("actions-by-service-area").counts())).containsExactly(
                Map.entry("adult-social-care", "1"), Map.entry("highways", "2"));
        assertThat(texts(r.chart("actions-completed-by-service-area").counts())).containsExactly(
                Map.entry("adult-social-care", "1"), Map.entry("highways", "1"));
        assertThat(shares(r.shareTable("actions-completed"))).containsExactly(Map.entry("actions-completed", "66.7%"));
        assertThat(r.sections()).extracting(AnnualReport.Section::id).contains("received", "complaints", "ombudsman",
                "other-feedback", "trends", "learning");
    }

    @Test
    void childrensReportHasTheThreeStatutoryStages() {
        AnnualReport r = reports.generate(AnnualReportKind.CHILDRENS_SOCIAL_CARE, 2031, false);
        assertThat(texts(r.chart("subjects").counts())).containsExactly(Map.entry("childrens-social-care", "1"));
        assertThat(texts(r.chart("stages-opened").counts())).containsExactly(Map.entry("stage-1", "1"),
                Map.entry("stage-2", "1"), Map.entry("stage-3", "0"));
        assertThat(shares(r.shareTable("timescales-met"))).containsExactly(Map.entry("stage-1", "100.0%"),
                Map.entry("stage-2", "100.0%"), Map.entry("stage-3", "none"));
        assertThat(r.stageTable("stages").rows().get(0).notUpheld().value()).isEqualTo(1);
        assertThat(shares(r.shareTable("escalations"))).containsEntry("stage-1-to-2", "100.0%");
        assertThat(r.sections()).extracting(AnnualReport.Section::id).contains("advocacy");
        assertThat(texts(r.chart("ombudsman-referrals").counts())).containsExactly(Map.entry("LGSCO", "0"));
    }

    @Test
    void adultReportGivesTheRegulation18Figures() {
        AnnualReport r = reports.generate(AnnualReportKind.ADULT_SOCIAL_CARE, 2031, false);
        assertThat(texts(r.chart("subjects").counts())).containsExactly(Map.entry("adult-social-care", "1"));
        assertThat(texts(r.chart("outcomes").counts())).containsExactly(Map.entry("UPHELD", "1"),
                Map.entry("PARTLY_UPHELD", "0"), Map.entry("NOT_UPHELD", "0"), Map.entry("WITHDRAWN", "0"));
        assertThat(shares(r.shareTable("well-founded"))).containsExactly(Map.entry("well-founded", "100.0%"));
        assertThat(texts(r.chart("ombudsman-referrals").counts())).containsExactly(Map.entry("LGSCO", "1"));
        assertThat(texts(r.chart("ombudsman-decisions").counts())).containsEntry("NOT_UPHELD", "1").containsEntry("UPHELD", "0");
        assertThat(texts(r.chart("remedies").counts())).containsEntry("FINANCIAL_REMEDY", "1").containsEntry("APOLOGY", "0");
        assertThat(texts(r.chart("actions-by-service-area").counts())).containsExactly(Map.entry("adult-social-care", "1"));
    }

    @Test
    void selfAssessmentFillsInTheCodeFiguresUnderItsSectionHeadings() {
        AnnualReport r = reports.generate(AnnualReportKind.SELF_ASSESSMENT, 2031, false);
        assertThat(texts(r.chart("stages-opened").counts())).containsExactly(Map.entry("stage-1", "3"), Map.entry("stage-2", "1"));
        assertThat(texts(r.chart("extensions").counts())).containsExactly(Map.entry("stage-1", "1"), Map.entry("stage-2", "0"));
        assertThat(shares(r.shareTable("timescales-met"))).containsExactly(Map.entry("stage-1", "100.0%"),
                Map.entry("stage-2", "0.0%"));
        assertThat(shares(r.shareTable("escalations"))).containsExactly(Map.entry("stage-1-to-2", "33.3%"));
        assertThat(texts(r.chart("ombudsman-decisions").counts())).containsEntry("UPHELD", "1").containsEntry("NOT_UPHELD", "0");
        assertThat(r.sections()).extracting(AnnualReport.Section::heading).startsWith(
                "Section 1: Definition of a complaint", "Section 2: Exclusions", "Section 3: Accessibility and awareness");
        assertThat(r.sections()).filteredOn(s -> s.narrativePrompt() != null).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void publishedReportsHideSmallNumbers() {
        AnnualReport r = reports.generate(AnnualReportKind.ADULT_SOCIAL_CARE, 2031);
        assertThat(r.chart("subjects").counts()).extracting(Count::text).containsExactly("fewer than 5");
        assertThat(r.chart("subjects").counts()).extracting(Count::value).containsOnlyNulls();
        assertThat(r.shareTable("well-founded").shares().get(0).suppressed()).isTrue();
        assertThat(r.sections().get(0).paragraphs()).anyMatch(p -> p.contains("fewer than 5"));
    }
}
