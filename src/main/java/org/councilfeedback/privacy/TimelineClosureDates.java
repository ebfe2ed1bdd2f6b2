package org.councilfeedback.privacy;

import java.time.Instant;
import java.util.List;
import org.councilfeedback.intake.FeedbackRecords;

/** The default closure dates: status CLOSED or SIGNPOSTED, closed when its last timeline entry was made. */
class TimelineClosureDates implements ClosureDates {

    private final FeedbackRecords records;

    TimelineClosureDates(FeedbackRecords records) {
        this.records = records;
    }

    @Override
    public List<ClosedCase> closedBefore(Instant before, long afterId, int limit) {
        return records.closedBefore(before, afterId, limit).stream()
                .map(closed -> new ClosedCase(closed.id(), closed.reference(), closed.type(), closed.lastActivityAt()))
                .toList();
    }
}
