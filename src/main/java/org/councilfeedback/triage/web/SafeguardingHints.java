package org.councilfeedback.triage.web;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.FeedbackStatus;
import org.councilfeedback.triage.TriageAssistant;
import org.councilfeedback.triage.TriageSuggestion;
import org.springframework.stereotype.Component;

/**
 * The triage assistant's safeguarding warning for staff pages: on the case page straight after recording, and as a tag
 * on new feedback in the work queue. A warning, never an action; people decide.
 */
@Component("safeguardingHints")
public class SafeguardingHints {

    private static final int REMEMBERED = 5_000;

    private final FeedbackRecords records;
    private final TriageAssistant assistant;
    private final Map<String, Optional<String>> remembered = new ConcurrentHashMap<>();

    SafeguardingHints(FeedbackRecords records, TriageAssistant assistant) {
        this.records = records;
        this.assistant = assistant;
    }

    /** True when new (not yet classified) feedback reads as if someone may be at risk. */
    public boolean flagged(String reference) {
        return records.find(reference).filter(record -> record.status() == FeedbackStatus.RECEIVED)
                .flatMap(this::warningFor).isPresent();
    }

    /** The warning to show for this feedback, or null when the assistant sees no sign of risk. */
    public String warning(String reference) {
        return records.find(reference).flatMap(this::warningFor).orElse(null);
    }

    private Optional<String> warningFor(FeedbackRecord record) {
        if (remembered.size() > REMEMBERED) {
            remembered.clear();
        }
        return remembered.computeIfAbsent(record.reference(), reference -> {
            if (record.description() == null || record.description().isBlank()) {
                return Optional.empty();
            }
            TriageSuggestion suggestion = assistant.suggest(record.description());
            if (!suggestion.safeguardingConcern()) {
                return Optional.empty();
            }
            return Optional.of("The triage assistant thinks this may describe someone who is unsafe or at risk of harm ("
                    + String.join("; ", suggestion.reasons()) + "). If so, raise a safeguarding concern now.");
        });
    }
}
