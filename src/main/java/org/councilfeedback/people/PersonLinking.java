package org.councilfeedback.people;

import org.councilfeedback.intake.FeedbackReceived;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Gives every new piece of feedback with contact details its person, after the feedback is stored. */
@Component
class PersonLinking {

    private final People people;

    PersonLinking(People people) {
        this.people = people;
    }

    @Async
    @TransactionalEventListener
    void on(FeedbackReceived received) {
        if (received.contactName() == null) {
            return; // anonymous: nobody to link
        }
        people.ensureLinked(received.reference());
    }
}
