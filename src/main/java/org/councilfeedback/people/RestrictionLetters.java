package org.councilfeedback.people;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.councilfeedback.organisation.CouncilProfile;
import org.springframework.stereotype.Component;

/** The wording of the letters that tell a person about handling restrictions, from the council profile. */
@Component
class RestrictionLetters {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final CouncilProfile profile;
    private final PeopleSettings settings;

    RestrictionLetters(CouncilProfile profile, PeopleSettings settings) {
        this.profile = profile;
        this.settings = settings;
    }

    record Letter(String subject, String body) {}

    /** The letter that tells the person about new restrictions. */
    Letter placed(String name, HandlingRestriction restriction) {
        Map<String, String> values = values(restriction);
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Dear " + name + ",");
        paragraphs.add(fill("opening", values));
        paragraphs.add(fill("reason", values));
        paragraphs.add(fill("restrictions", values) + "\n" + terms(restriction));
        paragraphs.add(fill("duration", values));
        paragraphs.add(fill("still-recorded", values));
        paragraphs.add(fill("ombudsman", values));
        paragraphs.add(signOff());
        return new Letter(fill("subject", values), String.join("\n\n", paragraphs));
    }

    /** The letter that tells the person what a review decided. */
    Letter reviewed(String name, HandlingRestriction restriction, HandlingRestriction.Review review) {
        Map<String, String> values = values(restriction);
        values.put("reason", review.reason());
        values.put("endedOn", restriction.endedOn() == null ? "" : restriction.endedOn().format(DATE));
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("Dear " + name + ",");
        if (review.decision() == ReviewDecision.RENEW) {
            paragraphs.add(fill("renewed", values));
            paragraphs.add(fill("restrictions", values) + "\n" + terms(restriction));
            paragraphs.add(fill("still-recorded", values));
            paragraphs.add(fill("ombudsman", values));
        } else {
            paragraphs.add(fill("ended", values));
        }
        paragraphs.add(signOff());
        String subject = fill(review.decision() == ReviewDecision.RENEW ? "renewed-subject" : "ended-subject", values);
        return new Letter(subject, String.join("\n\n", paragraphs));
    }

    private String terms(HandlingRestriction restriction) {
        List<String> lines = new ArrayList<>();
        for (HandlingRestriction.Term term : restriction.terms()) {
            String sentence = settings.handlingRestrictions().kind(term.code()).map(PeopleSettings.Kind::letter)
                    .filter(text -> text != null && !text.isBlank()).orElse(term.describe() + ".");
            lines.add("- " + sentence.trim().replace("{detail}", term.detail() == null ? "" : term.detail()));
        }
        return String.join("\n", lines);
    }

    private Map<String, String> values(HandlingRestriction restriction) {
        Map<String, String> values = new HashMap<>();
        values.put("council", profile.name());
        values.put("reason", restriction.reason());
        values.put("startsOn", restriction.startsOn().format(DATE));
        values.put("reviewOn", restriction.reviewOn().format(DATE));
        var ombudsman = profile.contacts().ombudsman();
        values.put("ombudsmanName", ombudsman == null ? "Local Government and Social Care Ombudsman" : ombudsman.name());
        values.put("ombudsmanPhone", ombudsman == null ? "" : ombudsman.phone());
        values.put("ombudsmanWebsite", ombudsman == null ? "" : ombudsman.website());
        values.put("ombudsmanAddress", ombudsman == null ? "" : ombudsman.addressOneLine());
        return values;
    }

    private String fill(String key, Map<String, String> values) {
        String text = settings.handlingRestrictions().letter(key);
        for (var entry : values.entrySet()) {
            text = text.replace("{" + entry.getKey() + "}", entry.getValue() == null ? "" : entry.getValue());
        }
        return text;
    }

    private String signOff() {
        String team;
        try {
            team = profile.wording("sign-off", Map.of());
        } catch (IllegalStateException noSignOff) {
            team = "Customer Care Team";
        }
        return "Yours sincerely,\n" + team + "\n" + profile.name();
    }

    static String date(LocalDate date) {
        return date.format(DATE);
    }
}
