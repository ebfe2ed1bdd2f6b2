package org.councilfeedback.correspondence;

import org.councilfeedback.intake.FeedbackAnonymised;
import org.councilfeedback.intake.FeedbackRecords;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * When feedback is anonymised, blanks the stored copies of the messages about it: the recipient's name and address,
 * email or phone number, the subject and the body. Kind, method, status, dates and the number of messages stay, so
 * statistics survive. Runs in the anonymisation's own transaction, so both happen or neither; doing it again changes
 * nothing.
 */
@Component
class MessageAnonymisation {

    private final MessageStore store;

    MessageAnonymisation(MessageStore store) {
        this.store = store;
    }

    @EventListener
    @Transactional
    void on(FeedbackAnonymised anonymised) {
        store.anonymise(anonymised.reference(), FeedbackRecords.ANONYMISED);
    }
}
