package org.councilfeedback.intake;

/** A bulk import file larger than {@code council-feedback.imports.max-size}; nothing was queued. */
public class ImportTooLargeException extends RuntimeException {

    private final long limitBytes;

    public ImportTooLargeException(long limitBytes) {
        super("Import file larger than " + limitBytes + " bytes");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
