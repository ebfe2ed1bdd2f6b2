package org.councilfeedback.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The reasonable adjustments a person needs, shown wherever staff act for them. */
public record Adjustments(
        boolean largePrint,
        boolean textRelay,
        boolean interpreter,
        String interpreterLanguage,
        boolean advocate,
        String advocateDetails,
        String preferredTimes,
        String other,
        String updatedBy,
        Instant updatedAt) {

    /** One line per adjustment, as staff read them. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        if (largePrint) {
            lines.add("Large print");
        }
        if (textRelay) {
            lines.add("Text relay or Minicom");
        }
        if (interpreter) {
            lines.add("Interpreter" + (interpreterLanguage == null ? "" : ": " + interpreterLanguage));
        }
        if (advocate) {
            lines.add("Advocate" + (advocateDetails == null ? "" : ": " + advocateDetails));
        }
        if (preferredTimes != null) {
            lines.add("Preferred times: " + preferredTimes);
        }
        if (other != null) {
            lines.add("Other: " + other);
        }
        return lines;
    }

    public boolean any() {
        return !summary().isEmpty();
    }
}
