package org.councilfeedback.people;

import org.councilfeedback.intake.FeedbackReceived;
import org.councilfeedback.web.RedoableWork;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Gives every new piece of feedback with contact details its person, after the feedback is stored. Anonymous feedback
 * has nobody to link, so no publication is even recorded for it. Linking is safe to repeat (a linked case is left
 * alone), so it commits without waiting for the disk ({@link RedoableWork}).
 */
@Component
class PersonLinking {

    private final People people;
    private final RedoableWork redoable;

    PersonLinking(People people, RedoableWork redoable) {
        this.people = people;
        this.redoable = redoable;
    }

    @Async
    @TransactionalEventListener(condition = "#received.contactName() != null")
    void on(FeedbackReceived received) {
        redoable.run(() -> people.ensureLinked(received.reference()));
    }
}
