package org.councilfeedback.representations.web;

import java.time.Instant;
import java.util.List;
import org.councilfeedback.intake.FeedbackRecord;
import org.councilfeedback.intake.FeedbackRecords;
import org.councilfeedback.representations.RepresentationException;
import org.councilfeedback.representations.SimilarFeedback;
import org.councilfeedback.web.CasePanel;
import org.councilfeedback.web.CasePanels;
import org.councilfeedback.web.StaffMember;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The "Similar feedback" panel of the case page, for every type: other feedback whose text is like this one's (for
 * representations, in the same policy area), most similar first, so that staff spot duplicates and repeat contacts.
 * Only what the member of staff may see is listed; nothing is shown when they may not see this feedback's similar ones.
 */
@Component
class SimilarFeedbackPanels implements CasePanels {

    static final String TEMPLATE = "staff/types/similar";

    private final SimilarFeedback similar;
    private final FeedbackRecords records;

    SimilarFeedbackPanels(SimilarFeedback similar, FeedbackRecords records) {
        this.similar = similar;
        this.records = records;
    }

    /** One similar piece of feedback, with its similarity as a percentage. */
    record Item(String reference, String type, String summary, Instant receivedAt, int percent) {}

    /** What the panel shows. */
    record Panel(List<Item> items) {}

    @Override
    public List<CasePanel> panels(String reference, String type, Authentication viewer) {
        StaffMember staff = StaffMember.of(viewer);
        List<SimilarFeedback.Similar> found;
        try {
            found = similar.similarTo(reference, new SimilarFeedback.Viewer(staff.username(), staff.authorities()));
        } catch (RepresentationException e) {
            return List.of();
        }
        List<Item> items = found.stream().flatMap(item -> records.find(item.reference()).stream()
                .map((FeedbackRecord record) -> new Item(record.reference(), record.type().name(),
                        RepresentationPages.summary(record.description()), record.receivedAt(),
                        (int) Math.round(item.similarity() * 100))))
                .toList();
        return List.of(CasePanel.of(TEMPLATE, 90, new Panel(items)));
    }
}
