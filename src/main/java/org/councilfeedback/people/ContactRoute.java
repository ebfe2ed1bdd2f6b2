package org.councilfeedback.people;

import org.councilfeedback.intake.ContactMethod;

/**
 * How to send a message: the method (null when the person cannot be contacted at all), the recipient in that method's
 * form (an email address, postal lines, a phone number), and, when the person's preference could not be honoured,
 * why (for staff) and a sentence to tell the person (for the message itself).
 */
public record ContactRoute(
        ContactMethod method,
        ContactMethod preferred,
        String recipientName,
        String recipient,
        boolean preferenceHonoured,
        String reason,
        String explanation,
        boolean largePrint) {

    public boolean canContact() {
        return method != null;
    }
}
