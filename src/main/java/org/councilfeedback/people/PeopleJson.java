package org.councilfeedback.people;

import java.util.LinkedHashMap;
import java.util.Map;

/** How the people module's records appear in JSON, the same in the API and in a case's details. */
public final class PeopleJson {

    private PeopleJson() {
    }

    public static Map<String, Object> adjustments(Adjustments a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("largePrint", a.largePrint());
        json.put("textRelay", a.textRelay());
        json.put("interpreter", a.interpreter());
        json.put("interpreterLanguage", a.interpreterLanguage());
        json.put("advocate", a.advocate());
        json.put("advocateDetails", a.advocateDetails());
        json.put("preferredTimes", a.preferredTimes());
        json.put("other", a.other());
        json.put("summary", a.summary());
        json.put("updatedBy", a.updatedBy());
        json.put("updatedAt", a.updatedAt());
        return json;
    }

    public static Map<String, Object> representation(Representation r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("representedName", r.representedName());
        json.put("relationship", r.relationship());
        json.put("consentGiven", r.consentGiven());
        json.put("consentEvidence", r.consentEvidence());
        json.put("consentRecordedBy", r.consentRecordedBy());
        json.put("consentRecordedAt", r.consentRecordedAt());
        Map<String, Object> informed = null;
        if (r.informed() != null) {
            informed = new LinkedHashMap<>();
            informed.put("at", r.informed().at());
            informed.put("by", r.informed().by());
            informed.put("how", r.informed().how());
            informed.put("note", r.informed().note());
        }
        json.put("representedPersonInformed", informed);
        return json;
    }

    public static Map<String, Object> contactPreference(ContactPreferenceRule.PreferenceException e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("preferred", e.preferred());
        json.put("using", e.used());
        json.put("reason", e.reason());
        json.put("toldThePerson", e.explanation());
        json.put("purpose", e.purpose());
        json.put("recordedAt", e.recordedAt());
        return json;
    }

    public static Map<String, Object> personSummary(Person person, long feedbackCount) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", person.id());
        json.put("name", person.name());
        json.put("feedbackCount", feedbackCount);
        json.put("href", "/api/v1/people/" + person.id());
        return json;
    }
}
