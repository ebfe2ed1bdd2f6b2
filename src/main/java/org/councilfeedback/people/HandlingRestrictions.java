package org.councilfeedback.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.councilfeedback.access.AuditTrail;
import org.councilfeedback.access.StaffAccounts;
import org.councilfeedback.correspondence.Correspondence;
import org.councilfeedback.correspondence.MessageKind;
import org.councilfeedback.correspondence.MessageStatus;
import org.councilfeedback.correspondence.OutgoingMessage;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.organisation.CouncilProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Customer Handling Policy. An authorised decision-maker (a username listed in the profile's
 * {@code people.handling-restrictions.decision-makers}) places a person under restrictions — a single point of contact,
 * written contact only, limited calls, no visits without an appointment, or others the profile defines — with the
 * reason, a start date and a review date (by default six months on). The person is told by letter (by email only when
 * there is no postal address) with the reason, the restrictions, how long they last, the review date and their right to
 * go to the Ombudsman. Staff see a banner wherever the person appears; new contact is never blocked. Reviews are
 * reminded and recorded, and restrictions only end or continue by a recorded review.
 */
@Service
public class HandlingRestrictions {

    private static final Logger log = LoggerFactory.getLogger(HandlingRestrictions.class);
    static final int REASON_MAX = 4000;
    static final int DETAIL_MAX = 500;

    private final JdbcClient jdbc;
    private final People people;
    private final PeopleSettings settings;
    private final RestrictionLetters letters;
    private final Correspondence correspondence;
    private final ContactPreferenceRule contactRule;
    private final StaffAccounts staff;
    private final FeedbackRecords records;
    private final AuditTrail audit;
    private final CouncilProfile profile;
    private final TransactionTemplate transactions;
    private final Clock clock;

    HandlingRestrictions(JdbcClient jdbc, People people, PeopleSettings settings, RestrictionLetters letters,
            Correspondence correspondence, ContactPreferenceRule contactRule, StaffAccounts staff,
            FeedbackRecords records, AuditTrail audit, CouncilProfile profile, TransactionTemplate transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.settings = settings;
        this.letters = letters;
        this.correspondence = correspondence;
        this.contactRule = contactRule;
        this.staff = staff;
        this.records = records;
        this.audit = audit;
        this.profile = profile;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** One restriction asked for: a kind's code from the profile and, where the kind needs it, the detail. */
    public record TermRequest(String code, String detail) {}

    /** Whether this member of staff may place, renew or end restrictions. */
    public boolean isDecisionMaker(String username) {
        return username != null && settings.handlingRestrictions().decisionMakers().contains(username);
    }

    /** The kinds of restriction the profile allows, as {code, label, requiresDetail}. */
    public List<Map<String, Object>> kinds() {
        return settings.handlingRestrictions().kinds().stream().map(kind -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("code", kind.code());
            json.put("label", kind.label());
            json.put("requiresDetail", kind.requiresDetail());
            return json;
        }).toList();
    }

    /** The restrictions in force for a person: what search and recording pages show as a banner. */
    public List<HandlingRestriction> activeFor(long personId) {
        return load("where person_id = :p and status = 'ACTIVE'", Map.of("p", personId));
    }

    /** Every restriction a person has been under, newest first. */
    public List<HandlingRestriction> allFor(long personId) {
        return load("where person_id = :p", Map.of("p", personId));
    }

    public Optional<HandlingRestriction> find(long restrictionId) {
        return load("where id = :id", Map.of("id", restrictionId)).stream().findFirst();
    }

    /** The banner staff see wherever the person appears, or empty when no restriction is in force. */
    public Optional<Map<String, Object>> banner(long personId) {
        List<HandlingRestriction> active = activeFor(personId);
        if (active.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock.withZone(profile.timeZone()));
        List<String> terms = new ArrayList<>();
        active.forEach(restriction -> restriction.terms().forEach(term -> terms.add(term.describe())));
        LocalDate review = active.stream().map(HandlingRestriction::reviewOn).min(LocalDate::compareTo).orElseThrow();
        boolean overdue = active.stream().anyMatch(r -> r.reviewOverdue(today));
        Map<String, Object> banner = new LinkedHashMap<>();
        banner.put("active", true);
        banner.put("banner", "Customer Handling Policy applies" + (overdue ? " (review overdue since " : " until review on ")
                + RestrictionLetters.date(review) + (overdue ? ")" : "") + ": " + String.join("; ", terms)
                + ". New contact is still recorded and checked for new issues and safeguarding.");
        banner.put("reviewOn", review);
        banner.put("reviewOverdue", overdue);
        banner.put("items", active.stream().map(restriction -> json(restriction, today)).toList());
        return Optional.of(banner);
    }

    /**
     * Places a person under restrictions and tells them by letter.
     *
     * @throws NotADecisionMakerException when {@code actor} is not an authorised decision-maker
     * @throws InvalidPeopleRequestException for an unknown kind, a missing detail or bad dates
     * @throws PeopleRuleException when the person cannot be restricted (merged, anonymised, already restricted)
     */
    public HandlingRestriction place(long personId, String reason, List<TermRequest> terms, LocalDate startsOn,
            LocalDate reviewOn, String actor, String clientAddress) {
        requireDecisionMaker(actor);
        LocalDate today = LocalDate.now(clock.withZone(profile.timeZone()));
        LocalDate start = startsOn == null ? today : startsOn;
        LocalDate review = reviewOn == null ? start.plus(settings.handlingRestrictions().reviewAfter()) : reviewOn;
        List<InvalidPeopleRequestException.Problem> problems = new ArrayList<>();
        List<HandlingRestriction.Term> checked = checkTerms(terms, problems);
        if (reason == null || reason.isBlank()) {
            problems.add(new InvalidPeopleRequestException.Problem("reason", "Give the reason for the decision"));
        } else if (reason.length() > REASON_MAX) {
            problems.add(new InvalidPeopleRequestException.Problem("reason", "Give the reason in " + REASON_MAX + " characters or fewer"));
        }
        if (start.isBefore(today.minusDays(30))) {
            problems.add(new InvalidPeopleRequestException.Problem("startsOn", "The start date must be within the last 30 days or later"));
        }
        if (!review.isAfter(start)) {
            problems.add(new InvalidPeopleRequestException.Problem("reviewOn", "The review date must be after the start date"));
        } else if (review.isAfter(start.plusYears(1))) {
            problems.add(new InvalidPeopleRequestException.Problem("reviewOn", "Review restrictions within a year of the start date"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPeopleRequestException(problems);
        }
        Person person = people.find(personId).filter(Person::isCurrent).orElseThrow(() -> new PeopleRuleException(
                "This person record has been merged or anonymised; restrict the current record instead"));
        Long id = transactions.execute(tx -> {
            if (!activeFor(personId).isEmpty()) {
                throw new PeopleRuleException("This person is already under handling restrictions: review them instead");
            }
            KeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into handling_restriction (person_id, reason, decided_by, starts_on, review_on, status, created_at)
                    values (:p, :reason, :by, :start, :review, 'ACTIVE', :at)""")
                    .param("p", personId).param("reason", reason.trim()).param("by", actor).param("start", start)
                    .param("review", review).param("at", PersonStore.ts(clock.instant())).update(keys, "id");
            long restrictionId = keys.getKeyAs(Number.class).longValue();
            int position = 0;
            for (HandlingRestriction.Term term : checked) {
                jdbc.sql("insert into handling_restriction_term (restriction_id, position, code, detail) values (:id, :pos, :code, :detail)")
                        .param("id", restrictionId).param("pos", position++).param("code", term.code())
                        .param("detail", term.detail()).update();
            }
            for (String reference : people.referencesOf(personId)) {
                records.recordOnTimeline(reference, actor, "Handling restrictions placed",
                        "Customer Handling Policy applies until review on " + RestrictionLetters.date(review));
            }
            audit.record(actor, "HANDLING_RESTRICTIONS_PLACED", null, personId, "Restriction " + restrictionId + ": "
                    + checked.stream().map(HandlingRestriction.Term::code).toList() + ", review on " + review, clientAddress);
            return restrictionId;
        });
        HandlingRestriction placed = find(id).orElseThrow();
        sendLetter(person, placed, null);
        return find(id).orElseThrow();
    }

    /**
     * Records a review: the restrictions continue until a new review date (RENEW) or end (END). The person is told.
     *
     * @throws NotADecisionMakerException when {@code actor} is not an authorised decision-maker
     * @throws PeopleRuleException when the restriction is not this person's or has already ended
     */
    public HandlingRestriction review(long personId, long restrictionId, ReviewDecision decision, String reason,
            LocalDate nextReviewOn, String actor, String clientAddress) {
        requireDecisionMaker(actor);
        LocalDate today = LocalDate.now(clock.withZone(profile.timeZone()));
        List<InvalidPeopleRequestException.Problem> problems = new ArrayList<>();
        if (decision == null) {
            problems.add(new InvalidPeopleRequestException.Problem("decision", "Choose RENEW or END"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new InvalidPeopleRequestException.Problem("reason", "Give the reason for the decision"));
        } else if (reason.length() > REASON_MAX) {
            problems.add(new InvalidPeopleRequestException.Problem("reason", "Give the reason in " + REASON_MAX + " characters or fewer"));
        }
        LocalDate next = decision == ReviewDecision.RENEW
                ? (nextReviewOn == null ? today.plus(settings.handlingRestrictions().reviewAfter()) : nextReviewOn) : null;
        if (decision == ReviewDecision.RENEW && !next.isAfter(today)) {
            problems.add(new InvalidPeopleRequestException.Problem("nextReviewOn", "The next review date must be in the future"));
        } else if (decision == ReviewDecision.RENEW && next.isAfter(today.plusYears(1))) {
            problems.add(new InvalidPeopleRequestException.Problem("nextReviewOn", "Review restrictions again within a year"));
        }
        if (decision == ReviewDecision.END && nextReviewOn != null) {
            problems.add(new InvalidPeopleRequestException.Problem("nextReviewOn", "Leave out the next review date when ending restrictions"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidPeopleRequestException(problems);
        }
        HandlingRestriction restriction = find(restrictionId).filter(r -> r.personId() == personId)
                .orElseThrow(() -> new PeopleRuleException("Restriction " + restrictionId + " is not this person's"));
        Long reviewId = transactions.execute(tx -> {
            int changed = decision == ReviewDecision.RENEW
                    ? jdbc.sql("update handling_restriction set review_on = :next where id = :id and status = 'ACTIVE'")
                            .param("next", next).param("id", restrictionId).update()
                    : jdbc.sql("update handling_restriction set status = 'ENDED', ended_on = :today where id = :id and status = 'ACTIVE'")
                            .param("today", today).param("id", restrictionId).update();
            if (changed == 0) {
                throw new PeopleRuleException("These restrictions have already ended");
            }
            KeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into handling_restriction_review (restriction_id, decision, reason, decided_by, decided_at, next_review_on)
                    values (:id, :decision, :reason, :by, :at, :next)""")
                    .param("id", restrictionId).param("decision", decision.name()).param("reason", reason.trim())
                    .param("by", actor).param("at", PersonStore.ts(clock.instant())).param("next", next)
                    .update(keys, "id");
            for (String reference : people.referencesOf(personId)) {
                records.recordOnTimeline(reference, actor, "Handling restrictions reviewed", decision == ReviewDecision.RENEW
                        ? "Continued until review on " + RestrictionLetters.date(next) : "Ended");
            }
            audit.record(actor, decision == ReviewDecision.RENEW ? "HANDLING_RESTRICTIONS_RENEWED" : "HANDLING_RESTRICTIONS_ENDED",
                    null, personId, "Restriction " + restrictionId + (next == null ? " ended" : " renewed to " + next),
                    clientAddress);
            return keys.getKeyAs(Number.class).longValue();
        });
        HandlingRestriction reviewed = find(restrictionId).orElseThrow();
        HandlingRestriction.Review recorded = reviewed.reviews().stream().filter(r -> r.id() == reviewId).findFirst().orElseThrow();
        people.find(personId).ifPresent(person -> sendLetter(person, reviewed, recorded));
        return find(restrictionId).orElseThrow();
    }

    /**
     * Reminds the decision-maker of every restriction whose review falls due within the profile's reminder days, once
     * per review date, and sends any letter that did not go (for example after a restart). Returns the reminders sent.
     */
    int remindReviewsDue() {
        LocalDate today = LocalDate.now(clock.withZone(profile.timeZone()));
        LocalDate horizon = today.plusDays(settings.handlingRestrictions().remindDaysBeforeReview());
        List<HandlingRestriction> due = load("where status = 'ACTIVE' and review_on <= :horizon "
                + "and (reminded_for is null or reminded_for <> review_on)", Map.of("horizon", horizon));
        int sent = 0;
        for (HandlingRestriction restriction : due) {
            String reference = latestReference(restriction.personId());
            if (reference == null) {
                continue;
            }
            Set<String> recipients = new HashSet<>();
            staff.find(restriction.decidedBy()).map(StaffAccounts.StaffMember::email).ifPresent(recipients::add);
            if (recipients.isEmpty()) {
                settings.handlingRestrictions().decisionMakers().forEach(username ->
                        staff.find(username).map(StaffAccounts.StaffMember::email).ifPresent(recipients::add));
            }
            for (String email : recipients) {
                correspondence.send(new Correspondence.Outgoing(
                        "restriction-review:" + restriction.id() + ":" + restriction.reviewOn() + ":" + email, reference,
                        MessageKind.INTERNAL_ALERT, ContactMethod.EMAIL, "Customer Handling Policy decision-maker", email,
                        "Review due " + RestrictionLetters.date(restriction.reviewOn()) + ": handling restrictions for person "
                                + restriction.personId(),
                        "The restrictions placed under the Customer Handling Policy on person record " + restriction.personId()
                                + " (latest feedback " + reference + ") are due for review on "
                                + RestrictionLetters.date(restriction.reviewOn()) + ".\n\nReview them and record the decision "
                                + "(continue or end); they stay in force until a review is recorded.",
                        restriction.reviewOn()));
                sent++;
            }
            transactions.executeWithoutResult(tx -> {
                jdbc.sql("update handling_restriction set reminded_for = review_on where id = :id")
                        .param("id", restriction.id()).update();
                audit.record(People.SYSTEM, "RESTRICTION_REVIEW_REMINDED", null, restriction.personId(),
                        "Restriction " + restriction.id() + " review due " + restriction.reviewOn(), null);
            });
        }
        for (HandlingRestriction unsent : load("where letter_method is null and letter_not_sent_reason is null", Map.of())) {
            people.find(unsent.personId()).ifPresent(person -> sendLetter(person, unsent, null));
        }
        return sent;
    }

    private void sendLetter(Person person, HandlingRestriction restriction, HandlingRestriction.Review review) {
        String reference = latestReference(person.id());
        // the policy's letter goes by post, by email only when the person has no postal address
        ContactMethod method = null;
        String notPossible = null;
        if (person.hasPostalAddress()) {
            method = ContactMethod.LETTER;
        } else if (person.hasEmail() && contactRule.bouncedOn(person.email()).isEmpty()) {
            method = ContactMethod.EMAIL;
        } else {
            notPossible = person.hasEmail() ? "No postal address, and emails to the address we hold bounce"
                    : "No postal address or email address";
        }
        if (method == null || reference == null) {
            String reason = reference == null ? "No feedback to file the letter against" : notPossible;
            if (review == null) {
                jdbc.sql("update handling_restriction set letter_not_sent_reason = :reason where id = :id")
                        .param("reason", cut(reason)).param("id", restriction.id()).update();
            }
            log.warn("Handling restriction {} letter not sent: {}", restriction.id(), reason);
            return;
        }
        RestrictionLetters.Letter letter = review == null ? letters.placed(person.name(), restriction)
                : letters.reviewed(person.name(), restriction, review);
        String recipient = method == ContactMethod.LETTER
                ? ContactPreferenceRule.postalLines(person.name(), person.address()) : person.email().trim();
        String key = review == null ? "restriction-letter:" + restriction.id() : "restriction-review-letter:" + review.id();
        // the policy's method only, but the person is told why when it is not the one they asked for
        long messageId = correspondence.send(new Correspondence.Outgoing(key, reference, MessageKind.NOTICE, method,
                person.name(), recipient, letter.subject(), letter.body(), LocalDate.now(clock.withZone(profile.timeZone())))
                .toThePerson(EnumSet.of(method)));
        if (review == null) {
            ContactMethod went = correspondence.find(messageId).filter(m -> m.status() != MessageStatus.NOT_SENT)
                    .map(OutgoingMessage::method).orElse(null);
            jdbc.sql("update handling_restriction set letter_method = :m, letter_message_id = :id, letter_not_sent_reason = :why where id = :r")
                    .param("m", went == null ? null : went.name()).param("id", messageId)
                    .param("why", went == null ? "Could not be sent: see the contact preference on the case" : null)
                    .param("r", restriction.id()).update();
        } else {
            jdbc.sql("update handling_restriction_review set letter_message_id = :id where id = :r")
                    .param("id", messageId).param("r", review.id()).update();
        }
    }

    private String latestReference(long personId) {
        List<PersonFeedback> links = people.feedbackOf(personId);
        return links.isEmpty() ? null : links.get(links.size() - 1).reference();
    }

    private void requireDecisionMaker(String actor) {
        if (!isDecisionMaker(actor)) {
            throw new NotADecisionMakerException(actor);
        }
    }

    private List<HandlingRestriction.Term> checkTerms(List<TermRequest> terms, List<InvalidPeopleRequestException.Problem> problems) {
        List<HandlingRestriction.Term> checked = new ArrayList<>();
        if (terms == null || terms.isEmpty()) {
            problems.add(new InvalidPeopleRequestException.Problem("restrictions", "Choose at least one restriction"));
            return checked;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < terms.size(); i++) {
            TermRequest term = terms.get(i);
            String field = "restrictions[" + i + "]";
            if (term == null || term.code() == null) {
                problems.add(new InvalidPeopleRequestException.Problem(field + ".code", "Choose a kind of restriction"));
                continue;
            }
            var kind = settings.handlingRestrictions().kind(term.code());
            if (kind.isEmpty()) {
                problems.add(new InvalidPeopleRequestException.Problem(field + ".code", "Choose one of "
                        + settings.handlingRestrictions().kinds().stream().map(PeopleSettings.Kind::code).toList()));
                continue;
            }
            if (!seen.add(term.code())) {
                problems.add(new InvalidPeopleRequestException.Problem(field + ".code", "Choose each kind of restriction once"));
                continue;
            }
            String detail = term.detail() == null || term.detail().isBlank() ? null : term.detail().trim();
            if (kind.get().requiresDetail() && detail == null) {
                problems.add(new InvalidPeopleRequestException.Problem(field + ".detail", "Give the detail for "
                        + kind.get().label().toLowerCase(java.util.Locale.UK)));
                continue;
            }
            if (detail != null && detail.length() > DETAIL_MAX) {
                problems.add(new InvalidPeopleRequestException.Problem(field + ".detail", "Give the detail in " + DETAIL_MAX + " characters or fewer"));
                continue;
            }
            checked.add(new HandlingRestriction.Term(kind.get().code(), kind.get().label(), detail));
        }
        return checked;
    }

    private List<HandlingRestriction> load(String where, Map<String, Object> params) {
        List<Long> ids = jdbc.sql("select id from handling_restriction " + where + " order by id desc")
                .params(params).query(Long.class).list();
        List<HandlingRestriction> restrictions = new ArrayList<>();
        for (long id : ids) {
            restrictions.add(loadOne(id));
        }
        return restrictions;
    }

    private HandlingRestriction loadOne(long id) {
        List<HandlingRestriction.Term> terms = jdbc.sql("select code, detail from handling_restriction_term where restriction_id = :id order by position")
                .param("id", id)
                .query((rs, n) -> new HandlingRestriction.Term(rs.getString(1),
                        settings.handlingRestrictions().kind(rs.getString(1)).map(PeopleSettings.Kind::label).orElse(rs.getString(1)),
                        rs.getString(2)))
                .list();
        List<HandlingRestriction.Review> reviews = jdbc.sql("""
                select id, decision, reason, decided_by, decided_at, next_review_on from handling_restriction_review
                where restriction_id = :id order by id""")
                .param("id", id)
                .query((rs, n) -> new HandlingRestriction.Review(rs.getLong(1), ReviewDecision.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), PersonStore.instant(rs, "decided_at"),
                        rs.getObject("next_review_on", LocalDate.class)))
                .list();
        return jdbc.sql("""
                select id, person_id, reason, decided_by, starts_on, review_on, status, ended_on, created_at,
                  letter_method, letter_message_id, letter_not_sent_reason from handling_restriction where id = :id""")
                .param("id", id).query((rs, n) -> restriction(rs, terms, reviews)).single();
    }

    private static HandlingRestriction restriction(ResultSet rs, List<HandlingRestriction.Term> terms,
            List<HandlingRestriction.Review> reviews) throws SQLException {
        String method = rs.getString("letter_method");
        Object messageId = rs.getObject("letter_message_id");
        String notSent = rs.getString("letter_not_sent_reason");
        HandlingRestriction.Letter letter = method == null && notSent == null ? null : new HandlingRestriction.Letter(
                method == null ? null : ContactMethod.valueOf(method),
                messageId == null ? null : ((Number) messageId).longValue(), notSent);
        return new HandlingRestriction(rs.getLong("id"), rs.getLong("person_id"), rs.getString("reason"), terms,
                rs.getString("decided_by"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("review_on", LocalDate.class), HandlingRestriction.Status.valueOf(rs.getString("status")),
                rs.getObject("ended_on", LocalDate.class), PersonStore.instant(rs, "created_at"), letter, reviews);
    }

    /** A restriction as JSON, as the API and pages show it. */
    public Map<String, Object> json(HandlingRestriction restriction) {
        return json(restriction, today());
    }

    static Map<String, Object> json(HandlingRestriction restriction, LocalDate today) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", restriction.id());
        json.put("personId", restriction.personId());
        json.put("status", restriction.status());
        json.put("reason", restriction.reason());
        json.put("restrictions", restriction.terms().stream().map(term -> {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("code", term.code());
            t.put("label", term.label());
            t.put("detail", term.detail());
            return t;
        }).toList());
        json.put("decidedBy", restriction.decidedBy());
        json.put("startsOn", restriction.startsOn());
        json.put("reviewOn", restriction.reviewOn());
        json.put("reviewOverdue", restriction.reviewOverdue(today));
        json.put("endedOn", restriction.endedOn());
        json.put("letter", restriction.letter());
        json.put("reviews", restriction.reviews());
        return json;
    }

    /** Today in the council's time zone. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(profile.timeZone()));
    }

    private static String cut(String value) {
        return value == null || value.length() <= 500 ? value : value.substring(0, 500);
    }
}
