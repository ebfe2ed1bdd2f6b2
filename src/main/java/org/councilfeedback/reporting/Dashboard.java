package org.councilfeedback.reporting;

import java.util.List;

/**
 * The managers' dashboard: every figure for a period (and optionally one service area), with the same figures for the
 * previous period of the same length as trends. Counts only: never a name, an address or anything a person wrote.
 */
public record Dashboard(
        ReportPeriod period,
        ReportPeriod previousPeriod,
        String serviceArea,
        String serviceAreaName,
        boolean publication,
        int suppressionThreshold,
        Count feedbackReceived,
        List<Count> byType,
        List<Count> byChannel,
        List<Count> byServiceArea,
        List<Count> byMonth,
        List<Count> complaintsByProcess,
        Share acknowledgedInTime,
        List<StageFigures> stagesByProcess,
        List<StageFigures> stages,
        List<Share> escalations,
        List<Count> ombudsmanReferrals,
        List<Count> ombudsmanDecisions,
        List<Count> complimentsByServiceArea,
        List<Count> representationsByPolicyArea,
        List<Count> suggestionsByOutcome,
        List<Count> exclusionsByReason,
        List<Trend> trends) {

    /**
     * A complaint stage's figures for one process (or {@code ALL}): opened in the period, and of the responses given in
     * the period, how many by the stage's due date (extension included), how many extended, each outcome, and how many
     * went on to the next stage.
     */
    public record StageFigures(String process, String processName, int stage, Count opened, Count responded,
            Share respondedInTime, Count extended, Count upheld, Count partlyUpheld, Count notUpheld, Count withdrawn,
            Share wellFounded, Share escalated) {}

    /** A headline figure now and in the previous period, and the change in words ("up 3", "down 25.0%"). */
    public record Trend(String key, String label, Count current, Count previous, String change) {}

    /** The acknowledgement proportion as a list, for tables of proportions. */
    public List<Share> timeliness() {
        return List.of(acknowledgedInTime);
    }

    /** A figure family by its name in exports and the API (the same names as the CSV files). */
    public List<Count> family(String name) {
        return switch (name) {
            case "by-type" -> byType;
            case "by-channel" -> byChannel;
            case "by-service-area" -> byServiceArea;
            case "by-month" -> byMonth;
            case "complaints-by-process" -> complaintsByProcess;
            case "ombudsman-referrals" -> ombudsmanReferrals;
            case "ombudsman-decisions" -> ombudsmanDecisions;
            case "compliments-by-service-area" -> complimentsByServiceArea;
            case "representations-by-policy-area" -> representationsByPolicyArea;
            case "suggestions-by-outcome" -> suggestionsByOutcome;
            case "exclusions-by-reason" -> exclusionsByReason;
            default -> null;
        };
    }

    /** The names of the count families, in the order the dashboard shows them. */
    public static final List<String> FAMILIES = List.of("by-type", "by-channel", "by-service-area", "by-month",
            "complaints-by-process", "ombudsman-referrals", "ombudsman-decisions", "compliments-by-service-area",
            "representations-by-policy-area", "suggestions-by-outcome", "exclusions-by-reason");
}
