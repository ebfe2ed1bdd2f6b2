package org.councilfeedback.suggestions;

import java.util.Map;
import org.councilfeedback.intake.FeedbackDetailsContributor;
import org.councilfeedback.intake.FeedbackRecord;
import org.springframework.stereotype.Component;

/** Adds {@code suggestion} to a feedback record's details: the service, the decision due and the decision. */
@Component
class SuggestionDetails implements FeedbackDetailsContributor {

    private final SuggestionStore store;

    SuggestionDetails(SuggestionStore store) {
        this.store = store;
    }

    @Override
    public void contribute(FeedbackRecord record, Map<String, Object> details) {
        store.find(record.reference()).ifPresent(suggestion -> details.put("suggestion", suggestion.asMap()));
    }
}
