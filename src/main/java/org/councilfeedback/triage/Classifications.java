package org.councilfeedback.triage;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.FeedbackStatus;
import org.councilfeedback.intake.FeedbackType;
import org.councilfeedback.organisation.CouncilProfile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff decide what a piece of feedback is: a complaint (with its process, or why the complaints procedure does not
 * apply), a compliment, a suggestion or a representation. Applies the 12-month rule, records the decision, updates the
 * feedback's type and status and publishes {@link FeedbackClassified} in the same transaction.
 */
@Service
public class Classifications {

    static final int MAX_REASON = 2000;

    private final FeedbackRecords records;
    private final ClassificationStore store;
    private final CouncilProfile profile;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Classifications(FeedbackRecords records, ClassificationStore store, CouncilProfile profile, Clock clock,
            ApplicationEventPublisher events) {
        this.records = records;
        this.store = store;
        this.profile = profile;
        this.clock = clock;
        this.events = events;
    }

    public Optional<Classification> current(FeedbackRecord record) {
        return store.find(record.id());
    }

    /**
     * Records the classification.
     *
     * @throws ClassificationException.Invalid when the request is incomplete or contradictory (nothing is stored)
     * @throws ClassificationException.NotFound when there is no such feedback
     * @throws ClassificationException.RuleBroken when the 12-month rule or a case under way stops it
     */
    @Transactional
    public Classification classify(String reference, ClassificationRequest request, String username) {
        FeedbackRecord record = records.find(reference)
                .orElseThrow(() -> new ClassificationException.NotFound("No feedback with that reference that you can see"));
        String reason = validate(request, record);
        Optional<Classification> current = store.findForUpdate(record.id());
        if (current.isPresent() && current.get().type() == FeedbackType.COMPLAINT && current.get().process() != null) {
            throw new ClassificationException.RuleBroken(record.reference() + " is already being handled as a complaint under the "
                    + words(current.get().process()) + " procedure, so it cannot be classified again.");
        }
        if (record.status() == FeedbackStatus.CLOSED) {
            throw new ClassificationException.RuleBroken(record.reference() + " is closed and cannot be classified again.");
        }
        boolean outOfTime = outOfTime(record);
        if (request.type() == FeedbackType.COMPLAINT && request.process() != null && outOfTime && !request.outOfTimeAccepted()) {
            throw new ClassificationException.RuleBroken("What happened (" + record.eventDate() + ") was more than 12 months "
                    + "before we received the complaint (" + receivedOn(record) + "). Accept it out of time with a reason "
                    + "(acceptOutOfTime), for example because the person only became aware of it within the last 12 months, "
                    + "or exclude it as OUT_OF_TIME.");
        }
        Instant now = clock.instant();
        Classification classification = new Classification(request.type(), record.chosenType(), request.process(),
                request.exclusion(), reason, request.outOfTimeAccepted() && outOfTime, username, now);
        try {
            store.save(record.id(), classification, current.isEmpty());
        } catch (DuplicateKeyException raced) {
            throw new ClassificationException.RuleBroken("Someone else classified " + record.reference()
                    + " at the same moment; look at it again before changing it.");
        }
        records.changeType(record.reference(), request.type());
        records.changeStatus(record.reference(), request.exclusion() != null ? FeedbackStatus.SIGNPOSTED : FeedbackStatus.IN_PROGRESS);
        records.recordOnTimeline(record.reference(), username, current.isEmpty() ? "Classified" : "Reclassified",
                describe(classification));
        events.publishEvent(new FeedbackClassified(record.reference(), classification.type(), classification.chosenType(),
                classification.process(), classification.exclusion(), reason, classification.outOfTimeAccepted(),
                username, now));
        return classification;
    }

    private static String validate(ClassificationRequest request, FeedbackRecord record) {
        List<ClassificationException.FieldError> errors = new ArrayList<>();
        FeedbackType type = request.type();
        if (type == null || type == FeedbackType.NOT_SURE) {
            errors.add(new ClassificationException.FieldError("type",
                    "Choose the type: COMPLAINT, COMPLIMENT, SUGGESTION or REPRESENTATION"));
        } else if (type == FeedbackType.COMPLAINT) {
            if (request.process() == null && request.exclusion() == null) {
                errors.add(new ClassificationException.FieldError("process",
                        "Choose the complaints process, or the exclusion when the complaints procedure does not apply"));
            } else if (request.process() != null && request.exclusion() != null) {
                errors.add(new ClassificationException.FieldError("exclusion",
                        "Choose either a process or an exclusion, not both"));
            }
        } else {
            if (request.process() != null) {
                errors.add(new ClassificationException.FieldError("process", "Only a complaint has a process"));
            }
            if (request.exclusion() != null) {
                errors.add(new ClassificationException.FieldError("exclusion", "Only a complaint has an exclusion"));
            }
        }
        if (request.outOfTimeAccepted() && request.exclusion() == Exclusion.OUT_OF_TIME) {
            errors.add(new ClassificationException.FieldError("acceptOutOfTime",
                    "A complaint accepted out of time cannot also be excluded as out of time"));
        }
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        boolean typeDiffers = type != null && record.chosenType() != FeedbackType.NOT_SURE && record.chosenType() != type;
        if (reason == null) {
            if (request.exclusion() != null) {
                errors.add(new ClassificationException.FieldError("reason", "Give the reason the complaints procedure does not apply"));
            } else if (request.outOfTimeAccepted()) {
                errors.add(new ClassificationException.FieldError("reason", "Give the reason for accepting the complaint out of time"));
            } else if (typeDiffers) {
                errors.add(new ClassificationException.FieldError("reason", "Give the reason it is a "
                        + words(type) + " when the person chose " + words(record.chosenType())));
            }
        } else if (reason.codePointCount(0, reason.length()) > MAX_REASON) {
            errors.add(new ClassificationException.FieldError("reason", "Enter " + MAX_REASON + " characters or fewer"));
        } else if (reason.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t' || ch == 0x7f)) {
            errors.add(new ClassificationException.FieldError("reason", "Remove the control characters from the reason"));
        }
        if (!errors.isEmpty()) {
            throw new ClassificationException.Invalid(errors);
        }
        return reason;
    }

    /** The 12-month rule: what happened was more than 12 months before the feedback was received. */
    private boolean outOfTime(FeedbackRecord record) {
        return record.eventDate() != null && record.eventDate().isBefore(receivedOn(record).minusMonths(12));
    }

    private LocalDate receivedOn(FeedbackRecord record) {
        return LocalDate.ofInstant(record.receivedAt(), profile.timeZone());
    }

    private static String describe(Classification c) {
        StringBuilder text = new StringBuilder(words(c.type()));
        if (c.process() != null) {
            text.append(" – ").append(words(c.process())).append(" procedure");
        }
        if (c.exclusion() != null) {
            text.append(" – the complaints procedure does not apply: ").append(words(c.exclusion()));
        }
        text.append('.');
        if (c.outOfTimeAccepted()) {
            text.append(" Accepted although more than 12 months old.");
        }
        if (c.reason() != null) {
            text.append(" Reason: ").append(c.reason());
        }
        return text.toString();
    }

    static String words(Enum<?> value) {
        String text = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
