package org.councilfeedback.reporting;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilfeedback.complaints.OmbudsmanBody;
import org.councilfeedback.complaints.OmbudsmanDecision;
import org.councilfeedback.intake.Channel;
import org.councilfeedback.intake.FeedbackType;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.suggestions.SuggestionCounts;
import org.councilfeedback.triage.Exclusion;
import org.councilfeedback.triage.Process;
import org.springframework.stereotype.Service;

/** Builds the managers' dashboard from SQL aggregates: a fixed number of queries whatever the number of cases. */
@Service
public class Dashboards {

    /** The longest period a dashboard covers (its monthly chart has a column per month). */
    public static final int MAX_MONTHS = 60;

    private final ReportQueries queries;
    private final Labels labels;
    private final CouncilProfile profile;
    private final ReportingSettings settings;

    Dashboards(ReportQueries queries, Labels labels, CouncilProfile profile, ReportingSettings settings) {
        this.queries = queries;
        this.labels = labels;
        this.profile = profile;
        this.settings = settings;
    }

    /** The suppression rule for a report, for publication or internal use. */
    public Suppression suppression(boolean publication) {
        return new Suppression(publication, settings.suppressionThreshold());
    }

    /** The dashboard for {@code period}, one service area or all (null), internal or for publication. */
    public Dashboard dashboard(ReportPeriod period, String serviceArea, boolean publication) {
        ZoneId zone = profile.timeZone();
        ReportPeriod previous = period.previous();
        queries.ensureDays(previous.from(), period.to().plusDays(60), zone);
        Suppression s = suppression(publication);
        Figures now = figures(ReportQueries.Scope.of(period, serviceArea, zone), s, zone);
        Figures before = figures(ReportQueries.Scope.of(previous, serviceArea, zone), s, zone);
        return new Dashboard(period, previous, serviceArea, serviceArea == null ? null : labels.serviceArea(serviceArea),
                publication, settings.suppressionThreshold(), now.total, now.byType, now.byChannel, now.byServiceArea,
                now.byMonth, now.byProcess, now.ack, now.stagesByProcess, now.stages, now.escalations,
                now.referrals, now.decisions, now.compliments, now.representations, now.suggestions, now.exclusions,
                trends(now, before, s));
    }

    /** One period's figures (the dashboard keeps the previous period's for its trends). */
    record Figures(Count total, List<Count> byType, List<Count> byChannel, List<Count> byServiceArea,
            List<Count> byMonth, List<Count> byProcess, Share ack, List<Dashboard.StageFigures> stagesByProcess,
            List<Dashboard.StageFigures> stages, List<Share> escalations, List<Count> referrals, List<Count> decisions,
            List<Count> compliments, List<Count> representations, List<Count> suggestions, List<Count> exclusions,
            Map<String, Long> raw) {}

    Figures figures(ReportQueries.Scope scope, Suppression s, ZoneId zone) {
        Map<String, Long> raw = new LinkedHashMap<>();
        List<ReportQueries.Row> types = queries.feedbackBy("type", scope);
        long total = types.stream().mapToLong(ReportQueries.Row::count).sum();
        raw.put("feedback", total);
        types.forEach(r -> raw.put("type:" + r.key(), r.count()));
        List<Count> byType = enumCounts(types, FeedbackType.values(), s);
        List<Count> byChannel = enumCounts(queries.feedbackBy("channel", scope), Channel.values(), s);
        List<Count> byServiceArea = areaCounts(queries.feedbackBy("service_area", scope), s, scope.serviceArea());
        List<Count> byMonth = new ArrayList<>();
        for (Map.Entry<YearMonth, Long> e : queries.feedbackByMonth(scope, zone).entrySet()) {
            byMonth.add(s.count(e.getKey().toString(), Labels.month(e.getKey()), e.getValue()));
        }
        List<ReportQueries.Row> processes = queries.complaintsByProcess(scope);
        raw.put("complaints", processes.stream().mapToLong(ReportQueries.Row::count).sum());
        List<Count> byProcess = enumCounts(processes, Process.values(), s);
        ReportQueries.AckRow ack = queries.acknowledgements(scope);
        raw.put("ack-due", ack.due());
        raw.put("ack-in-time", ack.inTime());
        Share ackShare = s.share("acknowledged-in-time", "Acknowledged by the due date", ack.inTime(), ack.due());
        List<ReportQueries.StageRow> stageRows = queries.stages(scope);
        List<Dashboard.StageFigures> stagesByProcess = stageRows.stream().map(r -> stage(r, s)).toList();
        List<ReportQueries.StageRow> totals = stageTotals(stageRows);
        totals.forEach(r -> {
            raw.put("stage-" + r.stage() + "-responded", r.responded());
            raw.put("stage-" + r.stage() + "-timed", r.timed());
            raw.put("stage-" + r.stage() + "-in-time", r.inTime());
            raw.put("stage-" + r.stage() + "-opened", r.opened());
        });
        List<Dashboard.StageFigures> stages = totals.stream().map(r -> stage(r, s)).toList();
        List<Share> escalations = escalations(totals, s);
        List<ReportQueries.OmbudsmanRow> ombudsman = queries.ombudsman(scope);
        long referred = ombudsman.stream().mapToLong(ReportQueries.OmbudsmanRow::referred).sum();
        raw.put("ombudsman-referrals", referred);
        List<Count> referrals = new ArrayList<>();
        for (OmbudsmanBody body : OmbudsmanBody.values()) {
            referrals.add(s.count(body.name(), body.name(), ombudsman.stream().filter(o -> body.name().equals(o.body()))
                    .mapToLong(ReportQueries.OmbudsmanRow::referred).sum()));
        }
        List<Count> decisions = ombudsmanDecisions(ombudsman, s);
        List<ReportQueries.Row> complimentRows = queries.complimentsByServiceArea(scope);
        raw.put("compliments", complimentRows.stream().mapToLong(ReportQueries.Row::count).sum());
        List<Count> compliments = areaCounts(complimentRows, s, scope.serviceArea());
        List<Count> representations = queries.representationsByPolicyArea(scope).stream()
                .sorted(java.util.Comparator.comparing(r -> labels.policyArea(r.key())))
                .map(r -> s.count(r.key() == null ? "none" : r.key(), labels.policyArea(r.key()), r.count())).toList();
        List<ReportQueries.Row> suggestionRows = queries.suggestionsByOutcome(scope);
        List<Count> suggestions = SuggestionCounts.OUTCOMES.stream()
                .map(o -> s.count(o, Labels.words(o), find(suggestionRows, o))).toList();
        List<Count> exclusions = enumCounts(queries.exclusions(scope), Exclusion.values(), s);
        return new Figures(s.count("feedback", "Feedback received", total), byType, byChannel, byServiceArea, byMonth,
                byProcess, ackShare, stagesByProcess, stages, escalations, referrals, decisions, compliments,
                representations, suggestions, exclusions, raw);
    }

    static List<Count> ombudsmanDecisions(List<ReportQueries.OmbudsmanRow> rows, Suppression s) {
        List<Count> decisions = new ArrayList<>();
        for (OmbudsmanDecision decision : OmbudsmanDecision.values()) {
            decisions.add(s.count(decision.name(), Labels.words(decision.name()), rows.stream()
                    .filter(o -> decision.name().equals(o.decision())).mapToLong(ReportQueries.OmbudsmanRow::decided).sum()));
        }
        return decisions;
    }

    /** Stage rows of every process added up by stage number. */
    static List<ReportQueries.StageRow> stageTotals(List<ReportQueries.StageRow> rows) {
        Map<Integer, ReportQueries.StageRow> byStage = new java.util.TreeMap<>();
        for (ReportQueries.StageRow r : rows) {
            ReportQueries.StageRow zero = new ReportQueries.StageRow("ALL", r.stage(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            byStage.merge(r.stage(), zero.plus(r), ReportQueries.StageRow::plus);
        }
        return List.copyOf(byStage.values());
    }

    static Dashboard.StageFigures stage(ReportQueries.StageRow r, Suppression s) {
        String name = "ALL".equals(r.process()) ? "All processes" : Labels.words(r.process());
        String key = "stage-" + r.stage();
        return new Dashboard.StageFigures(r.process(), name, r.stage(), s.count(key, "Opened", r.opened()),
                s.count(key, "Responded", r.responded()),
                s.share(key, "Responded within timescale", r.inTime(), r.timed()),
                s.count(key, "Extended", r.extended()), s.count(key, "Upheld", r.upheld()),
                s.count(key, "Partly upheld", r.partlyUpheld()), s.count(key, "Not upheld", r.notUpheld()),
                s.count(key, "Withdrawn", r.withdrawn()),
                s.share(key, "Well-founded (upheld or partly upheld)", r.upheld() + r.partlyUpheld(), r.responded()),
                s.share(key, "Escalated to stage " + (r.stage() + 1), r.escalated(), r.responded()));
    }

    /** Stage 1 to 2 and 2 to 3: of the responses at a stage in the period, how many went on to the next. */
    static List<Share> escalations(List<ReportQueries.StageRow> totals, Suppression s) {
        List<Share> rates = new ArrayList<>();
        for (int stage = 1; stage <= 2; stage++) {
            int n = stage;
            ReportQueries.StageRow r = totals.stream().filter(t -> t.stage() == n).findFirst()
                    .orElse(new ReportQueries.StageRow("ALL", n, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
            rates.add(s.share("stage-" + n + "-to-" + (n + 1), "Stage " + n + " to stage " + (n + 1), r.escalated(),
                    r.responded()));
        }
        return rates;
    }

    private List<Dashboard.Trend> trends(Figures now, Figures before, Suppression s) {
        List<Dashboard.Trend> trends = new ArrayList<>();
        trend(trends, "feedback", "Feedback received", now, before, s);
        for (FeedbackType type : FeedbackType.values()) {
            trend(trends, "type:" + type.name(), Labels.words(type.name()), now, before, s);
        }
        trend(trends, "complaints", "Complaint cases opened", now, before, s);
        trend(trends, "stage-1-opened", "Stage 1 complaints", now, before, s);
        trend(trends, "stage-2-opened", "Stage 2 complaints", now, before, s);
        trend(trends, "compliments", "Compliments", now, before, s);
        trend(trends, "ombudsman-referrals", "Ombudsman referrals", now, before, s);
        return trends;
    }

    private static void trend(List<Dashboard.Trend> trends, String key, String label, Figures now, Figures before,
            Suppression s) {
        long current = now.raw.getOrDefault(key, 0L);
        long previous = before.raw.getOrDefault(key, 0L);
        trends.add(new Dashboard.Trend(key, label, s.count(key, label, current), s.count(key, label, previous),
                change(current, previous, s)));
    }

    /** "up 3 (25.0%)", "down 2 (50.0%)", "no change", "up 4 (none before)"; withheld when a count is suppressed. */
    static String change(long current, long previous, Suppression s) {
        if (s.hides(current) || s.hides(previous)) {
            return "not published (small numbers)";
        }
        if (current == previous) {
            return "no change";
        }
        long difference = Math.abs(current - previous);
        String direction = current > previous ? "up " : "down ";
        return direction + difference + (previous == 0 ? " (none before)"
                : " (" + Suppression.percent(difference, previous) + "%)");
    }

    private static long find(List<ReportQueries.Row> rows, String key) {
        return rows.stream().filter(r -> key.equals(r.key())).mapToLong(ReportQueries.Row::count).sum();
    }

    static <E extends Enum<E>> List<Count> enumCounts(List<ReportQueries.Row> rows, E[] values, Suppression s) {
        return Arrays.stream(values).map(v -> s.count(v.name(), Labels.words(v.name()), find(rows, v.name()))).toList();
    }

    /** Every service area of the profile in its order (or only the one chosen), then any others found. */
    List<Count> areaCounts(List<ReportQueries.Row> rows, Suppression s, String only) {
        List<Count> counts = new ArrayList<>();
        List<String> known = new ArrayList<>();
        for (CouncilProfile.ServiceArea area : profile.serviceAreas()) {
            if (only == null || only.equals(area.code())) {
                counts.add(s.count(area.code(), area.name(), find(rows, area.code())));
                known.add(area.code());
            }
        }
        for (ReportQueries.Row r : rows) {
            if (!known.contains(r.key())) {
                counts.add(s.count(r.key() == null ? "none" : r.key(), labels.serviceArea(r.key()), r.count()));
            }
        }
        return counts;
    }
}
