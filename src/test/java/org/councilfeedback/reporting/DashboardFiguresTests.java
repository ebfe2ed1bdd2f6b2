package org.councilfeedback.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.councilfeedback.testing.ComplaintsTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every figure of the managers' dashboard, checked against a known dataset. */
class DashboardFiguresTests extends ComplaintsTestSupport {

    @Autowired
    Dashboards dashboards;

    @BeforeEach
    void loadDataset() {
        new ReportingDataset(jdbc).load();
    }

    private static Map<String, String> texts(List<Count> counts) {
        return counts.stream().collect(Collectors.toMap(Count::key, Count::text, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private Dashboard may() {
        return dashboards.dashboard(ReportingDataset.MAY, null, false);
    }

    @Test
    void countsFeedbackByTypeChannelServiceAreaAndMonthInCouncilTime() {
        Dashboard d = may();
        assertThat(d.feedbackReceived().value()).isEqualTo(11);
        assertThat(texts(d.byType())).containsExactly(Map.entry("COMPLAINT", "6"), Map.entry("COMPLIMENT", "2"),
                Map.entry("SUGGESTION", "1"), Map.entry("REPRESENTATION", "1"), Map.entry("NOT_SURE", "1"));
        assertThat(texts(d.byChannel())).containsExactly(Map.entry("ONLINE", "3"), Map.entry("PHONE", "4"),
                Map.entry("EMAIL", "2"), Map.entry("LETTER", "2"), Map.entry("FACE_TO_FACE", "0"),
                Map.entry("COUNCILLOR", "0"));
        Map<String, String> areas = texts(d.byServiceArea());
        assertThat(areas).containsEntry("highways", "2").containsEntry("parking", "1")
                .containsEntry("adult-social-care", "1").containsEntry("childrens-social-care", "1")
                .containsEntry("libraries", "2").containsEntry("waste", "1").containsEntry("planning", "1")
                .containsEntry("education-send", "1").containsEntry("none", "1").containsEntry("registration", "0");
        assertThat(d.byServiceArea().stream().mapToLong(Count::plotted).sum()).isEqualTo(11);
        assertThat(d.byServiceArea()).filteredOn(c -> c.key().equals("none")).extracting(Count::label)
                .containsExactly("No service area");
        assertThat(d.byMonth()).extracting(Count::key, Count::label, Count::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2031-05", "May 2031", 11L));
    }

    @Test
    void monthsAreCutAtCouncilMidnight() {
        Dashboard d = dashboards.dashboard(new ReportPeriod(java.time.LocalDate.of(2031, 4, 1),
                java.time.LocalDate.of(2031, 6, 30)), null, false);
        assertThat(d.byMonth()).extracting(Count::value).containsExactly(2L, 11L, 1L);
    }

    @Test
    void countsComplaintsByProcessStageAndOutcome() {
        Dashboard d = may();
        assertThat(texts(d.complaintsByProcess())).containsExactly(Map.entry("CORPORATE", "3"),
                Map.entry("ADULT_SOCIAL_CARE", "1"), Map.entry("CHILDRENS_SOCIAL_CARE", "1"),
                Map.entry("DATA_PROTECTION", "0"));
        assertThat(d.stages()).hasSize(2);
        Dashboard.StageFigures one = d.stages().get(0);
        assertThat(one.stage()).isEqualTo(1);
        assertThat(List.of(one.opened(), one.responded(), one.extended(), one.upheld(), one.partlyUpheld(),
                one.notUpheld(), one.withdrawn())).extracting(Count::value).containsExactly(5L, 4L, 1L, 2L, 1L, 1L, 0L);
        assertThat(one.respondedInTime().part().value()).isEqualTo(4);
        assertThat(one.respondedInTime().of().value()).isEqualTo(4);
        assertThat(one.respondedInTime().percent()).isEqualTo(100.0);
        assertThat(one.wellFounded().percent()).isEqualTo(75.0);
        assertThat(one.escalated().part().value()).isEqualTo(2);
        Dashboard.StageFigures two = d.stages().get(1);
        assertThat(List.of(two.opened(), two.responded(), two.notUpheld())).extracting(Count::value)
                .containsExactly(2L, 1L, 1L);
        assertThat(two.respondedInTime().percent()).isEqualTo(0.0);
        Dashboard.StageFigures corporateOne = d.stagesByProcess().stream()
                .filter(s -> s.process().equals("CORPORATE") && s.stage() == 1).findFirst().orElseThrow();
        assertThat(List.of(corporateOne.opened(), corporateOne.responded(), corporateOne.extended(),
                corporateOne.upheld(), corporateOne.partlyUpheld())).extracting(Count::value)
                .containsExactly(3L, 2L, 1L, 1L, 1L);
        assertThat(corporateOne.escalated().text()).isEqualTo("50.0%");
    }

    @Test
    void acknowledgementsCountAsInTimeWhenSentByTheEndOfTheDueDayInCouncilTime() {
        Share ack = may().acknowledgedInTime();
        assertThat(ack.part().value()).isEqualTo(8);
        assertThat(ack.of().value()).isEqualTo(10);
        assertThat(ack.percent()).isEqualTo(80.0);
        assertThat(ack.text()).isEqualTo("80.0%");
    }

    @Test
    void escalationRatesAreResponsesAtAStageThatWentOnToTheNext() {
        assertThat(may().escalations()).extracting(Share::key, Share::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("stage-1-to-2", "50.0%"),
                org.assertj.core.groups.Tuple.tuple("stage-2-to-3", "0.0%"));
    }

    @Test
    void countsOmbudsmanReferralsAndDecisionsByTheirDates() {
        Dashboard d = may();
        assertThat(texts(d.ombudsmanReferrals())).containsExactly(Map.entry("LGSCO", "2"), Map.entry("ICO", "0"));
        Map<String, String> decisions = texts(d.ombudsmanDecisions());
        assertThat(decisions).containsEntry("UPHELD", "1").containsEntry("NOT_UPHELD", "0");
        assertThat(d.ombudsmanDecisions().stream().mapToLong(Count::plotted).sum()).isEqualTo(1);
    }

    @Test
    void countsComplimentsRepresentationsSuggestionsAndExclusions() {
        Dashboard d = may();
        assertThat(texts(d.complimentsByServiceArea())).containsEntry("libraries", "1").containsEntry("highways", "1");
        assertThat(d.complimentsByServiceArea().stream().mapToLong(Count::plotted).sum()).isEqualTo(2);
        assertThat(d.representationsByPolicyArea()).extracting(Count::key, Count::label, Count::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("libraries", "Libraries, archives and mobile library services", 1L));
        assertThat(texts(d.suggestionsByOutcome())).containsExactly(Map.entry("ADOPTED", "1"),
                Map.entry("UNDER_CONSIDERATION", "0"), Map.entry("NOT_ADOPTED", "0"), Map.entry("PENDING", "0"));
        assertThat(texts(d.exclusionsByReason())).containsEntry("SCHOOL", "1");
        assertThat(d.exclusionsByReason().stream().mapToLong(Count::plotted).sum()).isEqualTo(1);
    }

    @Test
    void comparesWithThePreviousPeriodOfTheSameLength() {
        Dashboard d = may();
        assertThat(d.previousPeriod()).isEqualTo(new ReportPeriod(java.time.LocalDate.of(2031, 3, 31),
                java.time.LocalDate.of(2031, 4, 30)));
        Map<String, Dashboard.Trend> trends = d.trends().stream().collect(Collectors.toMap(Dashboard.Trend::key, t -> t));
        assertThat(trends.get("feedback").previous().value()).isEqualTo(2);
        assertThat(trends.get("feedback").change()).isEqualTo("up 9 (450.0%)");
        assertThat(trends.get("type:COMPLAINT").change()).isEqualTo("up 5 (500.0%)");
        assertThat(trends.get("type:COMPLIMENT").change()).isEqualTo("up 1 (100.0%)");
        assertThat(trends.get("type:SUGGESTION").change()).isEqualTo("up 1 (none before)");
        assertThat(trends.get("complaints").change()).isEqualTo("up 5 (none before)");
        assertThat(trends.get("compliments").change()).isEqualTo("up 1 (100.0%)");
        assertThat(trends.get("ombudsman-referrals").current().value()).isEqualTo(2);
    }

    @Test
    void filtersByServiceArea() {
        Dashboard d = dashboards.dashboard(ReportingDataset.MAY, "highways", false);
        assertThat(d.serviceAreaName()).isEqualTo("Highways, roads and pavements");
        assertThat(d.feedbackReceived().value()).isEqualTo(2);
        assertThat(texts(d.byServiceArea())).containsExactly(Map.entry("highways", "2"));
        assertThat(texts(d.complaintsByProcess())).containsEntry("CORPORATE", "2");
        assertThat(d.stages().get(0).opened().value()).isEqualTo(2);
        assertThat(d.stages().get(1).opened().value()).isEqualTo(1);
        assertThat(texts(d.complimentsByServiceArea())).containsExactly(Map.entry("highways", "1"));
        assertThat(d.acknowledgedInTime().text()).isEqualTo("100.0%");
        assertThat(texts(d.ombudsmanReferrals())).containsEntry("LGSCO", "1");
    }

    @Test
    void publicationSuppressesCountsBelowTheThreshold() {
        Dashboard d = dashboards.dashboard(ReportingDataset.MAY, null, true);
        assertThat(d.publication()).isTrue();
        assertThat(d.suppressionThreshold()).isEqualTo(5);
        assertThat(d.feedbackReceived().text()).isEqualTo("11");
        Map<String, Count> types = d.byType().stream().collect(Collectors.toMap(Count::key, c -> c));
        assertThat(types.get("COMPLAINT").value()).isEqualTo(6);
        assertThat(types.get("COMPLIMENT").value()).isNull();
        assertThat(types.get("COMPLIMENT").suppressed()).isTrue();
        assertThat(types.get("COMPLIMENT").text()).isEqualTo("fewer than 5");
        assertThat(types.get("SUGGESTION").text()).isEqualTo("fewer than 5");
        assertThat(d.byChannel()).filteredOn(c -> c.key().equals("FACE_TO_FACE")).extracting(Count::text).containsExactly("0");
        // 8 of 10 would reveal the 2 late ones
        assertThat(d.acknowledgedInTime().suppressed()).isTrue();
        assertThat(d.acknowledgedInTime().percent()).isNull();
        assertThat(d.trends()).filteredOn(t -> t.key().equals("feedback")).extracting(Dashboard.Trend::change)
                .containsExactly("not published (small numbers)");
        assertThat(d.stages().get(0).opened().text()).isEqualTo("5");
        assertThat(d.stages().get(0).responded().text()).isEqualTo("fewer than 5");
    }
}
