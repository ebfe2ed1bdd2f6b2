package org.councilfeedback.correspondence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.councilfeedback.intake.ContactDetails;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.intake.FeedbackRecord;

/**
 * How to reply to the person who gave a piece of feedback: the method they asked for when we have the detail it
 * needs, otherwise the first of email, letter and phone that we can use ({@code preferred} is then false, so that the
 * caller can record why). Anonymous feedback has no reply address.
 */
public record ReplyAddress(ContactMethod method, String name, String recipient, boolean preferred) {

    private static final List<ContactMethod> FALLBACK_ORDER = List.of(ContactMethod.EMAIL, ContactMethod.LETTER,
            ContactMethod.PHONE);

    public static Optional<ReplyAddress> of(FeedbackRecord record) {
        ContactDetails contact = record.contact();
        if (record.anonymous() || contact == null) {
            return Optional.empty();
        }
        ContactMethod wanted = contact.preferredContactMethod();
        if (wanted != null && contact.canBeReachedBy(wanted)) {
            return Optional.of(new ReplyAddress(wanted, contact.name(), recipient(contact, wanted), true));
        }
        return FALLBACK_ORDER.stream().filter(contact::canBeReachedBy).findFirst()
                .map(method -> new ReplyAddress(method, contact.name(), recipient(contact, method), false));
    }

    private static String recipient(ContactDetails contact, ContactMethod method) {
        return switch (method) {
            case EMAIL -> contact.email().trim();
            case PHONE -> contact.phone().trim();
            case LETTER -> Acknowledgements.postalLines(contact.name(), contact.address());
        };
    }

    /**
     * A message to this person: a letter or email that opens with their name and closes with the sign-off, or for a
     * phone call the script staff read from.
     */
    public Correspondence.Outgoing message(String dedupeKey, String reference, MessageKind kind, String subject,
            List<String> paragraphs, String signOff, String council, LocalDate dueBy) {
        List<String> parts = new ArrayList<>();
        if (method == ContactMethod.PHONE) {
            parts.add("Call " + name + " on " + recipient + " about their feedback, reference " + reference
                    + ", and tell them:");
            parts.addAll(paragraphs);
        } else {
            parts.add("Dear " + name + ",");
            parts.addAll(paragraphs);
            parts.add("Yours sincerely,\n" + signOff + "\n" + council);
        }
        return new Correspondence.Outgoing(dedupeKey, reference, kind, method, name, recipient, subject,
                String.join("\n\n", parts), dueBy).toThePerson();
    }
}
