package org.councilfeedback.people;

import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The council profile's {@code people} section: the Customer Handling Policy's decision-makers, kinds and letter. */
record PeopleSettings(HandlingRestrictions handlingRestrictions) {

    PeopleSettings {
        handlingRestrictions = handlingRestrictions == null
                ? new HandlingRestrictions(null, null, 0, null, null) : handlingRestrictions;
    }

    record HandlingRestrictions(List<String> decisionMakers, Period reviewAfter, int remindDaysBeforeReview,
            List<Kind> kinds, Map<String, String> letter) {

        HandlingRestrictions {
            decisionMakers = decisionMakers == null ? List.of() : List.copyOf(decisionMakers);
            reviewAfter = reviewAfter == null || reviewAfter.isZero() || reviewAfter.isNegative() ? Period.ofMonths(6) : reviewAfter;
            remindDaysBeforeReview = remindDaysBeforeReview <= 0 ? 10 : remindDaysBeforeReview;
            kinds = kinds == null ? List.of() : List.copyOf(kinds);
            letter = letter == null ? Map.of() : Map.copyOf(letter);
        }

        Optional<Kind> kind(String code) {
            return kinds.stream().filter(kind -> kind.code().equals(code)).findFirst();
        }

        String letter(String key) {
            String text = letter.get(key);
            if (text == null) {
                throw new IllegalStateException("The council profile has no people.handling-restrictions.letter." + key);
            }
            return text.trim();
        }
    }

    /** A kind of restriction: its code, what staff see, and the sentence the person's letter uses for it. */
    record Kind(String code, String label, boolean requiresDetail, String letter) {}
}
