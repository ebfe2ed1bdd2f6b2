package org.councilfeedback.intake;

/** Where a bulk import is. */
public enum BulkImportStatus {
    /** Uploaded and waiting for its turn. */
    QUEUED,
    /** Rows are being checked and stored. */
    RUNNING,
    /** Every row was read: valid rows are stored, the others are in the report. */
    COMPLETED,
    /** The file could not be read to the end (for example it is not UTF-8); rows before the failure are stored. */
    FAILED,
    /** The node running it stopped; rows counted as imported are stored, the rest are not. */
    INTERRUPTED
}
