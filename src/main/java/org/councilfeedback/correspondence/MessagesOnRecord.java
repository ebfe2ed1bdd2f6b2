package org.councilfeedback.correspondence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.intake.FeedbackDetailsContributor;
import org.councilfeedback.intake.FeedbackRecord;
import org.springframework.stereotype.Component;

/**
 * Adds the messages sent, or waiting to be sent, about a piece of feedback to its details ({@code messages}): what,
 * how, to whom, where each one is and when it went, and why it went another way than the person asked (or did not go
 * at all). Bodies stay out; the letter itself is in the print queue.
 */
@Component
class MessagesOnRecord implements FeedbackDetailsContributor {

    private final Correspondence correspondence;

    MessagesOnRecord(Correspondence correspondence) {
        this.correspondence = correspondence;
    }

    @Override
    public void contribute(FeedbackRecord record, Map<String, Object> details) {
        List<Map<String, Object>> messages = correspondence.forReference(record.reference()).stream()
                .map(MessagesOnRecord::summary).toList();
        details.put("messages", messages);
    }

    private static Map<String, Object> summary(OutgoingMessage message) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("kind", message.kind());
        summary.put("method", message.method());
        summary.put("status", message.status());
        summary.put("to", message.method() == ContactMethod.LETTER
                ? message.recipientName() : message.recipient());
        summary.put("subject", message.subject());
        summary.put("dueBy", message.dueBy());
        summary.put("sentAt", message.sentAt());
        summary.put("by", message.completedBy());
        // why it did not go the way the person asked, or did not go at all
        String why = message.status() == MessageStatus.NOT_SENT || message.status() == MessageStatus.BOUNCED
                ? message.lastError() : message.routeNote();
        if (why != null) {
            summary.put("whyThisWay", why);
        }
        if (message.largePrint()) {
            summary.put("largePrint", true);
        }
        return summary;
    }
}
