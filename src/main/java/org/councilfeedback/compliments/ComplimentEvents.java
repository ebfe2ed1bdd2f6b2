package org.councilfeedback.compliments;

import org.councilfeedback.intake.FeedbackReceived;
import org.councilfeedback.triage.FeedbackClassified;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Follows feedback as it arrives and is classified, after each transaction commits. */
@Component
class ComplimentEvents {

    private final Compliments compliments;

    ComplimentEvents(Compliments compliments) {
        this.compliments = compliments;
    }

    /** Only compliments: for anything else nothing is recorded, not even that the event was handled. */
    @Async
    @TransactionalEventListener(condition = "#received.type() == T(org.councilfeedback.intake.FeedbackType).COMPLIMENT")
    void on(FeedbackReceived received) {
        compliments.received(received.reference());
    }

    @Async
    @TransactionalEventListener
    void on(FeedbackClassified classified) {
        compliments.classified(classified.reference(), classified.type(), classified.classifiedBy());
    }
}
