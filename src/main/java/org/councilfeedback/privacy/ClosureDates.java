package org.councilfeedback.privacy;

import java.time.Instant;
import java.util.List;
import org.councilfeedback.intake.FeedbackType;

/**
 * When feedback was closed, for the retention schedule. The default ({@link TimelineClosureDates}) takes feedback whose
 * status is CLOSED or SIGNPOSTED and the time of its last timeline entry; a module that knows better (complaints, with
 * its final responses and Ombudsman decisions) can declare its own bean, which is then used instead.
 */
public interface ClosureDates {

    /** Closed feedback, not yet anonymised, closed before {@code before}, in id order after {@code afterId}. */
    List<ClosedCase> closedBefore(Instant before, long afterId, int limit);

    /** A closed piece of feedback and when it closed. */
    record ClosedCase(long id, String reference, FeedbackType type, Instant closedAt) {}
}
