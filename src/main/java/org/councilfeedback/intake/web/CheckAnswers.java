package org.councilfeedback.intake.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.organisation.CouncilProfile;

/** The "check your answers" page: the answers in sections, each row with a link to the page that asks it. */
record CheckAnswers(List<Section> sections) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** A heading and its rows. */
    record Section(String heading, List<Row> rows) {}

    /** A question, the answer as given, the page that asks it, and what "Change" changes (for screen readers). */
    record Row(String key, String value, String href, String hidden) {}

    CheckAnswers(FeedbackJourney answers, CouncilProfile council) {
        this(sections(answers, council));
    }

    private static List<Section> sections(FeedbackJourney a, CouncilProfile council) {
        List<Section> sections = new ArrayList<>();

        List<Row> feedback = new ArrayList<>();
        feedback.add(row("Kind of feedback", typeText(a), Step.TYPE, "the kind of feedback"));
        feedback.add(row("Service", a.getServiceArea() == null || a.getServiceArea().isEmpty() ? "I'm not sure"
                : council.serviceAreaName(a.getServiceArea()), Step.SERVICE_AREA, "the service"));
        feedback.add(row("Your feedback", a.getDescription(), Step.WHAT_HAPPENED, "your feedback"));
        feedback.add(row("When it happened", a.getEventDate() == null ? "Not given" : a.getEventDate().format(DATE),
                Step.WHEN, "when it happened"));
        feedback.add(row("What you would like us to do", blank(a.getDesiredOutcome()) ? "Not given" : a.getDesiredOutcome(),
                Step.OUTCOME, "what you would like us to do"));
        sections.add(new Section("Your feedback", feedback));

        List<Row> whoFor = new ArrayList<>();
        whoFor.add(row("Giving feedback for someone else", Boolean.TRUE.equals(a.getForSomeoneElse()) ? "Yes" : "No",
                Step.SOMEONE_ELSE, "whether you are giving feedback for someone else"));
        if (Boolean.TRUE.equals(a.getForSomeoneElse())) {
            whoFor.add(row("Their name", a.getTheirName(), Step.THEIR_DETAILS, "their name"));
            whoFor.add(row("Your relationship to them", a.getRelationship(), Step.THEIR_DETAILS, "your relationship to them"));
            whoFor.add(row("They have agreed", Boolean.TRUE.equals(a.getTheirConsent()) ? "Yes" : "No, or they cannot agree",
                    Step.THEIR_DETAILS, "whether they have agreed"));
        }
        sections.add(new Section("Who it is for", whoFor));

        List<Row> contact = new ArrayList<>();
        boolean anonymous = Boolean.TRUE.equals(a.getAnonymous());
        contact.add(row("Contact details", anonymous ? "None, I want to stay anonymous" : "I will give my contact details",
                Step.REPLY, "whether you give contact details"));
        if (!anonymous) {
            contact.add(row("Your name", a.getName(), Step.NAME, "your name"));
            contact.add(row("How to contact you", methodText(a.getContactMethod()), Step.CONTACT_METHOD,
                    "how to contact you"));
            if (a.getContactMethod() == ContactMethod.EMAIL) {
                contact.add(row("Email address", a.getEmail(), Step.EMAIL, "your email address"));
            } else if (a.getContactMethod() == ContactMethod.PHONE) {
                contact.add(row("Telephone number", a.getPhone(), Step.PHONE, "your telephone number"));
            } else if (a.getContactMethod() == ContactMethod.LETTER) {
                contact.add(row("Address", address(a), Step.ADDRESS, "your address"));
            }
        }
        sections.add(new Section("Your contact details", contact));
        return List.copyOf(sections);
    }

    private static Row row(String key, String value, Step step, String hidden) {
        return new Row(key, value, step.path(), hidden);
    }

    private static String typeText(FeedbackJourney a) {
        if (a.getType() == null) {
            return "";
        }
        return switch (a.getType()) {
            case COMPLAINT -> "Complaint";
            case COMPLIMENT -> "Compliment";
            case SUGGESTION -> "Suggestion";
            case REPRESENTATION -> "Representation";
            case NOT_SURE -> "I'm not sure";
        };
    }

    private static String methodText(ContactMethod method) {
        if (method == null) {
            return "";
        }
        return switch (method) {
            case EMAIL -> "Email";
            case LETTER -> "Letter";
            case PHONE -> "Phone";
        };
    }

    private static String address(FeedbackJourney a) {
        List<String> lines = new ArrayList<>();
        for (String line : new String[] {a.getAddressLine1(), a.getAddressLine2(), a.getTownOrCity(), a.getPostcode()}) {
            if (!blank(line)) {
                lines.add(line);
            }
        }
        return String.join("\n", lines);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
