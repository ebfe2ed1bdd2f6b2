package org.councilfeedback.suggestions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.councilfeedback.organisation.CouncilProfile;
import org.springframework.stereotype.Service;

/** Suggestions counted by outcome, for reporting: adopted, under consideration, not adopted, and still pending. */
@Service
public class SuggestionCounts {

    /** The outcomes reported, in order; {@code PENDING} means no decision yet. */
    public static final List<String> OUTCOMES = List.of("ADOPTED", "UNDER_CONSIDERATION", "NOT_ADOPTED", "PENDING");

    private final SuggestionStore store;
    private final CouncilProfile profile;

    SuggestionCounts(SuggestionStore store, CouncilProfile profile) {
        this.store = store;
        this.profile = profile;
    }

    /** One outcome's count. */
    public record OutcomeCount(String outcome, long count) {}

    /** Suggestions received from {@code from} to {@code to} inclusive (council dates), every outcome listed. */
    public List<OutcomeCount> byOutcome(LocalDate from, LocalDate to) {
        var zone = profile.timeZone();
        List<OutcomeCount> counted = store.countByOutcome(from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant());
        List<OutcomeCount> all = new ArrayList<>();
        for (String outcome : OUTCOMES) {
            all.add(counted.stream().filter(c -> c.outcome().equals(outcome)).findFirst()
                    .orElse(new OutcomeCount(outcome, 0)));
        }
        return all;
    }
}
