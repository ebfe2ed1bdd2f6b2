package org.councilfeedback.intake.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.councilfeedback.access.CaseAccess;
import org.councilfeedback.access.CaseViewer;
import org.councilfeedback.access.CaseVisibility;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.intake.FeedbackSummary;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Feedback as the signed-in member of staff may see it: a case they may not see does not exist for them (404), and
 * the member of staff a case is about sees it without the complainant's details.
 */
@Component
class VisibleCases {

    private final FeedbackRecords records;
    private final CaseVisibility visibility;

    VisibleCases(FeedbackRecords records, CaseVisibility visibility) {
        this.records = records;
        this.visibility = visibility;
    }

    /** A record the viewer may see, with how much of it. */
    record Visible(FeedbackRecord record, CaseAccess access) {

        /** The details map with what the viewer may not see taken out. */
        Map<String, Object> redact(Map<String, Object> details) {
            return access.canSeePersonalData() ? details : CaseVisibility.redact(details, access);
        }
    }

    Optional<Visible> find(String reference, Authentication authentication) {
        return records.find(reference).flatMap(record -> {
            CaseAccess access = visibility.accessTo(CaseViewer.of(authentication), record.reference());
            if (!access.canSeeCase()) {
                return Optional.empty();
            }
            return Optional.of(new Visible(access.canSeePersonalData() ? record : withoutPersonalData(record), access));
        });
    }

    /** The rows of a result the viewer may see. */
    List<FeedbackSummary> filter(List<FeedbackSummary> items, Authentication authentication) {
        var access = visibility.accessTo(CaseViewer.of(authentication),
                items.stream().map(FeedbackSummary::reference).toList());
        return items.stream().filter(item -> access.get(item.reference()).canSeeCase())
                .map(item -> access.get(item.reference()).canSeePersonalData() ? item
                        : new FeedbackSummary(item.reference(), item.type(), item.status(), item.channel(),
                                item.receivedAt(), item.serviceArea(), null, item.dueBy(), item.acknowledged()))
                .toList();
    }

    private static FeedbackRecord withoutPersonalData(FeedbackRecord r) {
        return new FeedbackRecord(r.id(), r.reference(), r.type(), r.chosenType(), r.status(), r.channel(),
                r.receivedAt(), r.clockStart(), r.recordedBy(), r.serviceArea(), r.description(), r.desiredOutcome(),
                r.eventDate(), r.anonymous(), null, null, r.acknowledgement());
    }
}
