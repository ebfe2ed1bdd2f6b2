package org.councilfeedback.people.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.councilfeedback.access.CaseViewer;
import org.councilfeedback.access.CaseVisibility;
import org.councilfeedback.access.Role;
import org.councilfeedback.intake.ContactDetails;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.people.Adjustments;
import org.councilfeedback.people.ContactPreferenceRule;
import org.councilfeedback.people.HandlingRestrictions;
import org.councilfeedback.people.MatchProposal;
import org.councilfeedback.people.MatchStatus;
import org.councilfeedback.people.People;
import org.councilfeedback.people.Person;
import org.councilfeedback.people.Representation;
import org.councilfeedback.people.Representatives;
import org.councilfeedback.web.Choice;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the staff pages show about the person behind feedback, for the fragments in {@code staff/people/case} (used as
 * {@code @personPanels} from other modules' templates, which cannot depend on this module): the Customer Handling
 * Policy banner, the person panel on a case page and the restriction tag on search results. Nothing personal is
 * returned unless the signed-in member of staff may see the case's personal data.
 */
@Component("personPanels")
public class PersonPanels {

    private final People people;
    private final HandlingRestrictions restrictions;
    private final Representatives representatives;
    private final ContactPreferenceRule contactRule;
    private final CaseVisibility visibility;

    PersonPanels(People people, HandlingRestrictions restrictions, Representatives representatives,
            ContactPreferenceRule contactRule, CaseVisibility visibility) {
        this.people = people;
        this.restrictions = restrictions;
        this.representatives = representatives;
        this.contactRule = contactRule;
        this.visibility = visibility;
    }

    /** A possible match: the proposal, the person proposed and whether they are under handling restrictions. */
    public record Proposal(MatchProposal proposal, Person candidate, int feedbackCount, boolean restricted) {

        public boolean pending() {
            return proposal.status() == MatchStatus.PROPOSED;
        }

        public String reasons() {
            return String.join(", ", proposal.reasons().stream()
                    .map(reason -> reason.name().replace("_AND_", " and ").replace('_', ' ').toLowerCase(java.util.Locale.UK))
                    .sorted().toList());
        }
    }

    /**
     * The Customer Handling Policy banner for a case: the person's own restrictions, or those of a person the contact
     * matches (by email, phone, or name and postcode) when the match is not yet confirmed.
     */
    public record Banner(String text, Long personId, boolean confirmed) {}

    /** The person panel on a case page. */
    public record CasePanel(Person person, List<Proposal> proposals, Adjustments adjustments,
            Representation representation, String preferredContact, String bounce,
            List<ContactPreferenceRule.PreferenceException> preferenceExceptions) {}

    /** The restriction banner for a case, or null when none applies (or the viewer may not see personal data). */
    public Banner caseBanner(FeedbackRecord record) {
        if (!canSeePersonalData(record.reference())) {
            return null;
        }
        Optional<Person> person = linked(record.reference());
        if (person.isPresent()) {
            long current = person.get().mergedInto() == null ? person.get().id() : person.get().mergedInto();
            Optional<Map<String, Object>> banner = restrictions.banner(current);
            if (banner.isPresent()) {
                return new Banner((String) banner.get().get("banner"), current, true);
            }
            for (MatchProposal proposal : people.matchesFor(record.reference())) {
                if (proposal.status() == MatchStatus.PROPOSED) {
                    Optional<Map<String, Object>> matched = restrictions.banner(proposal.candidateId());
                    if (matched.isPresent()) {
                        return new Banner((String) matched.get().get("banner"), proposal.candidateId(), false);
                    }
                }
            }
            return null;
        }
        ContactDetails contact = record.anonymous() ? null : record.contact();
        return contact == null ? null : contactBanner(contact.name(), contact.email(), contact.phone(),
                contact.address() == null ? null : contact.address().postcode());
    }

    /** The banner for contact details being recorded, when they match a person under handling restrictions. */
    public Banner contactBanner(String name, String email, String phone, String postcode) {
        for (long candidate : people.matchingContact(name, email, phone, postcode)) {
            Optional<Map<String, Object>> banner = restrictions.banner(candidate);
            if (banner.isPresent()) {
                return new Banner((String) banner.get().get("banner"), candidate, false);
            }
        }
        return null;
    }

    /** Whether the person behind this feedback is under handling restrictions (the tag on search results). */
    public boolean restricted(String reference) {
        if (!canSeePersonalData(reference)) {
            return false;
        }
        return people.personFor(reference)
                .map(person -> person.mergedInto() == null ? person.id() : person.mergedInto())
                .map(id -> !restrictions.activeFor(id).isEmpty()).orElse(false);
    }

    /** The person panel, or null for anonymous feedback or a viewer who may not see the personal data. */
    public CasePanel casePanel(FeedbackRecord record) {
        if (!canSeePersonalData(record.reference())) {
            return null;
        }
        Person linked = linked(record.reference()).orElse(null);
        if (linked == null) {
            return null;
        }
        Person person = linked.mergedInto() == null ? linked : people.find(linked.mergedInto()).orElse(linked);
        List<Proposal> proposals = new ArrayList<>();
        for (MatchProposal proposal : people.matchesFor(record.reference())) {
            people.find(proposal.candidateId()).ifPresent(candidate -> proposals.add(new Proposal(proposal, candidate,
                    people.feedbackOf(candidate.id()).size(), !restrictions.activeFor(candidate.id()).isEmpty())));
        }
        Adjustments adjustments = people.adjustmentsOf(person.id()).orElse(null);
        String bounce = person.email() == null ? null : contactRule.bouncedOn(person.email())
                .map(date -> "Emails to " + emailOf(person) + " bounce (since " + date + "): we write or phone instead")
                .orElse(null);
        return new CasePanel(person, proposals, adjustments, representatives.forFeedback(record.reference()).orElse(null),
                person.preferredContactMethod() == null ? null : person.preferredContactMethod().name(), bounce,
                contactRule.exceptionsFor(record.reference()));
    }

    /** Whether the signed-in member of staff may place and review restrictions. */
    public boolean decisionMaker() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && restrictions.isDecisionMaker(authentication.getName());
    }

    /** Whether the signed-in member of staff has the role. */
    public boolean has(String role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && CaseViewer.of(authentication).has(Role.valueOf(role));
    }

    /** Yes or no, for whether the person represented consented. */
    public List<Choice> consentChoices() {
        return List.of(Choice.of("true", "Yes"), Choice.of("false", "No"));
    }

    /** How the person represented was told. */
    public List<Choice> informChoices() {
        return List.of(Choice.of("LETTER", "Letter"), Choice.of("EMAIL", "Email"), Choice.of("PHONE", "Phone"),
                Choice.of("IN_PERSON", "In person"));
    }

    /** A review's decision. */
    public List<Choice> reviewChoices() {
        return List.of(Choice.of("RENEW", "Continue the restrictions"), Choice.of("END", "End the restrictions"));
    }

    private static String emailOf(Person person) {
        return person.email().trim();
    }

    private Optional<Person> linked(String reference) {
        try {
            return people.ensureLinked(reference);
        } catch (DataIntegrityViolationException linkedMeanwhile) {
            return people.personFor(reference);
        }
    }

    private boolean canSeePersonalData(String reference) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && visibility.accessTo(CaseViewer.of(authentication), reference).canSeePersonalData();
    }
}
