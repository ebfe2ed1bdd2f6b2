package org.councilfeedback.people;

import java.util.Map;
import java.util.Optional;
import org.councilfeedback.intake.FeedbackDetailsContributor;
import org.councilfeedback.intake.FeedbackRecord;
import org.springframework.stereotype.Component;

/**
 * Adds to a case's details what staff need wherever they act: the person (and pending match proposals), their
 * reasonable adjustments, the Customer Handling Policy banner, the representative and consent, and why a reply
 * could not go the way the person asked.
 */
@Component
class PeopleDetailsContributor implements FeedbackDetailsContributor {

    private final People people;
    private final HandlingRestrictions restrictions;
    private final Representatives representatives;
    private final ContactPreferenceRule contactRule;

    PeopleDetailsContributor(People people, HandlingRestrictions restrictions, Representatives representatives,
            ContactPreferenceRule contactRule) {
        this.people = people;
        this.restrictions = restrictions;
        this.representatives = representatives;
        this.contactRule = contactRule;
    }

    @Override
    public void contribute(FeedbackRecord record, Map<String, Object> details) {
        String reference = record.reference();
        Optional<Person> person = people.personFor(reference);
        if (person.isPresent()) {
            long id = person.get().id();
            Map<String, Object> summary = PeopleJson.personSummary(person.get(), people.feedbackOf(id).size());
            summary.put("pendingMatches", people.pendingMatches(reference));
            details.put("person", summary);
            people.adjustmentsOf(id).filter(Adjustments::any)
                    .ifPresent(adjustments -> details.put("adjustments", PeopleJson.adjustments(adjustments)));
            restrictions.banner(id).ifPresent(banner -> details.put("restrictions", banner));
        }
        representatives.forFeedback(reference)
                .ifPresent(representation -> details.put("representative", PeopleJson.representation(representation)));
        contactRule.exceptionsFor(reference).stream().findFirst()
                .ifPresent(exception -> details.put("contactPreference", PeopleJson.contactPreference(exception)));
    }
}
