package org.councilfeedback.people;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.councilfeedback.access.AuditTrail;
import org.councilfeedback.intake.ContactDetails;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customers behind feedback. Each new piece of feedback with contact details gets a person record of its own and
 * a link to it; people already known who share its email, phone, or name and postcode are <em>proposed</em> as
 * matches, and two records become one only when a member of staff confirms the match. Also each person's reasonable
 * adjustments.
 */
@Service
public class People {

    /** The timeline note added when new contact comes from a person under the Customer Handling Policy. */
    public static final String RESTRICTED_CONTACT_NOTE =
            "Person under handling restrictions: new contact checked for new issues and safeguarding";
    static final String SYSTEM = "system";

    private final PersonStore store;
    private final FeedbackRecords records;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    People(PersonStore store, FeedbackRecords records, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.records = records;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The person with this id, even when merged into another (see {@link Person#mergedInto()}). */
    public Optional<Person> find(long id) {
        return store.find(id);
    }

    /** The person behind a piece of feedback (canonical reference), if it has been linked. */
    public Optional<Person> personFor(String reference) {
        return store.personIdFor(reference).flatMap(store::find);
    }

    /** The feedback a person gave, oldest link first. */
    public List<PersonFeedback> feedbackOf(long personId) {
        return store.links(personId);
    }

    public List<String> referencesOf(long personId) {
        return store.links(personId).stream().map(PersonFeedback::reference).toList();
    }

    /**
     * Links the feedback to a person of its own, unless it is linked already, and proposes any matches with people
     * already known. Anonymous feedback has no person. Safe to call more than once.
     */
    @Transactional
    public Optional<Person> ensureLinked(String reference) {
        Optional<Long> existing = store.personIdFor(reference);
        if (existing.isPresent()) {
            return store.find(existing.get());
        }
        FeedbackRecord record = records.find(reference).orElse(null);
        if (record == null || record.anonymous() || record.contact() == null || blank(record.contact().name())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        ContactDetails contact = record.contact();
        long personId = store.insert(contact, now);
        store.link(record.reference(), personId, SYSTEM, "NEW", now);
        boolean represented = jdbc.sql("select count(*) from feedback_representation where reference = :r")
                .param("r", record.reference()).query(Long.class).single() > 0;
        if (record.onBehalfOf() != null && !represented) {
            jdbc.sql("""
                    insert into feedback_representation (reference, represented_name, relationship, consent_given,
                      consent_recorded_by, consent_recorded_at)
                    values (:r, :name, :relationship, :consent, :by, :at)""")
                    .param("r", record.reference()).param("name", record.onBehalfOf().name())
                    .param("relationship", record.onBehalfOf().relationship())
                    .param("consent", record.onBehalfOf().consentGiven())
                    .param("by", record.recordedBy() == null ? "online form" : record.recordedBy())
                    .param("at", PersonStore.ts(record.receivedAt())).update();
        }
        boolean restrictedCandidate = false;
        for (long candidate : store.candidates(personId)) {
            store.propose(record.reference(), candidate, store.reasons(personId, candidate), now);
            restrictedCandidate |= store.hasActiveRestriction(candidate);
        }
        if (restrictedCandidate) {
            records.recordOnTimeline(record.reference(), SYSTEM, "Possible match under handling restrictions",
                    "A person this feedback may be from is under the Customer Handling Policy. Confirm or reject the "
                            + "match; the new contact is recorded and handled as usual.");
        }
        audit.record(SYSTEM, "PERSON_CREATED", record.reference(), personId, "Person record created from new feedback", null);
        return store.find(personId);
    }

    /**
     * People already known whose email, phone, or name and postcode match these contact details: for warning staff
     * while they record new contact, before any feedback (and so any person) exists.
     */
    public List<Long> matchingContact(String name, String email, String phone, String postcode) {
        return store.matching(name, email, phone, postcode);
    }

    /** Matches proposed for a piece of feedback, in the order they were proposed, whatever their status. */
    public List<MatchProposal> matchesFor(String reference) {
        return store.proposals(reference);
    }

    public long pendingMatches(String reference) {
        return store.countPending(reference);
    }

    /**
     * Confirms or rejects a proposed match. Confirming merges the feedback's person into the candidate: all their
     * feedback, adjustments and restrictions move to the candidate, whose contact details become the newer ones.
     *
     * @throws PeopleRuleException when there is no such proposal or it was decided already
     */
    @Transactional
    public MatchProposal decide(String reference, long candidateId, boolean confirm, String actor, String clientAddress) {
        MatchProposal proposal = store.proposal(reference, candidateId).orElseThrow(() -> new PeopleRuleException(
                "Person " + candidateId + " is not a proposed match for " + reference));
        if (proposal.status() != MatchStatus.PROPOSED) {
            throw new PeopleRuleException("This match was already " + proposal.status().name().toLowerCase() + " by "
                    + proposal.decidedBy());
        }
        Instant now = clock.instant();
        if (!confirm) {
            store.decide(proposal.id(), MatchStatus.REJECTED, actor, now);
            audit.record(actor, "PERSON_MATCH_REJECTED", reference, candidateId,
                    "Not the same person as person " + candidateId, clientAddress);
            return store.proposal(reference, candidateId).orElseThrow();
        }
        Person candidate = store.find(candidateId).filter(Person::isCurrent).orElseThrow(() -> new PeopleRuleException(
                "Person " + candidateId + " has been merged or anonymised; it cannot take more feedback"));
        long current = store.personIdFor(reference).orElseThrow(() -> new PeopleRuleException(
                reference + " has no person record yet"));
        store.decide(proposal.id(), MatchStatus.CONFIRMED, actor, now);
        if (current != candidate.id()) {
            Person from = store.find(current).orElseThrow();
            if (!from.createdAt().isBefore(candidate.createdAt())) {
                store.copyContactDetails(current, candidate.id(), now);
            }
            store.moveLinks(current, candidate.id(), actor, now);
            store.moveOwned(current, candidate.id());
            store.repointProposals(current, candidate.id(), actor, now);
            store.markMerged(current, candidate.id(), now);
        }
        records.recordOnTimeline(reference, actor, "Linked to an existing person",
                "Confirmed by " + actor + " as the same person as person record " + candidate.id());
        if (store.hasActiveRestriction(candidate.id())) {
            records.recordOnTimeline(reference, SYSTEM, "Handling restrictions", RESTRICTED_CONTACT_NOTE);
        }
        audit.record(actor, "PERSON_MATCH_CONFIRMED", reference, candidate.id(),
                "Person " + current + " merged into person " + candidate.id(), clientAddress);
        return store.proposal(reference, candidateId).orElseThrow();
    }

    // reasonable adjustments

    public Optional<Adjustments> adjustmentsOf(long personId) {
        return jdbc.sql("""
                select large_print, text_relay, interpreter, interpreter_language, advocate, advocate_details,
                  preferred_times, other, updated_by, updated_at from person_adjustments where person_id = :p""")
                .param("p", personId)
                .query((rs, n) -> new Adjustments(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3), rs.getString(4),
                        rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        PersonStore.instant(rs, "updated_at")))
                .optional();
    }

    /** Replaces the person's reasonable adjustments. */
    @Transactional
    public Adjustments updateAdjustments(long personId, Adjustments adjustments, String actor, String clientAddress) {
        Instant now = clock.instant();
        jdbc.sql("delete from person_adjustments where person_id = :p").param("p", personId).update();
        jdbc.sql("""
                insert into person_adjustments (person_id, large_print, text_relay, interpreter, interpreter_language,
                  advocate, advocate_details, preferred_times, other, updated_by, updated_at)
                values (:p, :largePrint, :textRelay, :interpreter, :language, :advocate, :advocateDetails, :times,
                  :other, :by, :at)""")
                .param("p", personId).param("largePrint", adjustments.largePrint())
                .param("textRelay", adjustments.textRelay()).param("interpreter", adjustments.interpreter())
                .param("language", adjustments.interpreter() ? adjustments.interpreterLanguage() : null)
                .param("advocate", adjustments.advocate())
                .param("advocateDetails", adjustments.advocate() ? adjustments.advocateDetails() : null)
                .param("times", adjustments.preferredTimes()).param("other", adjustments.other())
                .param("by", actor).param("at", PersonStore.ts(now)).update();
        Adjustments stored = adjustmentsOf(personId).orElseThrow();
        audit.record(actor, "ADJUSTMENTS_UPDATED", null, personId, "Reasonable adjustments: "
                + kinds(stored), clientAddress);
        return stored;
    }

    private static String kinds(Adjustments a) {
        List<String> kinds = new java.util.ArrayList<>();
        if (a.largePrint()) {
            kinds.add("large print");
        }
        if (a.textRelay()) {
            kinds.add("text relay");
        }
        if (a.interpreter()) {
            kinds.add("interpreter");
        }
        if (a.advocate()) {
            kinds.add("advocate");
        }
        if (a.preferredTimes() != null) {
            kinds.add("preferred times");
        }
        if (a.other() != null) {
            kinds.add("other");
        }
        return kinds.isEmpty() ? "none" : String.join(", ", kinds);
    }

    // privacy

    /**
     * Replaces what the people module holds about one piece of feedback (representative, contact-preference reasons)
     * with the marker, and anonymises the person once all their feedback is anonymised.
     *
     * @param allAnonymised tells whether a reference's feedback has been anonymised
     */
    @Transactional
    public void anonymiseFeedback(String reference, String marker, java.util.function.Predicate<String> allAnonymised) {
        jdbc.sql("""
                update feedback_representation set
                  represented_name = case when represented_name is null then null else :m end,
                  relationship = case when relationship is null then null else :m end,
                  consent_evidence = case when consent_evidence is null then null else :m end,
                  informed_note = case when informed_note is null then null else :m end
                where reference = :r""").param("m", marker).param("r", reference).update();
        jdbc.sql("""
                update contact_preference_exception set reason = :m,
                  explanation = case when explanation is null then null else :m end where reference = :r""")
                .param("m", marker).param("r", reference).update();
        Optional<Long> personId = store.personIdFor(reference);
        if (personId.isPresent() && store.links(personId.get()).stream().map(PersonFeedback::reference).allMatch(allAnonymised)) {
            anonymisePerson(personId.get(), marker);
        }
    }

    /** Replaces the person's details, adjustments, restriction reasons and contact history with the marker. */
    @Transactional
    public void anonymisePerson(long personId, String marker) {
        Instant now = clock.instant();
        Optional<Person> person = store.find(personId);
        if (person.isEmpty()) {
            return;
        }
        String email = person.get().email();
        if (email != null) {
            jdbc.sql("delete from email_bounce where email_normalised = :e")
                    .param("e", org.councilfeedback.intake.SubmissionRules.normaliseEmail(email)).update();
        }
        store.anonymise(personId, marker, now);
        jdbc.sql("""
                update person_adjustments set
                  interpreter_language = case when interpreter_language is null then null else :m end,
                  advocate_details = case when advocate_details is null then null else :m end,
                  preferred_times = case when preferred_times is null then null else :m end,
                  other = case when other is null then null else :m end where person_id = :p""")
                .param("m", marker).param("p", personId).update();
        jdbc.sql("update handling_restriction set reason = :m where person_id = :p").param("m", marker).param("p", personId).update();
        jdbc.sql("""
                update handling_restriction_term set detail = case when detail is null then null else :m end
                where restriction_id in (select id from handling_restriction where person_id = :p)""")
                .param("m", marker).param("p", personId).update();
        jdbc.sql("""
                update handling_restriction_review set reason = :m
                where restriction_id in (select id from handling_restriction where person_id = :p)""")
                .param("m", marker).param("p", personId).update();
        jdbc.sql("""
                update contact_preference_exception set reason = :m,
                  explanation = case when explanation is null then null else :m end where person_id = :p""")
                .param("m", marker).param("p", personId).update();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
