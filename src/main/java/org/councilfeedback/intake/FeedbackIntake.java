package org.councilfeedback.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import org.councilfeedback.organisation.CouncilProfile;
import org.councilfeedback.timescales.WorkingDayCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in feedback from every channel: checks it, gives it a reference, works out how and by when it must be
 * acknowledged, and stores it together with its {@link FeedbackReceived} event in one short transaction.
 */
@Service
public class FeedbackIntake {

    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final FeedbackStore store;
    private final SubmissionRules rules;
    private final WorkingDayCalendar calendar;
    private final CouncilProfile profile;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    FeedbackIntake(FeedbackStore store, SubmissionRules rules, WorkingDayCalendar calendar, CouncilProfile profile,
            Clock clock, ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.store = store;
        this.rules = rules;
        this.calendar = calendar;
        this.profile = profile;
        this.clock = clock;
        this.events = events;
        this.transactions = transactions;
    }

    /** The outcome of a submission: the receipt, and whether it was a replay of an earlier request. */
    public record Outcome(Receipt receipt, boolean replayed) {}

    /**
     * Stores the submission, or with an idempotency key seen before returns the original receipt.
     *
     * @throws InvalidSubmissionException when it breaks a rule (nothing is stored)
     * @throws IdempotencyConflictException when the key was used before with a different body
     */
    public Outcome submit(FeedbackSubmission submission, Submitter submitter, String idempotencyKey) {
        if (idempotencyKey == null) {
            return new Outcome(store(submission, submitter, null, null), false);
        }
        String hash = hash(submission);
        String scope = submitter.idempotencyScope();
        var earlier = store.findIdempotency(scope, idempotencyKey);
        if (earlier.isPresent()) {
            return replay(earlier.get(), hash);
        }
        try {
            return new Outcome(store(submission, submitter, idempotencyKey, hash), false);
        } catch (DuplicateKeyException raced) {
            // Another request with the same key committed first: answer as it did.
            return replay(store.findIdempotency(scope, idempotencyKey).orElseThrow(() -> raced), hash);
        }
    }

    private Outcome replay(FeedbackStore.IdempotencyRecord earlier, String hash) {
        if (!earlier.requestHash().equals(hash)) {
            throw new IdempotencyConflictException();
        }
        FeedbackRecord record = store.find(earlier.reference()).orElseThrow();
        return new Outcome(receiptOf(record), true);
    }

    private Receipt store(FeedbackSubmission submission, Submitter submitter, String idempotencyKey, String hash) {
        rules.require(submission, submitter.staff());
        Instant now = clock.instant();
        Instant receivedAt = submitter.staff() && submission.receivedAt() != null ? submission.receivedAt() : now;
        Channel channel = submission.channelOrDefault();
        ContactMethod replyMethod = SubmissionRules.replyMethod(submission).orElse(null);
        Acknowledgement acknowledgement = acknowledgementFor(channel, receivedAt, replyMethod, submission.givenAnonymously());
        LocalDate clockStart = calendar.clockStart(receivedAt);
        return transactions.execute(tx -> {
            long number = store.nextNumber();
            int year = receivedAt.atZone(profile.timeZone()).getYear();
            String reference = Reference.of(profile.referencePrefix(), year, number).value();
            NewFeedback feedback = new NewFeedback(number, reference, submission.typeOrDefault(), channel, receivedAt,
                    clockStart, submitter.staff() ? submitter.username() : null, submission.serviceArea(),
                    submission.description(), submission.desiredOutcome(), submission.eventDate(),
                    submission.givenAnonymously(), submission.givenAnonymously() ? null : submission.contact(), replyMethod,
                    submission.onBehalfOf(), acknowledgement, now);
            store.insert(feedback);
            store.addTimeline(number, new TimelineEntry(now, submitter.actor(), "Received", receivedDetail(feedback)));
            if (idempotencyKey != null) {
                store.insertIdempotency(submitter.idempotencyScope(), idempotencyKey, hash, reference, 201, now);
            }
            ContactDetails contact = feedback.contact();
            events.publishEvent(new FeedbackReceived(reference, feedback.type(), channel, receivedAt,
                    feedback.serviceArea(), acknowledgement.method(), acknowledgement.dueBy(),
                    acknowledgement.sentAt() != null, contact == null ? null : contact.name(),
                    contact == null ? null : contact.email(), contact == null ? null : contact.phone(),
                    contact == null ? null : asStored(contact.address())));
            return new Receipt(reference, feedback.type(), FeedbackStatus.RECEIVED, channel, receivedAt, acknowledgement);
        });
    }

    /**
     * Online: acknowledged on screen at once, due the day it is received. Anything else: within the profile's working
     * days of the day the clock starts (core-hours rule). Anonymous feedback cannot be acknowledged.
     */
    Acknowledgement acknowledgementFor(Channel channel, Instant receivedAt, ContactMethod replyMethod, boolean anonymous) {
        if (anonymous || replyMethod == null) {
            return new Acknowledgement(AcknowledgementMethod.NONE, null, null);
        }
        if (channel == Channel.ONLINE) {
            return new Acknowledgement(AcknowledgementMethod.of(replyMethod),
                    receivedAt.atZone(profile.timeZone()).toLocalDate(), receivedAt);
        }
        return new Acknowledgement(AcknowledgementMethod.of(replyMethod),
                calendar.dueBy(receivedAt, profile.acknowledgementWorkingDays()), null);
    }

    private String receivedDetail(NewFeedback feedback) {
        String when = feedback.receivedAt().atZone(profile.timeZone()).format(RECEIVED);
        String how = switch (feedback.channel()) {
            case ONLINE -> feedback.recordedBy() == null ? "Given online" : "Given online with help from " + feedback.recordedBy();
            case PHONE -> "Phone call recorded by " + feedback.recordedBy();
            case EMAIL -> "Email recorded by " + feedback.recordedBy();
            case LETTER -> "Letter recorded by " + feedback.recordedBy();
            case FACE_TO_FACE -> "Face-to-face conversation recorded by " + feedback.recordedBy();
            case COUNCILLOR -> "Passed on by a councillor, recorded by " + feedback.recordedBy();
        };
        return how + ", received " + when + ".";
    }

    /** The address as it is stored and printed: postcode in Royal Mail's format. */
    private static Address asStored(Address address) {
        if (address == null || address.isEmpty()) {
            return null;
        }
        return new Address(address.line1(), address.line2(), address.townOrCity(),
                Text.isBlank(address.postcode()) ? null : SubmissionRules.formatPostcode(address.postcode()));
    }

    static Receipt receiptOf(FeedbackRecord record) {
        return new Receipt(record.reference(), record.type(), record.status(), record.channel(), record.receivedAt(),
                record.acknowledgement());
    }

    private static String hash(FeedbackSubmission submission) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(submission.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
