package org.councilfeedback.intake.web;

import jakarta.servlet.http.HttpSession;

/**
 * Where the journey lives: one session attribute. Sessions are stored in the database and an attribute is written
 * back only when it is set, so every change is saved with {@link #save}.
 */
final class Journeys {

    private Journeys() {
    }

    static FeedbackJourney current(HttpSession session) {
        return session.getAttribute(FeedbackJourney.SESSION_ATTRIBUTE) instanceof FeedbackJourney journey ? journey : null;
    }

    static void save(HttpSession session, FeedbackJourney journey) {
        session.setAttribute(FeedbackJourney.SESSION_ATTRIBUTE, journey);
    }
}
