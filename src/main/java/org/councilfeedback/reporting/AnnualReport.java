package org.councilfeedback.reporting;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * An annual report: its period and how it was chosen, whether it is for publication, and its sections in order. Each
 * section holds counts (drawn as a chart beside a table), proportions, complaint stage tables, and for the
 * self-assessment the space for the council's own words.
 */
public record AnnualReport(
        AnnualReportKind kind,
        String title,
        String councilName,
        int year,
        ReportPeriod period,
        String periodStatement,
        boolean publication,
        int suppressionThreshold,
        List<Section> sections) {

    /** A titled part of the report. */
    public record Section(String id, String heading, List<String> paragraphs, List<Chart> charts, List<ShareTable> shares,
            List<StageTable> stages, String narrativePrompt) {}

    /** Counts drawn as a bar chart, with the same figures as a table. */
    public record Chart(String id, String caption, List<Count> counts) {}

    /** Proportions as a table. */
    public record ShareTable(String id, String caption, List<Share> shares) {}

    /** Complaint stage figures as a table. */
    public record StageTable(String id, String caption, List<Dashboard.StageFigures> rows) {}

    /** The chart with this id, in whichever section it is. */
    public Chart chart(String id) {
        return sections.stream().flatMap(s -> s.charts().stream()).filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No chart " + id));
    }

    /** The proportions table with this id. */
    public ShareTable shareTable(String id) {
        return sections.stream().flatMap(s -> s.shares().stream()).filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No table " + id));
    }

    /** The stage table with this id. */
    public StageTable stageTable(String id) {
        return sections.stream().flatMap(s -> s.stages().stream()).filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No stage table " + id));
    }

    /** Every chart of the report, in order (the CSV export writes these). */
    public List<Chart> charts() {
        return sections.stream().flatMap(s -> s.charts().stream()).toList();
    }
}
