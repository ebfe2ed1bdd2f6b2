package org.councilfeedback.people;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.councilfeedback.access.AuditTrail;
import org.councilfeedback.intake.Address;
import org.councilfeedback.intake.ContactDetails;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.SubmissionRules;
import org.councilfeedback.organisation.CouncilProfile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "We will do our best to respect the method you have requested; if we are unable to do this, we will tell you the
 * reasons." Picks the person's preferred method for a message and, when it cannot be used (no address, a bounced
 * email, a message that has to be in writing), records why, shows it on the case, and falls back in the order email,
 * letter, phone, with a sentence that tells the person why.
 */
@Service
public class ContactPreferenceRule {

    /** The order we fall back in when the preferred method cannot be used. */
    public static final List<ContactMethod> FALLBACK_ORDER = List.of(ContactMethod.EMAIL, ContactMethod.LETTER,
            ContactMethod.PHONE);
    static final Set<ContactMethod> ANY = EnumSet.allOf(ContactMethod.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final FeedbackRecords records;
    private final People people;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final CouncilProfile profile;
    private final Clock clock;

    ContactPreferenceRule(FeedbackRecords records, People people, JdbcClient jdbc, AuditTrail audit,
            CouncilProfile profile, Clock clock) {
        this.records = records;
        this.people = people;
        this.jdbc = jdbc;
        this.audit = audit;
        this.profile = profile;
        this.clock = clock;
    }

    /** A recorded exception to a person's contact preference. */
    public record PreferenceException(long id, String reference, Long personId, String purpose, ContactMethod preferred,
            ContactMethod used, String reason, String explanation, Instant recordedAt) {}

    /** How to send a message about this feedback, by any method. */
    @Transactional
    public ContactRoute forFeedback(String reference, String purpose) {
        return forFeedback(reference, purpose, ANY);
    }

    /**
     * How to send a message about this feedback using one of the {@code suitable} methods (for example only
     * {@code LETTER} and {@code EMAIL} for something that must be in writing). Records the reason when the person's
     * preference cannot be honoured.
     */
    @Transactional
    public ContactRoute forFeedback(String reference, String purpose, Set<ContactMethod> suitable) {
        FeedbackRecord record = records.find(reference).orElseThrow(() -> new IllegalArgumentException("No feedback " + reference));
        ContactDetails contact = record.anonymous() ? null : record.contact();
        // one indexed lookup for the person and their large print adjustment: this runs for every acknowledgement
        Optional<PersonPrint> person = jdbc.sql("""
                select f.person_id, a.large_print from person_feedback f
                left join person_adjustments a on a.person_id = f.person_id where f.reference = :r""")
                .param("r", record.reference())
                .query((rs, n) -> new PersonPrint(rs.getLong(1), rs.getBoolean(2))).optional();
        boolean largePrint = person.map(PersonPrint::largePrint).orElse(false);
        ContactRoute route = choose(contact, bouncedOn(contact == null ? null : contact.email()), purpose, suitable, largePrint);
        recordIfNotHonoured(route, record.reference(), person.map(PersonPrint::personId).orElse(null), purpose);
        return route;
    }

    private record PersonPrint(long personId, boolean largePrint) {}

    /** How to send a message to a person (not about one piece of feedback), using one of the {@code suitable} methods. */
    @Transactional
    public ContactRoute forPerson(long personId, String purpose, Set<ContactMethod> suitable) {
        Person person = people.find(personId).orElseThrow(() -> new IllegalArgumentException("No person " + personId));
        ContactDetails contact = new ContactDetails(person.name(), person.email(), person.phone(), person.address(),
                person.preferredContactMethod());
        boolean largePrint = people.adjustmentsOf(personId).map(Adjustments::largePrint).orElse(false);
        ContactRoute route = choose(contact, bouncedOn(person.email()), purpose, suitable, largePrint);
        recordIfNotHonoured(route, null, personId, purpose);
        return route;
    }

    /** Records that emails to this address bounce: until the address changes we write or phone instead. */
    @Transactional
    public void recordBounce(String email, String reason, String actor) {
        String normalised = SubmissionRules.normaliseEmail(email);
        if (normalised == null) {
            throw new IllegalArgumentException("No email address");
        }
        jdbc.sql("insert into email_bounce (email_normalised, reason, recorded_by, recorded_at) values (:e, :reason, :by, :at)")
                .param("e", normalised).param("reason", reason).param("by", actor)
                .param("at", PersonStore.ts(clock.instant())).update();
    }

    /** The date emails to this address last bounced, if they did. */
    public Optional<LocalDate> bouncedOn(String email) {
        String normalised = SubmissionRules.normaliseEmail(email);
        if (normalised == null) {
            return Optional.empty();
        }
        return jdbc.sql("select recorded_at from email_bounce where email_normalised = :e order by recorded_at desc limit 1")
                .param("e", normalised)
                .query((rs, n) -> PersonStore.instant(rs, "recorded_at"))
                .optional()
                .map(at -> at.atZone(profile.timeZone()).toLocalDate());
    }

    /** The exceptions recorded for a piece of feedback, newest first. */
    public List<PreferenceException> exceptionsFor(String reference) {
        return jdbc.sql("select id, reference, person_id, purpose, preferred, used, reason, explanation, recorded_at "
                        + "from contact_preference_exception where reference = :r order by id desc")
                .param("r", reference).query((rs, n) -> exception(rs)).list();
    }

    /** The exceptions recorded for a person (on any of their feedback or to them directly), newest first. */
    public List<PreferenceException> exceptionsForPerson(long personId) {
        return jdbc.sql("select id, reference, person_id, purpose, preferred, used, reason, explanation, recorded_at "
                        + "from contact_preference_exception where person_id = :p order by id desc")
                .param("p", personId).query((rs, n) -> exception(rs)).list();
    }

    /**
     * The rule itself: the preferred method when it is suitable and possible, otherwise the first of email, letter and
     * phone that is, with the reason and a sentence for the person.
     */
    static ContactRoute choose(ContactDetails contact, Optional<LocalDate> emailBouncedOn, String purpose,
            Set<ContactMethod> suitable, boolean largePrint) {
        if (contact == null) {
            return new ContactRoute(null, null, null, null, false, "Anonymous: there is no way to contact the person", null,
                    false);
        }
        ContactMethod preferred = contact.preferredContactMethod();
        if (preferred != null && suitable.contains(preferred) && possible(contact, preferred, emailBouncedOn)) {
            return new ContactRoute(preferred, preferred, contact.name(), recipient(contact, preferred), true, null, null,
                    largePrint);
        }
        ContactMethod fallback = null;
        for (ContactMethod method : FALLBACK_ORDER) {
            if (method != preferred && suitable.contains(method) && possible(contact, method, emailBouncedOn)) {
                fallback = method;
                break;
            }
        }
        if (preferred == null && fallback != null) {
            return new ContactRoute(fallback, null, contact.name(), recipient(contact, fallback), true, null, null, largePrint);
        }
        String reason = preferred == null ? "No preferred method was given"
                : whyNot(contact, preferred, emailBouncedOn, purpose, suitable);
        if (fallback == null) {
            List<String> missing = new ArrayList<>();
            for (ContactMethod method : FALLBACK_ORDER) {
                if (method != preferred && suitable.contains(method)) {
                    missing.add(whyNot(contact, method, emailBouncedOn, purpose, suitable));
                }
            }
            String all = missing.isEmpty() ? reason : reason + "; " + String.join("; ", missing);
            return new ContactRoute(null, preferred, contact.name(), null, false,
                    "Cannot send the " + purpose + ": " + all, null, largePrint);
        }
        return new ContactRoute(fallback, preferred, contact.name(), recipient(contact, fallback), false,
                reason + ". Using " + describe(fallback) + " instead.",
                explanation(contact, preferred, fallback, emailBouncedOn, purpose, suitable), largePrint);
    }

    private static boolean possible(ContactDetails contact, ContactMethod method, Optional<LocalDate> emailBouncedOn) {
        return switch (method) {
            case EMAIL -> contact.hasEmail() && emailBouncedOn.isEmpty();
            case LETTER -> contact.hasPostalAddress() && !blank(contact.address().townOrCity());
            case PHONE -> contact.hasPhone();
        };
    }

    private static String whyNot(ContactDetails contact, ContactMethod method, Optional<LocalDate> bouncedOn,
            String purpose, Set<ContactMethod> suitable) {
        if (!suitable.contains(method)) {
            return "The " + purpose + " cannot be sent by " + describe(method);
        }
        return switch (method) {
            case EMAIL -> contact.hasEmail()
                    ? "Emails to " + contact.email().trim() + " could not be delivered (bounced on "
                            + bouncedOn.map(DATE::format).orElse("an earlier date") + ")"
                    : "No email address";
            case LETTER -> "No full postal address";
            case PHONE -> "No phone number";
        };
    }

    private static String explanation(ContactDetails contact, ContactMethod preferred, ContactMethod used,
            Optional<LocalDate> bouncedOn, String purpose, Set<ContactMethod> suitable) {
        String asked = switch (preferred) {
            case EMAIL -> "You asked us to contact you by email";
            case LETTER -> "You asked us to write to you by post";
            case PHONE -> "You asked us to phone you";
        };
        String because;
        if (!suitable.contains(preferred)) {
            because = "we need to send you this " + purpose + " in writing";
        } else {
            because = switch (preferred) {
                case EMAIL -> contact.hasEmail() ? "our emails to " + contact.email().trim() + " could not be delivered"
                        : "we do not have an email address for you";
                case LETTER -> "we do not have a full postal address for you";
                case PHONE -> "we do not have a phone number for you";
            };
        }
        String instead = switch (used) {
            case EMAIL -> "so we are emailing you instead";
            case LETTER -> "so we are writing to you by post instead";
            case PHONE -> "so we will phone you instead";
        };
        return asked + ", but " + because + ", " + instead + ".";
    }

    private static String recipient(ContactDetails contact, ContactMethod method) {
        return switch (method) {
            case EMAIL -> contact.email().trim();
            case PHONE -> contact.phone().trim();
            case LETTER -> postalLines(contact.name(), contact.address());
        };
    }

    /** The name and address as lines for a letter. */
    public static String postalLines(String name, Address address) {
        List<String> lines = new ArrayList<>();
        if (!blank(name)) {
            lines.add(name.trim());
        }
        if (address != null) {
            for (String line : new String[] {address.line1(), address.line2(), address.townOrCity(), address.postcode()}) {
                if (!blank(line)) {
                    lines.add(line.trim());
                }
            }
        }
        return String.join("\n", lines);
    }

    private static String describe(ContactMethod method) {
        return switch (method) {
            case EMAIL -> "email";
            case LETTER -> "letter";
            case PHONE -> "phone";
        };
    }

    private void recordIfNotHonoured(ContactRoute route, String reference, Long personId, String purpose) {
        if (route.preferenceHonoured() || route.reason() == null) {
            return;
        }
        Optional<PreferenceException> last = reference != null ? exceptionsFor(reference).stream().findFirst()
                : personId == null ? Optional.empty() : exceptionsForPerson(personId).stream().findFirst();
        if (last.isPresent() && last.get().reason().equals(route.reason()) && last.get().used() == route.method()
                && last.get().preferred() == route.preferred()) {
            return; // already recorded and shown
        }
        jdbc.sql("""
                insert into contact_preference_exception (reference, person_id, purpose, preferred, used, reason,
                  explanation, recorded_at)
                values (:r, :p, :purpose, :preferred, :used, :reason, :explanation, :at)""")
                .param("r", reference).param("p", personId).param("purpose", cut(purpose, 100))
                .param("preferred", route.preferred() == null ? null : route.preferred().name())
                .param("used", route.method() == null ? null : route.method().name())
                .param("reason", cut(route.reason(), 500)).param("explanation", cut(route.explanation(), 500))
                .param("at", PersonStore.ts(clock.instant())).update();
        if (reference != null) {
            records.recordOnTimeline(reference, People.SYSTEM, "Contact preference not possible",
                    route.method() == null ? "Cannot contact the person: see the contact preference on the case"
                            : "Using " + describe(route.method()) + " instead of "
                                    + (route.preferred() == null ? "the preferred method" : describe(route.preferred())));
        }
        audit.record(People.SYSTEM, "CONTACT_PREFERENCE_EXCEPTION", reference, personId,
                (route.preferred() == null ? "none" : route.preferred().name()) + " not possible; using "
                        + (route.method() == null ? "none" : route.method().name()), null);
    }

    private PreferenceException exception(java.sql.ResultSet rs) throws java.sql.SQLException {
        Object personId = rs.getObject("person_id");
        String preferred = rs.getString("preferred");
        String used = rs.getString("used");
        return new PreferenceException(rs.getLong("id"), rs.getString("reference"),
                personId == null ? null : ((Number) personId).longValue(), rs.getString("purpose"),
                preferred == null ? null : ContactMethod.valueOf(preferred), used == null ? null : ContactMethod.valueOf(used),
                rs.getString("reason"), rs.getString("explanation"), PersonStore.instant(rs, "recorded_at"));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
