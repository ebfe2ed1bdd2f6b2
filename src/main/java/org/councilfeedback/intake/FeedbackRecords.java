package org.councilfeedback.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading feedback and adding to its timeline: the intake module's API for the rest of the application. */
@Service
public class FeedbackRecords {

    /** What replaces personal data and free text when feedback is anonymised. */
    public static final String ANONYMISED = "[anonymised]";

    private final FeedbackStore store;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FeedbackRecords(FeedbackStore store, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.clock = clock;
        this.events = events;
    }

    public Optional<FeedbackRecord> find(String reference) {
        return Reference.parse(reference).flatMap(ref -> store.find(ref.value()));
    }

    public List<TimelineEntry> timeline(FeedbackRecord record) {
        return store.timeline(record.id());
    }

    public SearchResult search(FeedbackSearch search) {
        return store.search(search);
    }

    public List<FeedbackSummary> unclassified(int limit) {
        return store.unclassified(limit);
    }

    public long countUnclassified() {
        return store.countUnclassified();
    }

    /** Acknowledgements still to do that fall due between the two dates (inclusive). */
    public List<FeedbackSummary> acknowledgementsDue(LocalDate from, LocalDate to, int limit) {
        return store.acknowledgementsDue(from, to, limit);
    }

    /** Adds a line to the feedback's timeline. */
    @Transactional
    public void recordOnTimeline(String reference, String actor, String event, String detail) {
        long id = store.idOf(reference).orElseThrow(() -> new IllegalArgumentException("No feedback " + reference));
        store.addTimeline(id, new TimelineEntry(clock.instant(), actor, event, detail));
    }

    /** Records that the acknowledgement went out; only the first call counts. */
    @Transactional
    public void markAcknowledged(String reference, Instant at, String actor, String detail) {
        if (store.markAcknowledged(reference, at)) {
            long id = store.idOf(reference).orElseThrow();
            store.addTimeline(id, new TimelineEntry(at, actor, "Acknowledged", detail));
        }
    }

    @Transactional
    public void changeStatus(String reference, FeedbackStatus status) {
        store.updateStatus(reference, status);
    }

    @Transactional
    public void changeType(String reference, FeedbackType type) {
        store.updateType(reference, type);
    }

    /**
     * Replaces the feedback's personal data and free text (names, email, phone, address, description, desired outcome,
     * timeline details) with {@link #ANONYMISED}, keeping what statistics need (type, channel, dates, service area,
     * status). Publishes {@link FeedbackAnonymised} so other modules can do the same. False when already anonymised.
     */
    @Transactional
    public boolean anonymise(String reference) {
        Instant now = clock.instant();
        if (!store.anonymise(reference, ANONYMISED, now)) {
            return false;
        }
        events.publishEvent(new FeedbackAnonymised(reference, now));
        return true;
    }

    public boolean isAnonymised(String reference) {
        return store.isAnonymised(reference);
    }

    /**
     * Feedback that is closed or signposted, not yet anonymised, and whose last timeline entry is before {@code before},
     * in id order after {@code afterId} (for paging through it).
     */
    public List<ClosedFeedback> closedBefore(Instant before, long afterId, int limit) {
        return store.closedBefore(before, afterId, limit);
    }
}
