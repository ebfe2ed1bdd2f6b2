package org.councilfeedback.people.web;

import java.util.Optional;
import org.councilfeedback.access.CaseViewer;
import org.councilfeedback.access.CaseVisibility;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.people.People;
import org.councilfeedback.people.Person;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Which cases and people the signed-in member of staff may see here: a case when they may see its personal data, a
 * person when they may see the personal data of at least one of the person's cases. Anything else is "not found".
 */
@Component
class PeopleAccess {

    static final String HANDLERS = "hasAnyRole('CUSTOMER_SERVICES','COMPLAINTS_OFFICER','INVESTIGATING_OFFICER',"
            + "'SOCIAL_CARE_COMPLAINTS','DATA_PROTECTION_OFFICER','DIRECTOR')";

    private final FeedbackRecords records;
    private final CaseVisibility visibility;
    private final People people;

    PeopleAccess(FeedbackRecords records, CaseVisibility visibility, People people) {
        this.records = records;
        this.visibility = visibility;
        this.people = people;
    }

    Optional<FeedbackRecord> visibleCase(String reference, Authentication authentication) {
        CaseViewer viewer = CaseViewer.of(authentication);
        return records.find(reference)
                .filter(record -> visibility.accessTo(viewer, record.reference()).canSeePersonalData());
    }

    /** The person, when it exists and the viewer may see at least one of its cases (merged records included). */
    Optional<Person> visiblePerson(long id, Authentication authentication) {
        Optional<Person> person = people.find(id);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        long current = person.get().mergedInto() == null ? id : person.get().mergedInto();
        CaseViewer viewer = CaseViewer.of(authentication);
        boolean visible = people.referencesOf(current).stream()
                .anyMatch(reference -> visibility.accessTo(viewer, reference).canSeePersonalData());
        return visible ? person : Optional.empty();
    }
}
