package org.councilfeedback.intake.web;

import org.councilfeedback.intake.FeedbackType;

/** A question whose wording depends on earlier answers: its text (the page heading) and its hint. */
record Question(String text, String hint) {

    /** "What happened?" asked the way that suits the kind of feedback. */
    static Question describing(FeedbackType type) {
        if (type == null) {
            type = FeedbackType.NOT_SURE;
        }
        return switch (type) {
            case COMPLAINT -> new Question("What happened?",
                    "Tell us what went wrong, who was involved and how it has affected you or the person you are giving feedback for.");
            case COMPLIMENT -> new Question("What would you like to thank us for?",
                    "Tell us who or what you would like to praise or thank, so that we can pass it on.");
            case SUGGESTION -> new Question("What is your suggestion?",
                    "Tell us your idea and the difference it would make.");
            case REPRESENTATION -> new Question("What would you like to say about our policy or procedure?",
                    "Tell us which policy, procedure or service it is about and why you think it should change.");
            case NOT_SURE -> new Question("What would you like to tell us?",
                    "Tell us what it is about, what happened and who was involved.");
        };
    }
}
