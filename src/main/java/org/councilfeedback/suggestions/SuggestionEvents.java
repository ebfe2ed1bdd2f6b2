package org.councilfeedback.suggestions;

import org.councilfeedback.intake.FeedbackReceived;
import org.councilfeedback.triage.FeedbackClassified;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Follows feedback as it arrives and is classified, after each transaction commits. */
@Component
class SuggestionEvents {

    private final Suggestions suggestions;

    SuggestionEvents(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    /** Only suggestions: for anything else nothing is recorded, not even that the event was handled. */
    @Async
    @TransactionalEventListener(condition = "#received.type() == T(org.councilfeedback.intake.FeedbackType).SUGGESTION")
    void on(FeedbackReceived received) {
        suggestions.received(received.reference());
    }

    @Async
    @TransactionalEventListener
    void on(FeedbackClassified classified) {
        suggestions.classified(classified.reference(), classified.type(), classified.classifiedBy());
    }
}
