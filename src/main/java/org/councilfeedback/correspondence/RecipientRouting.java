package org.councilfeedback.correspondence;

import java.util.Set;
import org.councilfeedback.intake.ContactMethod;

/**
 * How a message to the member of the public behind a piece of feedback actually goes: the module that knows people's
 * contact preferences, adjustments and bounced email implements it, and {@link Correspondence#send} asks it for every
 * such message (never for messages to staff). Correspondence owns the interface so that it need not depend on that
 * module.
 */
public interface RecipientRouting {

    /**
     * How to send a message about this feedback: the person's preferred method when it is one of the {@code suitable}
     * ones and possible, otherwise the next one that is. Records why when the preference cannot be honoured.
     *
     * @param reference the feedback the message is about
     * @param purpose what the message is, in words for staff and the person ("acknowledgement", "response")
     * @param suitable the methods the message may go by
     */
    Route route(String reference, String purpose, Set<ContactMethod> suitable);

    /** The mail server permanently refused this address for a message about the feedback: emails to it bounce. */
    void bounced(String reference, String email, String reason);

    /**
     * The way to send one message: the method (null when the person cannot be contacted at all), the name and the
     * recipient in that method's form; when the preference could not be honoured, why (for staff) and a sentence for
     * the person; and whether letters must be in large print.
     */
    record Route(ContactMethod method, String recipientName, String recipient, String reason, String explanation,
            boolean largePrint) {

        public boolean canContact() {
            return method != null;
        }
    }
}
