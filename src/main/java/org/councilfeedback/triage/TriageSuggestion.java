package org.councilfeedback.triage;

import java.util.List;
import java.util.Objects;
import org.councilfeedback.intake.FeedbackType;

/**
 * What the triage assistant suggests for a message: a suggestion for staff to accept or change, never an action.
 *
 * @param type                what the message is
 * @param process             the complaint procedure; only for a complaint to which no exclusion applies
 * @param exclusion           why the complaints procedure does not apply, for a complaint; otherwise null
 * @param safeguardingConcern whether the text suggests someone may be unsafe or at risk of harm, whatever its type
 * @param confidence          how sure the assistant is of the type and route, from 0 to 1
 * @param reasons             in plain language, the rules that fired and the words behind the statistical part
 */
public record TriageSuggestion(
        FeedbackType type,
        Process process,
        Exclusion exclusion,
        boolean safeguardingConcern,
        double confidence,
        List<String> reasons) {

    public TriageSuggestion {
        Objects.requireNonNull(type, "type");
        if (type != FeedbackType.COMPLAINT && (process != null || exclusion != null)) {
            throw new IllegalArgumentException("Only a complaint has a process or an exclusion");
        }
        if (process != null && exclusion != null) {
            throw new IllegalArgumentException("A complaint has either a process or an exclusion, not both");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be between 0 and 1");
        }
        reasons = List.copyOf(reasons);
    }
}
