package org.councilfeedback.intake;

import java.time.Instant;
import java.util.List;

/**
 * The progress of a bulk import and its report: how many rows were read, stored and rejected, and for each rejected
 * row its line in the file and what is wrong with it (at most {@link BulkImports#MAX_REPORTED_ERRORS} errors are kept).
 */
public record BulkImportReport(
        long id,
        BulkImportStatus status,
        String createdBy,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        long rowsRead,
        long rowsImported,
        long rowsRejected,
        String error,
        List<RejectedRow> rejected) {

    /** A row that was not imported: the line it starts on, the reference it gave (if any) and every broken rule. */
    public record RejectedRow(long line, String reference, List<InvalidField> errors) {}

    /** Rows stored per second while it ran; null until it has started. */
    public Double rowsPerSecond() {
        if (startedAt == null) {
            return null;
        }
        Instant end = finishedAt == null ? Instant.now() : finishedAt;
        double seconds = Math.max(0.001, (end.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0);
        return Math.round(rowsImported / seconds * 10) / 10.0;
    }
}
