package org.councilfeedback.compliments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.councilfeedback.correspondence.Correspondence;
import org.councilfeedback.correspondence.MessageKind;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.FeedbackStatus;
import org.councilfeedback.intake.FeedbackType;
import org.councilfeedback.organisation.CouncilProfile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The compliments module's API: records who or what a compliment praises and passes it on, as the policy promises,
 * to the individual and to the service it relates to.
 */
@Service
public class Compliments {

    static final String SYSTEM = "system";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    private final ComplimentStore store;
    private final FeedbackRecords records;
    private final Correspondence correspondence;
    private final CouncilProfile profile;
    private final ComplimentsProfile settings;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Compliments(ComplimentStore store, FeedbackRecords records, Correspondence correspondence, CouncilProfile profile,
            ComplimentsProfile settings, Clock clock, TransactionTemplate transactions) {
        this.store = store;
        this.records = records;
        this.correspondence = correspondence;
        this.profile = profile;
        this.settings = settings;
        this.clock = clock;
        this.transactions = transactions;
    }

    public Optional<Compliment> find(String reference) {
        return records.find(reference).flatMap(record -> store.find(record.reference()));
    }

    /** The latest compliments, newest first, at most {@code limit}; of one service area unless it is null. */
    public List<Compliment> recent(String serviceArea, int limit) {
        return store.recent(serviceArea, limit);
    }

    /** How the compliment names who or what it praises, for staff: "Sam Jones (sam@…), Highways". */
    public String describePraised(Compliment compliment) {
        return compliment.praised() == null ? null : describe(compliment.praised(), compliment.serviceArea());
    }

    /**
     * Records who or what the compliment praises and, when the feedback is a compliment, passes it on at once.
     *
     * @throws ComplimentException for unknown feedback, feedback of another type, a compliment already passed on,
     *         or bad input
     */
    public Compliment recordPraised(String reference, Praised praised, String actor) {
        FeedbackRecord record = records.find(reference).orElseThrow(ComplimentException::notFound);
        if (record.type() != FeedbackType.COMPLIMENT && record.type() != FeedbackType.NOT_SURE) {
            throw ComplimentException.rule("This feedback is classified as " + record.type()
                    + ", not as a compliment, so it has no one to praise");
        }
        Praised clean = validate(praised, record);
        store.insertIfAbsent(record, record.type() == FeedbackType.COMPLIMENT);
        Compliment existing = store.find(record.reference()).orElseThrow();
        if (existing.passedOn()) {
            throw ComplimentException.rule("This compliment was already passed on to " + existing.passedOnTo()
                    + "; it cannot be changed now");
        }
        String serviceArea = clean.serviceArea() != null ? clean.serviceArea() : record.serviceArea();
        transactions.executeWithoutResult(tx -> {
            store.recordPraised(record.reference(), clean, serviceArea, actor, clock.instant());
            records.recordOnTimeline(record.reference(), actor, "Compliment subject recorded",
                    "Praises " + describe(clean, serviceArea) + ".");
        });
        Compliment compliment = store.find(record.reference()).orElseThrow();
        if (record.type() == FeedbackType.COMPLIMENT) {
            passOn(record, compliment, actor);
        }
        return store.find(record.reference()).orElseThrow();
    }

    /** New feedback the person calls a compliment counts as one from the start. */
    void received(String reference) {
        records.find(reference).filter(record -> record.type() == FeedbackType.COMPLIMENT)
                .ifPresent(record -> store.insertIfAbsent(record, true));
    }

    /** Staff decided what the feedback is: a compliment whose subject is known is passed on now. */
    void classified(String reference, FeedbackType type, String actor) {
        FeedbackRecord record = records.find(reference).orElse(null);
        if (record == null) {
            return;
        }
        if (type != FeedbackType.COMPLIMENT) {
            store.setActive(record.reference(), false);
            return;
        }
        store.insertIfAbsent(record, true);
        store.setActive(record.reference(), true);
        Compliment compliment = store.find(record.reference()).orElseThrow();
        if (compliment.praised() != null && !compliment.passedOn()) {
            passOn(record, compliment, actor == null ? SYSTEM : actor);
        }
    }

    /**
     * Emails the compliment to the named person (when we have their email) and to the service's managers, then notes
     * it on the timeline. Sending first and recording after makes a repeat harmless: each message has a dedupe key.
     */
    void passOn(FeedbackRecord record, Compliment compliment, String actor) {
        Praised praised = compliment.praised();
        String serviceArea = compliment.serviceArea();
        String serviceName = serviceArea == null ? "" : profile.serviceAreaName(serviceArea);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("council", profile.name());
        values.put("reference", record.reference());
        values.put("praised", praised.describe(serviceName));
        values.put("serviceArea", serviceName);
        values.put("receivedDate", record.receivedAt().atZone(profile.timeZone()).toLocalDate().format(DATE));
        values.put("words", record.description());
        String subject = ComplimentsProfile.fill(settings.wording().subject(), values);
        List<String> sentTo = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        if (praised.email() != null && seen.add(praised.email().toLowerCase(Locale.ROOT))) {
            values.put("name", praised.name());
            correspondence.send(new Correspondence.Outgoing(dedupeKey(record.reference(), praised.email()),
                    record.reference(), MessageKind.NOTICE, ContactMethod.EMAIL, praised.name(), praised.email(),
                    subject, ComplimentsProfile.fill(settings.wording().toPerson(), values), null));
            sentTo.add(praised.name() + " (" + praised.email() + ")");
        }
        List<String> managers = new ArrayList<>();
        for (String email : serviceRecipients(serviceArea)) {
            if (seen.add(email.toLowerCase(Locale.ROOT))) {
                values.put("name", serviceName + " managers");
                correspondence.send(new Correspondence.Outgoing(dedupeKey(record.reference(), email),
                        record.reference(), MessageKind.NOTICE, ContactMethod.EMAIL, serviceName, email, subject,
                        ComplimentsProfile.fill(settings.wording().toService(), values), null));
                managers.add(email);
            }
        }
        if (!managers.isEmpty()) {
            sentTo.add(serviceName + " (" + String.join(", ", managers) + ")");
        }
        String to = String.join(" and ", sentTo);
        transactions.executeWithoutResult(tx -> {
            if (store.markPassedOn(record.reference(), to, clock.instant())) {
                records.recordOnTimeline(record.reference(), actor, "Compliment passed on", "Passed on to " + to + ".");
                records.changeStatus(record.reference(), FeedbackStatus.CLOSED);
            }
        });
    }

    private List<String> serviceRecipients(String serviceArea) {
        if (serviceArea == null) {
            return List.of();
        }
        return profile.serviceArea(serviceArea).map(area -> {
            List<String> emails = new ArrayList<>();
            if (area.managerEmail() != null && !area.managerEmail().isBlank()) {
                emails.add(area.managerEmail().trim());
            }
            area.complimentRecipients().stream().filter(e -> e != null && !e.isBlank()).map(String::trim).forEach(emails::add);
            return emails;
        }).orElse(List.of());
    }

    private String describe(Praised praised, String serviceArea) {
        String serviceName = serviceArea == null ? null : profile.serviceAreaName(serviceArea);
        String who = switch (praised.kind()) {
            case EMPLOYEE -> praised.name() + (praised.email() == null ? "" : " (" + praised.email() + ")");
            case TEAM -> "the team " + praised.name();
            case SERVICE -> "the service " + praised.describe(serviceName);
        };
        return serviceName == null || praised.kind() == PraisedKind.SERVICE ? who : who + ", " + serviceName;
    }

    private Praised validate(Praised praised, FeedbackRecord record) {
        List<ComplimentException.FieldError> errors = new ArrayList<>();
        if (praised == null) {
            throw ComplimentException.invalid(List.of(new ComplimentException.FieldError("praised",
                    "Say who or what is praised")));
        }
        String name = trimToNull(praised.name());
        String email = trimToNull(praised.email());
        String serviceArea = trimToNull(praised.serviceArea());
        if (praised.kind() == null) {
            errors.add(new ComplimentException.FieldError("praised.kind", "Choose EMPLOYEE, TEAM or SERVICE"));
        } else if (name == null && praised.kind() == PraisedKind.EMPLOYEE) {
            errors.add(new ComplimentException.FieldError("praised.name", "Enter the name of the person praised"));
        } else if (name == null && praised.kind() == PraisedKind.TEAM) {
            errors.add(new ComplimentException.FieldError("praised.name", "Enter the name of the team praised"));
        }
        if (name != null && name.length() > 200) {
            errors.add(new ComplimentException.FieldError("praised.name", "Enter a name of 200 characters or fewer"));
        }
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            errors.add(new ComplimentException.FieldError("praised.email",
                    "Enter an email address in the correct format, like name@example.org"));
        }
        if (serviceArea != null && profile.serviceArea(serviceArea).isEmpty()) {
            errors.add(new ComplimentException.FieldError("praised.serviceArea",
                    "Choose a service area from the council's list"));
        } else if (serviceArea == null && record.serviceArea() == null
                && (praised.kind() == PraisedKind.SERVICE || email == null)) {
            errors.add(new ComplimentException.FieldError("praised.serviceArea",
                    "Choose the service area, so that we can pass the compliment on"));
        }
        if (!errors.isEmpty()) {
            throw ComplimentException.invalid(errors);
        }
        return new Praised(praised.kind(), name, email, serviceArea);
    }

    private static String dedupeKey(String reference, String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(email.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return "compliment:" + reference + ":" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
