package org.councilfeedback.reporting;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.councilfeedback.complaints.OmbudsmanBody;
import org.councilfeedback.complaints.Remedy;
import org.councilfeedback.organisation.CouncilProfile;
import org.springframework.stereotype.Service;

/**
 * The annual reports: the corporate Customer Care report, the children's and adult social care complaints reports and
 * the Complaint Handling Code self-assessment. Every report covers a council year (1 April to 31 March), the year the
 * statutory social care reports and the Ombudsman's annual review use; {@code year} is the year it starts in. All
 * figures come from the same SQL aggregates as the dashboard.
 */
@Service
public class AnnualReports {

    private final Dashboards dashboards;
    private final ReportQueries queries;
    private final Labels labels;
    private final CouncilProfile profile;

    AnnualReports(Dashboards dashboards, ReportQueries queries, Labels labels, CouncilProfile profile) {
        this.dashboards = dashboards;
        this.queries = queries;
        this.labels = labels;
        this.profile = profile;
    }

    /**
     * The report named by a link or an API path: {@code kind} a slug ({@code customer-care}…), {@code year} four digits
     * from 2000 to 2100, {@code publication} anything but "false" for the published version. Empty when the kind or
     * the year is not one.
     */
    public java.util.Optional<AnnualReport> find(String kind, String year, String publication) {
        var k = AnnualReportKind.fromSlug(kind);
        if (k.isEmpty() || year == null || !year.matches("\\d{4}") || Integer.parseInt(year) < 2000
                || Integer.parseInt(year) > 2100) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(generate(k.get(), Integer.parseInt(year), !"false".equals(publication)));
    }

    /** The report as published (small numbers suppressed). The method the benchmark times. */
    public AnnualReport generate(AnnualReportKind kind, int year) {
        return generate(kind, year, true);
    }

    /** The report for the council year starting 1 April {@code year}, for publication or for internal use. */
    public AnnualReport generate(AnnualReportKind kind, int year, boolean publication) {
        ReportPeriod period = ReportPeriod.councilYear(year);
        Suppression s = dashboards.suppression(publication);
        ZoneId zone = profile.timeZone();
        ReportQueries.Scope scope = ReportQueries.Scope.of(period, null, zone);
        String statement = "This report covers the council year " + period.describe() + ": complaints and other "
                + "feedback received in that year, complaint stages opened or answered in it, and Ombudsman enquiries "
                + "and decisions dated in it."
                + (publication ? " Counts from 1 to " + (s.threshold() - 1) + " are shown as \"fewer than "
                        + s.threshold() + "\" so that no one can be identified." : " For internal use: not for publication.");
        List<AnnualReport.Section> sections = switch (kind) {
            case CUSTOMER_CARE -> customerCare(period, publication, scope, s);
            case CHILDRENS_SOCIAL_CARE -> childrens(kind, scope, s);
            case ADULT_SOCIAL_CARE -> adults(kind, scope, s);
            case SELF_ASSESSMENT -> selfAssessment(kind, scope, s);
        };
        return new AnnualReport(kind, kind.title(), profile.name(), year, period, statement, publication, s.threshold(),
                sections);
    }

    private List<AnnualReport.Section> customerCare(ReportPeriod period, boolean publication, ReportQueries.Scope scope,
            Suppression s) {
        Dashboard d = dashboards.dashboard(period, null, publication);
        List<AnnualReport.Section> sections = new ArrayList<>();
        sections.add(section("received", "Feedback received", List.of("In total we received " + d.feedbackReceived().text()
                        + " pieces of feedback."),
                List.of(chart("by-type", "Feedback received by type", d.byType()),
                        chart("by-channel", "Feedback received by channel", d.byChannel()),
                        chart("by-service-area", "Feedback received by service area", d.byServiceArea()),
                        chart("by-month", "Feedback received by month", d.byMonth())),
                List.of(new AnnualReport.ShareTable("acknowledged", "Acknowledged within the policy's timescale",
                        List.of(d.acknowledgedInTime()))), List.of(), null));
        sections.add(section("complaints", "Complaints", List.of(),
                List.of(chart("complaints-by-process", "Complaints by process", d.complaintsByProcess()),
                        chart("exclusions-by-reason", "Feedback the complaints procedure did not apply to, by reason",
                                d.exclusionsByReason())),
                List.of(new AnnualReport.ShareTable("escalations", "Escalation rates", d.escalations())),
                List.of(new AnnualReport.StageTable("stages", "Complaints by stage (all processes)", d.stages()),
                        new AnnualReport.StageTable("stages-by-process", "Complaints by process and stage",
                                d.stagesByProcess())), null));
        sections.add(section("ombudsman", "The Ombudsman", List.of(),
                List.of(chart("ombudsman-referrals", "Referrals to the Ombudsman (LGSCO) and the ICO", d.ombudsmanReferrals()),
                        chart("ombudsman-decisions", "Ombudsman decisions", d.ombudsmanDecisions())),
                List.of(), List.of(), null));
        sections.add(section("other-feedback", "Compliments, suggestions and representations", List.of(),
                List.of(chart("compliments-by-service-area", "Compliments by service area", d.complimentsByServiceArea()),
                        chart("suggestions-by-outcome", "Suggestions by outcome", d.suggestionsByOutcome()),
                        chart("representations-by-policy-area", "Representations by policy area",
                                d.representationsByPolicyArea())),
                List.of(), List.of(), null));
        sections.add(section("trends", "Compared with the year before", List.of("Figures for " + d.previousPeriod().describe()
                        + " beside this year's: " + d.trends().stream().map(t -> t.label() + " " + t.change())
                        .reduce((a, b) -> a + "; " + b).orElse("") + "."),
                List.of(chart("previous-year", "The year before: headline figures",
                        d.trends().stream().map(Dashboard.Trend::previous).toList()),
                        chart("this-year", "This year: headline figures", d.trends().stream().map(Dashboard.Trend::current).toList())),
                List.of(), List.of(), null));
        sections.add(learning(scope, s, AnnualReportKind.CUSTOMER_CARE.processes()));
        return sections;
    }

    private AnnualReport.Section learning(ReportQueries.Scope scope, Suppression s, List<String> processes) {
        List<ReportQueries.Row> remedies = queries.remedies(scope, processes);
        List<Count> remedyCounts = Dashboards.enumCounts(remedies, Remedy.values(), s);
        List<ReportQueries.Row[]> actions = queries.actionsByServiceArea(scope, processes);
        List<ReportQueries.Row> promised = actions.stream().map(a -> a[0]).toList();
        List<ReportQueries.Row> completed = actions.stream().map(a -> a[1]).toList();
        long promisedTotal = promised.stream().mapToLong(ReportQueries.Row::count).sum();
        long completedTotal = completed.stream().mapToLong(ReportQueries.Row::count).sum();
        return section("learning", "Learning from complaints", List.of("After upheld and partly upheld complaints we "
                        + "promised " + s.count("actions", "Actions", promisedTotal).text() + " actions to put things "
                        + "right or improve services, and have completed " + s.count("completed", "Completed", completedTotal).text()
                        + " of them."),
                List.of(chart("remedies", "Remedies given with upheld and partly upheld complaints", remedyCounts),
                        chart("actions-by-service-area", "Improvement actions promised, by service area",
                                dashboards.areaCounts(promised, s, null).stream().filter(c -> c.value() == null || c.value() > 0).toList()),
                        chart("actions-completed-by-service-area", "Improvement actions completed, by service area",
                                dashboards.areaCounts(completed, s, null).stream().filter(c -> c.value() == null || c.value() > 0).toList())),
                List.of(new AnnualReport.ShareTable("actions-completed", "Improvement actions completed",
                        List.of(s.share("actions-completed", "Actions completed", completedTotal, promisedTotal)))),
                List.of(), null);
    }

    private List<AnnualReport.Section> childrens(AnnualReportKind kind, ReportQueries.Scope scope, Suppression s) {
        List<AnnualReport.Section> sections = new ArrayList<>();
        sections.add(received(kind, scope, s, "Complaints received under the Children Act 1989 Representations "
                + "Procedure (England) Regulations 2006."));
        List<ReportQueries.StageRow> rows = statutoryStages(queries.stages(scope, kind.processes()), 3);
        sections.add(section("stages", "Stages 1 to 3: timescales and outcomes", List.of("Stage 1 (local resolution): "
                        + "10 working days, up to 20. Stage 2 (investigation): 25 working days, up to 65. Stage 3 (review "
                        + "panel): the council responds within 15 working days of the panel's report."),
                List.of(chart("stages-opened", "Complaints by stage", rows.stream()
                        .map(r -> s.count("stage-" + r.stage(), "Stage " + r.stage(), r.opened())).toList())),
                List.of(new AnnualReport.ShareTable("timescales-met", "Responses within the stage's timescale",
                                rows.stream().map(r -> s.share("stage-" + r.stage(), "Stage " + r.stage(), r.inTime(), r.timed())).toList()),
                        new AnnualReport.ShareTable("escalations", "Escalation rates",
                                Dashboards.escalations(rows, s))),
                List.of(new AnnualReport.StageTable("stages", "Stages, timescales met and outcomes",
                        rows.stream().map(r -> Dashboards.stage(r, s)).toList())), null));
        sections.add(section("advocacy", "Advocacy", List.of("Every child or young person who makes or wants to make a "
                + "complaint is offered an advocate, as the procedure requires. Individual offers of advocacy are not "
                + "recorded as a separate field, so this report cannot count them."), List.of(), List.of(), List.of(),
                null));
        sections.add(ombudsman(kind, scope, s));
        sections.add(learning(scope, s, kind.processes()));
        return sections;
    }

    private List<AnnualReport.Section> adults(AnnualReportKind kind, ReportQueries.Scope scope, Suppression s) {
        List<AnnualReport.Section> sections = new ArrayList<>();
        List<ReportQueries.StageRow> rows = statutoryStages(queries.stages(scope, kind.processes()), 1);
        ReportQueries.StageRow r = rows.get(0);
        List<ReportQueries.OmbudsmanRow> ombudsman = queries.ombudsman(scope, kind.processes());
        long referred = ombudsman.stream().mapToLong(ReportQueries.OmbudsmanRow::referred).sum();
        AnnualReport.Section received = received(kind, scope, s, "Regulation 18 of the Local Authority Social Services "
                + "and National Health Service Complaints (England) Regulations 2009 asks for the number of complaints "
                + "received, the number decided to be well-founded, the number referred to the Ombudsman, the subject "
                + "matter of complaints, and the improvements made.");
        sections.add(received);
        sections.add(section("well-founded", "Complaints decided to be well-founded", List.of(
                        "A complaint is well-founded when it was upheld or partly upheld."),
                List.of(chart("outcomes", "Outcomes of complaints answered in the year", List.of(
                        s.count("UPHELD", "Upheld", r.upheld()), s.count("PARTLY_UPHELD", "Partly upheld", r.partlyUpheld()),
                        s.count("NOT_UPHELD", "Not upheld", r.notUpheld()), s.count("WITHDRAWN", "Withdrawn", r.withdrawn())))),
                List.of(new AnnualReport.ShareTable("well-founded", "Well-founded complaints",
                        List.of(s.share("well-founded", "Upheld or partly upheld", r.upheld() + r.partlyUpheld(), r.responded()))),
                        new AnnualReport.ShareTable("timescales-met", "Responses by the date agreed with the person",
                                List.of(s.share("stage-1", "Responded by the agreed date", r.inTime(), r.timed())))),
                List.of(), null));
        sections.add(section("ombudsman", "Complaints referred to the Ombudsman", List.of(
                        "Complaints the Local Government and Social Care Ombudsman made enquiries about in the year: "
                                + s.count("referred", "Referred", referred).text() + "."),
                List.of(chart("ombudsman-referrals", "Referred to the Ombudsman", List.of(
                                s.count("LGSCO", "LGSCO", ombudsman.stream().filter(o -> "LGSCO".equals(o.body()))
                                        .mapToLong(ReportQueries.OmbudsmanRow::referred).sum()))),
                        chart("ombudsman-decisions", "Ombudsman decisions", Dashboards.ombudsmanDecisions(ombudsman, s))),
                List.of(), List.of(), null));
        sections.add(learning(scope, s, kind.processes()));
        return sections;
    }

    private List<AnnualReport.Section> selfAssessment(AnnualReportKind kind, ReportQueries.Scope scope, Suppression s) {
        List<ReportQueries.StageRow> rows = statutoryStages(queries.stages(scope, kind.processes()), 2);
        List<ReportQueries.OmbudsmanRow> ombudsman = queries.ombudsman(scope, kind.processes());
        List<AnnualReport.Section> sections = new ArrayList<>();
        sections.add(narrative("definition", "Section 1: Definition of a complaint",
                "How the council applies the Code's definition of a complaint and its exclusions."));
        sections.add(section("exclusions", "Section 2: Exclusions", List.of(),
                List.of(chart("exclusions-by-reason", "Feedback the complaints procedure did not apply to, by reason",
                        Dashboards.enumCounts(queries.exclusions(scope), org.councilfeedback.triage.Exclusion.values(), s))),
                List.of(), List.of(), "How exclusions are decided and explained to the person."));
        sections.add(narrative("accessibility", "Section 3: Accessibility and awareness",
                "How people find out about and use the complaints procedure, and reasonable adjustments."));
        sections.add(narrative("staff", "Section 4: Complaint handling staff",
                "Who handles complaints, their training and authority."));
        sections.add(section("process", "Section 5: The complaint handling process",
                List.of("Complaints received at each stage, responses within the Code's timescales (stage 1: 10 working days "
                        + "from acknowledgement; stage 2: 20 working days), and extensions."),
                List.of(chart("stages-opened", "Complaints received per stage", rows.stream()
                        .map(r -> s.count("stage-" + r.stage(), "Stage " + r.stage(), r.opened())).toList()),
                        chart("extensions", "Extensions per stage", rows.stream()
                                .map(r -> s.count("stage-" + r.stage(), "Stage " + r.stage(), r.extended())).toList())),
                List.of(new AnnualReport.ShareTable("timescales-met", "Responded within timescale per stage",
                        rows.stream().map(r -> s.share("stage-" + r.stage(), "Stage " + r.stage(), r.inTime(), r.timed())).toList()),
                        new AnnualReport.ShareTable("escalations", "Escalation rate",
                                Dashboards.escalations(rows, s).subList(0, 1))),
                List.of(new AnnualReport.StageTable("stages", "Stages in detail", rows.stream().map(r -> Dashboards.stage(r, s)).toList())),
                "How the council meets the Code's timescales and what it does when it cannot."));
        sections.add(narrative("stages", "Section 6: Complaint stages",
                "Stage 1 and stage 2: who responds, and how the second stage is independent of the first."));
        sections.add(section("putting-things-right", "Section 7: Putting things right", List.of(),
                List.of(chart("remedies", "Remedies given with upheld and partly upheld complaints",
                        Dashboards.enumCounts(queries.remedies(scope, kind.processes()), Remedy.values(), s))),
                List.of(), List.of(), "How remedies are decided and followed through."));
        sections.add(section("self-assessment", "Section 8: Self-assessment, reporting and compliance", List.of(),
                List.of(chart("ombudsman-referrals", "Ombudsman enquiries", List.of(s.count(OmbudsmanBody.LGSCO.name(),
                                "LGSCO", ombudsman.stream().mapToLong(ReportQueries.OmbudsmanRow::referred).sum()))),
                        chart("ombudsman-decisions", "Ombudsman decisions", Dashboards.ombudsmanDecisions(ombudsman, s))),
                List.of(), List.of(), "The council's response to the Ombudsman's decisions and annual review letter."));
        sections.add(narrative("learning", "Section 9: Scrutiny and oversight: continuous learning and improvement",
                "What the council learned from complaints this year and what it changed; the lead member and "
                        + "governing body's oversight."));
        return sections;
    }

    private AnnualReport.Section received(AnnualReportKind kind, ReportQueries.Scope scope, Suppression s, String intro) {
        List<ReportQueries.Row> byArea = queries.complaintsByServiceArea(scope, kind.processes());
        long total = byArea.stream().mapToLong(ReportQueries.Row::count).sum();
        return section("received", "Complaints received", List.of(intro, "Complaints received in the year: "
                        + s.count("received", "Received", total).text() + "."),
                List.of(chart("subjects", "Subjects of complaints (service area)",
                        dashboards.areaCounts(byArea, s, null).stream().filter(c -> c.value() == null || c.value() > 0).toList())),
                List.of(), List.of(), null);
    }

    private AnnualReport.Section ombudsman(AnnualReportKind kind, ReportQueries.Scope scope, Suppression s) {
        List<ReportQueries.OmbudsmanRow> ombudsman = queries.ombudsman(scope, kind.processes());
        return section("ombudsman", "The Ombudsman", List.of(),
                List.of(chart("ombudsman-referrals", "Ombudsman enquiries", List.of(s.count("LGSCO", "LGSCO",
                                ombudsman.stream().mapToLong(ReportQueries.OmbudsmanRow::referred).sum()))),
                        chart("ombudsman-decisions", "Ombudsman decisions", Dashboards.ombudsmanDecisions(ombudsman, s))),
                List.of(), List.of(), null);
    }

    /** Stage totals for stages 1 to {@code count}, with zero rows for stages nobody reached. */
    private static List<ReportQueries.StageRow> statutoryStages(List<ReportQueries.StageRow> rows, int count) {
        List<ReportQueries.StageRow> totals = Dashboards.stageTotals(rows);
        List<ReportQueries.StageRow> all = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            int stage = n;
            all.add(totals.stream().filter(t -> t.stage() == stage).findFirst()
                    .orElse(new ReportQueries.StageRow("ALL", stage, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)));
        }
        return all;
    }

    private static AnnualReport.Chart chart(String id, String caption, List<Count> counts) {
        return new AnnualReport.Chart(id, caption, counts);
    }

    private static AnnualReport.Section section(String id, String heading, List<String> paragraphs,
            List<AnnualReport.Chart> charts, List<AnnualReport.ShareTable> shares, List<AnnualReport.StageTable> stages,
            String narrativePrompt) {
        return new AnnualReport.Section(id, heading, paragraphs, charts, shares, stages, narrativePrompt);
    }

    private static AnnualReport.Section narrative(String id, String heading, String prompt) {
        return section(id, heading, List.of(), List.of(), List.of(), List.of(), prompt);
    }
}
