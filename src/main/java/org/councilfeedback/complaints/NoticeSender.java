package org.councilfeedback.complaints;

import org.councilfeedback.correspondence.Correspondence;
import org.councilfeedback.correspondence.MessageKind;
import org.councilfeedback.correspondence.MessageStatus;
import org.councilfeedback.correspondence.OutgoingMessage;
import org.councilfeedback.intake.ContactDetails;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends complainants' messages by the method they asked for (or, when that detail is missing, another they gave), and
 * staff alerts by email, once the decision behind them is committed. A message that needs a tracking link gets a new
 * one here, just before it is stored.
 */
@Component
class NoticeSender {

    private final Correspondence correspondence;
    private final FeedbackRecords records;
    private final TrackingLinks trackingLinks;

    NoticeSender(Correspondence correspondence, FeedbackRecords records, TrackingLinks trackingLinks) {
        this.correspondence = correspondence;
        this.records = records;
        this.trackingLinks = trackingLinks;
    }

    @Async
    @TransactionalEventListener
    void on(ComplainantNotice notice) {
        send(notice);
    }

    @Async
    @TransactionalEventListener
    void on(StaffAlert alert) {
        if (alert.email() == null || alert.email().isBlank()) {
            return;
        }
        correspondence.send(new Correspondence.Outgoing(alert.dedupeKey(), alert.reference(), MessageKind.INTERNAL_ALERT,
                ContactMethod.EMAIL, alert.recipientName(), alert.email(), alert.subject(), alert.body(), alert.dueBy()));
    }

    void send(ComplainantNotice notice) {
        FeedbackRecord record = records.find(notice.reference()).orElse(null);
        if (record == null) {
            return;
        }
        ContactDetails contact = record.contact();
        ContactMethod method = contact == null || record.anonymous() ? null : contact.replyMethod().orElse(null);
        if (method == null) {
            records.recordOnTimeline(record.reference(), "system", "Not sent",
                    "\"" + notice.subject() + "\" was not sent: there are no contact details to send it to.");
            return;
        }
        String body = notice.body();
        if (body.contains("{trackingLink}")) {
            TrackingLinks.Link link = trackingLinks.issueLink(record.reference());
            body = body.replace("{trackingLink}", link.url())
                    .replace("{trackingLinkExpires}", ComplaintLetters.date(link.expiresOn()));
        }
        long id = correspondence.send(new Correspondence.Outgoing(notice.dedupeKey(), record.reference(), notice.kind(),
                method, contact.name(), contact.recipientFor(method), notice.subject(), body, notice.dueBy()).toThePerson());
        // the way it went: the person's preferred method, or the next possible one
        OutgoingMessage sent = correspondence.find(id).orElse(null);
        if (sent != null && sent.status() == MessageStatus.NOT_SENT) {
            records.recordOnTimeline(record.reference(), "system", "Not sent",
                    "\"" + notice.subject() + "\" was not sent: " + sent.lastError());
            return;
        }
        records.recordOnTimeline(record.reference(), "system", "Complainant told",
                notice.subject() + " (" + describe(sent == null ? method : sent.method()) + ")");
    }

    private static String describe(ContactMethod method) {
        return switch (method) {
            case EMAIL -> "by email";
            case LETTER -> "letter queued for printing";
            case PHONE -> "call to make";
        };
    }
}
