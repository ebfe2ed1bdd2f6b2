package org.councilfeedback.correspondence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.councilfeedback.intake.AcknowledgementMethod;
import org.councilfeedback.intake.Address;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.intake.FeedbackReceived;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.timescales.WorkingDayCalendar;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Acknowledges every piece of feedback as the policy promises: online at once (the confirmation page, and an email);
 * otherwise by the person's preferred method as soon as it is recorded (an email, a letter in the print queue or a
 * call task), due within the profile's working days.
 */
@Component
class Acknowledgements implements MessageCompletionListener {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    /** Working days for a stage 1 complaint response after acknowledgement, used to say "when" in the acknowledgement. */
    static final int COMPLAINT_RESPONSE_WORKING_DAYS = 10;

    private final Correspondence correspondence;
    private final FeedbackRecords records;
    private final CouncilProfile profile;
    private final WorkingDayCalendar calendar;

    Acknowledgements(Correspondence correspondence, FeedbackRecords records, CouncilProfile profile,
            WorkingDayCalendar calendar) {
        this.correspondence = correspondence;
        this.records = records;
        this.profile = profile;
        this.calendar = calendar;
    }

    @Async
    @TransactionalEventListener
    void on(FeedbackReceived received) {
        acknowledge(received);
    }

    void acknowledge(FeedbackReceived received) {
        if (received.acknowledgementMethod() == AcknowledgementMethod.NONE) {
            return;
        }
        ContactMethod method = ContactMethod.valueOf(received.acknowledgementMethod().name());
        if (received.acknowledgedOnScreen() && method == ContactMethod.PHONE) {
            return; // the confirmation page was the acknowledgement; there is no email or address to copy it to
        }
        Map<String, String> values = values(received);
        String subject = profile.wording("acknowledgement.subject", values);
        String body = method == ContactMethod.PHONE ? profile.wording("call-script", values) : letterText(received, values);
        MessageKind kind = received.acknowledgedOnScreen() ? MessageKind.ACKNOWLEDGEMENT_COPY : MessageKind.ACKNOWLEDGEMENT;
        // to the person by their preferred method; a copy of what the confirmation page said only in writing
        Correspondence.Outgoing outgoing = new Correspondence.Outgoing("ack:" + received.reference(), received.reference(),
                kind, method, received.contactName(), recipient(method, received), subject, body, received.acknowledgeBy());
        correspondence.send(kind == MessageKind.ACKNOWLEDGEMENT ? outgoing.toThePerson()
                : outgoing.toThePerson(EnumSet.of(ContactMethod.EMAIL, ContactMethod.LETTER)));
    }

    private String letterText(FeedbackReceived received, Map<String, String> values) {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Dear " + received.contactName() + ",");
        paragraphs.add(profile.wording("acknowledgement.opening", values));
        paragraphs.add(profile.wording("acknowledgement.next-steps", values));
        paragraphs.add(profile.wording("acknowledgement.contact", values));
        paragraphs.add(profile.wording("acknowledgement.safeguarding", values));
        paragraphs.add("Yours sincerely,\n" + profile.wording("sign-off", values) + "\n" + profile.name());
        return String.join("\n\n", paragraphs);
    }

    private Map<String, String> values(FeedbackReceived received) {
        LocalDate receivedOn = received.receivedAt().atZone(profile.timeZone()).toLocalDate();
        LocalDate acknowledgeBy = received.acknowledgeBy() == null ? receivedOn : received.acknowledgeBy();
        LocalDate responseBy = calendar.addWorkingDays(calendar.onOrAfter(acknowledgeBy), COMPLAINT_RESPONSE_WORKING_DAYS);
        var contacts = profile.contacts();
        Map<String, String> values = new HashMap<>();
        values.put("council", profile.name());
        values.put("reference", received.reference());
        values.put("name", received.contactName());
        values.put("receivedDate", receivedOn.format(DATE));
        values.put("acknowledgeBy", acknowledgeBy.format(DATE));
        values.put("complaintResponseBy", responseBy.format(DATE));
        values.put("customerServicesPhone", contacts.customerServices().phone());
        values.put("minicom", contacts.customerServices().minicom());
        values.put("postalAddress", contacts.postalAddressOneLine());
        values.put("safeguardingPhone", contacts.safeguarding().phone());
        return values;
    }

    private static String recipient(ContactMethod method, FeedbackReceived received) {
        return switch (method) {
            case EMAIL -> received.email();
            case PHONE -> received.phone();
            case LETTER -> postalLines(received.contactName(), received.address());
        };
    }

    static String postalLines(String name, Address address) {
        List<String> lines = new ArrayList<>();
        lines.add(name);
        if (address != null) {
            for (String line : new String[] {address.line1(), address.line2(), address.townOrCity(), address.postcode()}) {
                if (line != null && !line.isBlank()) {
                    lines.add(line.trim());
                }
            }
        }
        return String.join("\n", lines);
    }

    @Override
    public void completed(OutgoingMessage message, String actor) {
        if (message.kind() != MessageKind.ACKNOWLEDGEMENT && message.kind() != MessageKind.ACKNOWLEDGEMENT_COPY) {
            return;
        }
        String detail = switch (message.status()) {
            case SENT -> "Acknowledgement emailed to " + message.recipient();
            case POSTED -> "Acknowledgement letter posted";
            case CALLED -> "Acknowledgement call made by " + actor;
            default -> "Acknowledgement sent";
        };
        if (message.kind() == MessageKind.ACKNOWLEDGEMENT) {
            records.markAcknowledged(message.reference(), message.sentAt(), actor, detail);
        } else {
            records.recordOnTimeline(message.reference(), actor, "Acknowledgement email sent", detail);
        }
    }
}
