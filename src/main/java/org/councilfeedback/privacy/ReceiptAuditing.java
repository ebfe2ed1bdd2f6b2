package org.councilfeedback.privacy;

import org.councilfeedback.access.AuditTrail;
import org.councilfeedback.intake.FeedbackReceived;
import org.councilfeedback.intake.FeedbackRecords;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Starts every case's audit trail: who recorded the feedback (or that it came in online), on which channel. */
@Component
class ReceiptAuditing {

    private final AuditTrail audit;
    private final FeedbackRecords records;

    ReceiptAuditing(AuditTrail audit, FeedbackRecords records) {
        this.audit = audit;
        this.records = records;
    }

    @Async
    @TransactionalEventListener
    void on(FeedbackReceived received) {
        String actor = records.find(received.reference()).map(record -> record.recordedBy()).orElse(null);
        audit.record(actor == null ? "online form" : actor, "FEEDBACK_RECEIVED", received.reference(), null,
                "Feedback received: " + received.channel() + ", " + received.type(), null);
    }
}
