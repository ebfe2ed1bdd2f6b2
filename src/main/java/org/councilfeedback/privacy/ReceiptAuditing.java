package org.councilfeedback.privacy;

import org.councilfeedback.access.AuditTrail;
import org.councilfeedback.intake.FeedbackReceived;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.web.RedoableWork;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Starts every case's audit trail: who recorded the feedback (or that it came in online), on which channel. */
@Component
class ReceiptAuditing {

    static final String ACTION = "FEEDBACK_RECEIVED";

    private final AuditTrail audit;
    private final FeedbackRecords records;
    private final RedoableWork redoable;

    ReceiptAuditing(AuditTrail audit, FeedbackRecords records, RedoableWork redoable) {
        this.audit = audit;
        this.records = records;
        this.redoable = redoable;
    }

    /**
     * One entry per case, however often the event is handed on; so it can commit without waiting for the disk
     * ({@link RedoableWork}), which keeps the audit chain's lock short when thousands of submissions arrive.
     */
    @Async
    @TransactionalEventListener
    void on(FeedbackReceived received) {
        String actor = records.find(received.reference()).map(record -> record.recordedBy()).orElse(null);
        redoable.run(() -> audit.recordOnce(actor == null ? "online form" : actor, ACTION, received.reference(), null,
                "Feedback received: " + received.channel() + ", " + received.type(), null));
    }
}
