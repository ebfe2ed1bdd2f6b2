package org.councilfeedback.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.councilfeedback.intake.ContactMethod;

/**
 * A decision under the Customer Handling Policy: how the council will handle a person's contact, why, who decided,
 * from when and until which review. It never blocks new contact: new feedback is still recorded and checked.
 */
public record HandlingRestriction(
        long id,
        long personId,
        String reason,
        List<Term> terms,
        String decidedBy,
        LocalDate startsOn,
        LocalDate reviewOn,
        Status status,
        LocalDate endedOn,
        Instant createdAt,
        Letter letter,
        List<Review> reviews) {

    public enum Status { ACTIVE, ENDED }

    /** One restriction: its kind (a code from the profile), what staff see, and any detail (who, when). */
    public record Term(String code, String label, String detail) {

        public String describe() {
            return detail == null || detail.isBlank() ? label : label + ": " + detail;
        }
    }

    /** How the person was told: the method and the outgoing message, or why it could not be sent. */
    public record Letter(ContactMethod method, Long messageId, String notSentReason) {}

    /** A recorded review. */
    public record Review(long id, ReviewDecision decision, String reason, String decidedBy, Instant decidedAt,
            LocalDate nextReviewOn) {}

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    public boolean reviewOverdue(LocalDate today) {
        return isActive() && reviewOn.isBefore(today);
    }
}
