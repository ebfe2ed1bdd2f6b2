package org.councilfeedback.intake.web;

import java.util.List;
import java.util.function.Predicate;
import org.councilfeedback.intake.ContactMethod;

/**
 * The questions of the "give feedback" journey, in order: where each one lives, when it applies, when it counts as
 * answered, and which fields of the submission (as {@code SubmissionRules} names them) it asks for. The journey goes
 * to the first question not yet answered, so after a change from "check your answers" it returns there as soon as
 * nothing new is needed.
 */
enum Step {

    ABOUT("", "about", j -> true, j -> j.getAbout() != null),
    TYPE("/type", "type", j -> true, j -> j.getType() != null),
    SERVICE_AREA("/service", "service", j -> true, j -> j.getServiceArea() != null, "serviceArea"),
    WHAT_HAPPENED("/what-happened", "what-happened", j -> true, j -> j.getDescription() != null, "description"),
    WHEN("/when", "when", j -> true, FeedbackJourney::isEventDateAnswered, "eventDate"),
    OUTCOME("/what-you-want", "what-you-want", j -> true, j -> j.getDesiredOutcome() != null, "desiredOutcome"),
    SOMEONE_ELSE("/for-someone-else", "for-someone-else", j -> true, j -> j.getForSomeoneElse() != null),
    THEIR_DETAILS("/their-details", "their-details", j -> Boolean.TRUE.equals(j.getForSomeoneElse()),
            j -> j.getTheirConsent() != null, "onBehalfOf.name", "onBehalfOf.relationship", "onBehalfOf.consentGiven"),
    REPLY("/reply", "reply", j -> true, j -> j.getAnonymous() != null, "anonymous"),
    NAME("/name", "name", Step::wantsReply, j -> j.getName() != null, "contact.name"),
    CONTACT_METHOD("/contact-method", "contact-method", Step::wantsReply, j -> j.getContactMethod() != null,
            "contact.preferredContactMethod"),
    EMAIL("/email", "email", j -> repliesBy(j, ContactMethod.EMAIL), j -> j.getEmail() != null, "contact.email"),
    PHONE("/phone", "phone", j -> repliesBy(j, ContactMethod.PHONE), j -> j.getPhone() != null, "contact.phone"),
    ADDRESS("/address", "address", j -> repliesBy(j, ContactMethod.LETTER), j -> j.getAddressLine1() != null,
            "contact.address.line1", "contact.address.line2", "contact.address.townOrCity", "contact.address.postcode"),
    CHECK("/check-answers", "check-answers", j -> true, j -> false);

    static final String BASE = "/give-feedback";

    private final String path;
    private final String view;
    private final Predicate<FeedbackJourney> applies;
    private final Predicate<FeedbackJourney> answered;
    private final List<String> fields;

    Step(String path, String view, Predicate<FeedbackJourney> applies, Predicate<FeedbackJourney> answered,
            String... fields) {
        this.path = BASE + path;
        this.view = "public/give-feedback/" + view;
        this.applies = applies;
        this.answered = answered;
        this.fields = List.of(fields);
    }

    String path() {
        return path;
    }

    String view() {
        return view;
    }

    /** Whether a rule's field (e.g. {@code contact.email}) is asked on this page. */
    boolean asks(String field) {
        return fields.contains(field);
    }

    boolean appliesTo(FeedbackJourney journey) {
        return applies.test(journey);
    }

    boolean isAnsweredIn(FeedbackJourney journey) {
        return answered.test(journey);
    }

    /** The first question that applies and has no answer yet; {@link #CHECK} when everything is answered. */
    static Step firstUnanswered(FeedbackJourney journey) {
        for (Step step : values()) {
            if (step.appliesTo(journey) && !step.isAnsweredIn(journey)) {
                return step;
            }
        }
        return CHECK;
    }

    /** Whether this page can be shown: it applies, and every question before it has been answered. */
    boolean isReachableIn(FeedbackJourney journey) {
        return appliesTo(journey) && firstUnanswered(journey).ordinal() >= ordinal();
    }

    /** The page the back link goes to: the question before this one that applies, or the start page. */
    String backFrom(FeedbackJourney journey) {
        for (int i = ordinal() - 1; i >= 0; i--) {
            Step step = values()[i];
            if (step.appliesTo(journey)) {
                return step.path();
            }
        }
        return "/";
    }

    /** The page that asks for a rule's field, for error links on "check your answers". */
    static Step asking(String field) {
        for (Step step : values()) {
            if (step.asks(field)) {
                return step;
            }
        }
        return CHECK;
    }

    private static boolean wantsReply(FeedbackJourney journey) {
        return Boolean.FALSE.equals(journey.getAnonymous());
    }

    private static boolean repliesBy(FeedbackJourney journey, ContactMethod method) {
        return wantsReply(journey) && journey.getContactMethod() == method;
    }
}
