package org.councilfeedback.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.councilfeedback.organisation.CouncilProfile;
import org.springframework.stereotype.Component;

/**
 * The rules every submission meets, wherever it comes from (public form, staff recording, API). Each broken rule is
 * an {@link InvalidField} with a message written for the person who has to fix it.
 */
@Component
public class SubmissionRules {

    public static final int DESCRIPTION_MAX = 10_000;
    public static final int DESIRED_OUTCOME_MAX = 5_000;
    public static final int NAME_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 30;
    public static final int ADDRESS_LINE_MAX = 200;
    public static final int RELATIONSHIP_MAX = 100;

    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    private static final Pattern POSTCODE = Pattern.compile(
            "^(GIR0AA|[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][ABD-HJLNP-UW-Z]{2})$");
    private static final Pattern UK_PHONE = Pattern.compile("^0[1-9][0-9]{8,9}$");
    private static final Pattern INTERNATIONAL_PHONE = Pattern.compile("^\\+[1-9][0-9]{7,14}$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern PHONE_PUNCTUATION = Pattern.compile("[\\s().-]");
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final CouncilProfile profile;
    private final Clock clock;

    public SubmissionRules(CouncilProfile profile, Clock clock) {
        this.profile = profile;
        this.clock = clock;
    }

    /** Everything wrong with the submission, in the order the fields appear on the form; empty when it is fine. */
    public List<InvalidField> check(FeedbackSubmission s, boolean byStaff) {
        List<InvalidField> errors = new ArrayList<>();
        ZoneId zone = profile.timeZone();
        Instant now = clock.instant();
        Channel channel = s.channelOrDefault();
        if (!byStaff && channel != Channel.ONLINE) {
            errors.add(new InvalidField("channel",
                    "Only council staff can record feedback received by phone, email, letter, face to face or from a councillor"));
        }
        Instant receivedAt = byStaff && s.receivedAt() != null ? s.receivedAt() : now;
        if (byStaff && s.receivedAt() != null) {
            if (s.receivedAt().isAfter(now)) {
                errors.add(new InvalidField("receivedAt", "The date and time received must be now or in the past"));
            } else if (s.receivedAt().atZone(zone).toLocalDate().isBefore(EARLIEST)) {
                errors.add(new InvalidField("receivedAt", "The date received must be a real date after 1 January 2000"));
            }
        }
        if (s.serviceArea() != null && !s.serviceArea().isEmpty() && profile.serviceArea(s.serviceArea()).isEmpty()) {
            errors.add(new InvalidField("serviceArea", "Select a service area from the list"));
        }
        if (Text.isBlank(s.description())) {
            errors.add(new InvalidField("description", "Enter your feedback"));
        } else {
            text(errors, "description", s.description(), DESCRIPTION_MAX, "Your feedback");
        }
        text(errors, "desiredOutcome", s.desiredOutcome(), DESIRED_OUTCOME_MAX, "What you would like us to do");
        if (s.eventDate() != null) {
            LocalDate receivedOn = receivedAt.atZone(zone).toLocalDate();
            if (s.eventDate().isAfter(receivedOn)) {
                errors.add(new InvalidField("eventDate", "The date it happened must be today or in the past"));
            } else if (s.eventDate().isBefore(EARLIEST)) {
                errors.add(new InvalidField("eventDate", "The date it happened must be a real date after 1 January 2000"));
            }
        }
        if (s.givenAnonymously()) {
            if (s.contact() != null && !s.contact().isEmpty()) {
                errors.add(new InvalidField("contact",
                        "Leave out contact details if you want to give feedback anonymously"));
            }
        } else {
            contact(errors, s.contact(), channel);
        }
        onBehalfOf(errors, s.onBehalfOf());
        return errors;
    }

    /** Throws {@link InvalidSubmissionException} unless the submission meets every rule. */
    public void require(FeedbackSubmission submission, boolean byStaff) {
        List<InvalidField> errors = check(submission, byStaff);
        if (!errors.isEmpty()) {
            throw new InvalidSubmissionException(errors);
        }
    }

    /**
     * How we will reply: the method the person chose, otherwise the channel's natural reply when its detail is there,
     * otherwise the first method whose detail is there. Empty for anonymous feedback or when nothing is given.
     */
    public static Optional<ContactMethod> replyMethod(FeedbackSubmission s) {
        if (s.givenAnonymously() || s.contact() == null) {
            return Optional.empty();
        }
        ContactDetails contact = s.contact();
        if (contact.preferredContactMethod() != null) {
            return Optional.of(contact.preferredContactMethod());
        }
        ContactMethod natural = s.channelOrDefault().naturalReply();
        if (contact.canBeReachedBy(natural)) {
            return Optional.of(natural);
        }
        for (ContactMethod method : ContactMethod.values()) {
            if (contact.canBeReachedBy(method)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }

    public static String normalisePostcode(String postcode) {
        return postcode == null ? null : WHITESPACE.matcher(postcode).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** Digits only, with a UK international prefix turned into a leading 0; null when there is no phone number. */
    public static String normalisePhone(String phone) {
        if (Text.isBlank(phone)) {
            return null;
        }
        String compact = PHONE_PUNCTUATION.matcher(phone).replaceAll("");
        if (compact.startsWith("+44")) {
            compact = "0" + compact.substring(3).replaceFirst("^\\(?0\\)?", "");
        } else if (compact.startsWith("0044")) {
            compact = "0" + compact.substring(4);
        }
        return compact;
    }

    public static String normaliseEmail(String email) {
        return Text.isBlank(email) ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    /** Formats a valid postcode the way Royal Mail writes it, e.g. {@code CB7 4AA}. */
    public static String formatPostcode(String postcode) {
        String compact = normalisePostcode(postcode);
        if (compact == null || compact.length() < 5) {
            return compact;
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    private void contact(List<InvalidField> errors, ContactDetails contact, Channel channel) {
        if (contact == null || contact.isEmpty()) {
            errors.add(new InvalidField("contact.name", "Enter your name"));
            errors.add(new InvalidField("contact",
                    "Enter an email address, a postal address or a phone number so that we can reply, or choose to give feedback anonymously"));
            return;
        }
        if (Text.isBlank(contact.name())) {
            errors.add(new InvalidField("contact.name", "Enter your name"));
        } else {
            text(errors, "contact.name", contact.name(), NAME_MAX, "Your name");
        }
        if (contact.hasEmail()) {
            String email = contact.email().trim();
            if (Text.length(email) > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
                errors.add(new InvalidField("contact.email", "Enter an email address in the correct format, like name@example.com"));
            }
        }
        if (contact.hasPhone()) {
            String phone = normalisePhone(contact.phone());
            if (Text.length(contact.phone()) > PHONE_MAX
                    || !(UK_PHONE.matcher(phone).matches() || INTERNATIONAL_PHONE.matcher(phone).matches())) {
                errors.add(new InvalidField("contact.phone",
                        "Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192"));
            }
        }
        Address address = contact.address();
        if (address != null && !address.isEmpty()) {
            text(errors, "contact.address.line1", address.line1(), ADDRESS_LINE_MAX, "Address line 1");
            text(errors, "contact.address.line2", address.line2(), ADDRESS_LINE_MAX, "Address line 2");
            text(errors, "contact.address.townOrCity", address.townOrCity(), ADDRESS_LINE_MAX, "Town or city");
            if (!Text.isBlank(address.postcode()) && !POSTCODE.matcher(normalisePostcode(address.postcode())).matches()) {
                errors.add(new InvalidField("contact.address.postcode", "Enter a real postcode, like CB7 4AA"));
            }
        }
        ContactMethod preferred = contact.preferredContactMethod();
        if (preferred != null) {
            requireDetailFor(errors, contact, preferred);
        } else if (!contact.hasEmail() && !contact.hasPhone() && !contact.hasPostalAddress()) {
            ContactMethod natural = channel.naturalReply();
            requireDetailFor(errors, contact, natural);
        }
    }

    private static void requireDetailFor(List<InvalidField> errors, ContactDetails contact, ContactMethod method) {
        switch (method) {
            case EMAIL -> {
                if (!contact.hasEmail()) {
                    errors.add(new InvalidField("contact.email", "Enter an email address so that we can reply by email"));
                }
            }
            case PHONE -> {
                if (!contact.hasPhone()) {
                    errors.add(new InvalidField("contact.phone", "Enter a telephone number so that we can reply by phone"));
                }
            }
            case LETTER -> {
                Address address = contact.address();
                if (address == null || Text.isBlank(address.line1())) {
                    errors.add(new InvalidField("contact.address.line1", "Enter the first line of the address so that we can reply by post"));
                }
                if (address == null || Text.isBlank(address.townOrCity())) {
                    errors.add(new InvalidField("contact.address.townOrCity", "Enter the town or city so that we can reply by post"));
                }
                if (address == null || Text.isBlank(address.postcode())) {
                    errors.add(new InvalidField("contact.address.postcode", "Enter a postcode so that we can reply by post"));
                }
            }
        }
    }

    private static void onBehalfOf(List<InvalidField> errors, OnBehalfOf onBehalfOf) {
        if (onBehalfOf == null || (Text.isBlank(onBehalfOf.name()) && Text.isBlank(onBehalfOf.relationship())
                && onBehalfOf.consentGiven() == null)) {
            return;
        }
        if (Text.isBlank(onBehalfOf.name())) {
            errors.add(new InvalidField("onBehalfOf.name", "Enter the name of the person the feedback is for"));
        } else {
            text(errors, "onBehalfOf.name", onBehalfOf.name(), NAME_MAX, "Their name");
        }
        if (Text.isBlank(onBehalfOf.relationship())) {
            errors.add(new InvalidField("onBehalfOf.relationship", "Enter your relationship to the person, for example parent or friend"));
        } else {
            text(errors, "onBehalfOf.relationship", onBehalfOf.relationship(), RELATIONSHIP_MAX, "Your relationship to them");
        }
    }

    private static void text(List<InvalidField> errors, String field, String value, int max, String label) {
        if (value == null) {
            return;
        }
        if (Text.hasForbiddenCharacters(value)) {
            errors.add(new InvalidField(field, label + " must not contain control characters"));
        } else if (Text.length(value) > max) {
            errors.add(new InvalidField(field, label + " must be " + String.format(Locale.UK, "%,d", max) + " characters or fewer"));
        }
    }
}
