package org.councilfeedback.correspondence;

import java.time.Instant;
import java.time.LocalDate;
import org.councilfeedback.intake.ContactMethod;

/**
 * A message to a person: an email, a letter in the print queue or a phone call to make. {@code largePrint} marks a
 * letter to print in large print; {@code routeNote} says why it did not go by the method the person asked for.
 */
public record OutgoingMessage(
        long id,
        String reference,
        MessageKind kind,
        ContactMethod method,
        MessageStatus status,
        String recipientName,
        String recipient,
        String subject,
        String body,
        LocalDate dueBy,
        Instant createdAt,
        Instant sentAt,
        String completedBy,
        int attempts,
        String lastError,
        boolean largePrint,
        String routeNote) {

    public boolean isDone() {
        return status == MessageStatus.SENT || status == MessageStatus.POSTED || status == MessageStatus.CALLED;
    }
}
