package org.councilfeedback.people;

import java.util.Set;
import org.councilfeedback.correspondence.RecipientRouting;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.intake.SubmissionRules;
import org.springframework.stereotype.Component;

/**
 * Routes every message to a member of the public through {@link ContactPreferenceRule}: their preferred method, or the
 * next possible one with the reason recorded on the case and a sentence telling them why; large print from their
 * reasonable adjustments; and bounces reported by the mail server recorded against their email address.
 */
@Component
class PreferredContactRouting implements RecipientRouting {

    private final ContactPreferenceRule rule;

    PreferredContactRouting(ContactPreferenceRule rule) {
        this.rule = rule;
    }

    @Override
    public Route route(String reference, String purpose, Set<ContactMethod> suitable) {
        ContactRoute route;
        try {
            route = rule.forFeedback(reference, purpose, suitable);
        } catch (IllegalArgumentException noSuchFeedback) {
            return new Route(null, null, null, "No feedback " + reference, null, false);
        }
        return new Route(route.method(), route.recipientName(), route.recipient(),
                route.preferenceHonoured() ? null : route.reason(), route.explanation(), route.largePrint());
    }

    @Override
    public void bounced(String reference, String email, String reason) {
        if (SubmissionRules.normaliseEmail(email) != null) {
            String why = "Refused by the mail server: " + reason;
            rule.recordBounce(email, why.length() > 500 ? why.substring(0, 500) : why, People.SYSTEM);
        }
    }
}
