package org.councilfeedback.representations;

import org.councilfeedback.intake.FeedbackReceived;
import org.councilfeedback.triage.FeedbackClassified;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Follows feedback as it arrives (analysing its text for similarity) and as it is classified. */
@Component
class RepresentationEvents {

    private final Representations representations;

    RepresentationEvents(Representations representations) {
        this.representations = representations;
    }

    @Async
    @TransactionalEventListener
    void on(FeedbackReceived received) {
        representations.received(received.reference());
    }

    @Async
    @TransactionalEventListener
    void on(FeedbackClassified classified) {
        representations.classified(classified);
    }
}
