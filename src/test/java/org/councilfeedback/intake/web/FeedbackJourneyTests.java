package org.councilfeedback.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import org.councilfeedback.intake.AcknowledgementMethod;
import org.councilfeedback.intake.ContactMethod;
import org.councilfeedback.intake.FeedbackSubmission;
import org.councilfeedback.intake.FeedbackType;
import org.junit.jupiter.api.Test;

/** The journey's answers as kept in the (database-stored) session, and the submission they make. */
class FeedbackJourneyTests {

    @Test
    void survivesBeingStoredWithTheSessionAndStaysSmall() throws Exception {
        FeedbackJourney journey = complaintByEmail();
        byte[] bytes = serialise(journey);
        assertThat(bytes.length).isLessThan(3_000);
        FeedbackJourney read = (FeedbackJourney) new ObjectInputStream(new ByteArrayInputStream(bytes)).readObject();
        assertThat(read.toSubmission()).isEqualTo(journey.toSubmission());
        assertThat(read.getIdempotencyKey()).isEqualTo(journey.getIdempotencyKey());
    }

    @Test
    void sendsOnlyTheContactDetailForTheChosenReplyMethod() {
        FeedbackJourney journey = complaintByEmail();
        journey.setPhone("01632 960 001");
        journey.setContactMethod(ContactMethod.PHONE);
        FeedbackSubmission submission = journey.toSubmission();
        assertThat(submission.contact().phone()).isEqualTo("01632 960 001");
        assertThat(submission.contact().email()).isNull();
        assertThat(submission.contact().address()).isNull();
    }

    @Test
    void anAnonymousSubmissionHasNoContactEvenIfDetailsWereTypedEarlier() {
        FeedbackJourney journey = complaintByEmail();
        journey.setAnonymous(true);
        assertThat(journey.toSubmission().givenAnonymously()).isTrue();
        assertThat(journey.toSubmission().contact()).isNull();
    }

    @Test
    void onceSentKeepsOnlyWhatTheConfirmationNeeds() throws Exception {
        FeedbackJourney sent = complaintByEmail().sentAs("FB-2026-000001", AcknowledgementMethod.EMAIL, LocalDate.of(2026, 11, 23));
        assertThat(sent.isSent()).isTrue();
        assertThat(sent.getReference()).isEqualTo("FB-2026-000001");
        assertThat(sent.getDescription()).isNull();
        assertThat(sent.getName()).isNull();
        assertThat(sent.getEmail()).isNull();
        assertThat(new String(serialise(sent), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("sam@example.org");
    }

    @Test
    void aCopyCanBeChangedWithoutChangingTheOriginal() {
        FeedbackJourney journey = complaintByEmail();
        FeedbackJourney copy = journey.copy();
        copy.setName("Someone else");
        assertThat(journey.getName()).isEqualTo("Sam Smith");
        assertThat(copy.getIdempotencyKey()).isEqualTo(journey.getIdempotencyKey());
    }

    private static FeedbackJourney complaintByEmail() {
        FeedbackJourney journey = new FeedbackJourney();
        journey.setAbout(FeedbackJourney.About.FEEDBACK);
        journey.setType(FeedbackType.COMPLAINT);
        journey.setServiceArea("highways");
        journey.setDescription("A pothole");
        journey.setEventDate(null);
        journey.setDesiredOutcome("");
        journey.setForSomeoneElse(false);
        journey.setAnonymous(false);
        journey.setName("Sam Smith");
        journey.setContactMethod(ContactMethod.EMAIL);
        journey.setEmail("sam@example.org");
        return journey;
    }

    private static byte[] serialise(Object object) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        return bytes.toByteArray();
    }
}
