package org.councilfeedback.intake;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The first line of an imported case's timeline. It is not stored as a timeline row: it is made, when the timeline is
 * read, from the case's own columns (who imported it, when it was received and how) and where it came from (the import
 * and the line of its file), so that a bulk import writes one row per case.
 */
final class ImportedCaseEntry {

    static final String EVENT = "Imported";

    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private ImportedCaseEntry() {}

    static TimelineEntry of(String importedBy, long importId, long line, Instant receivedAt, Channel channel, ZoneId zone) {
        return new TimelineEntry(receivedAt, importedBy, EVENT, "Imported from a legacy system by " + importedBy
                + " (import " + importId + ", line " + line + "); received " + receivedAt.atZone(zone).format(RECEIVED)
                + " by " + channel.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".");
    }
}
