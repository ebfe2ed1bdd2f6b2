package org.councilfeedback.representations;

import java.util.Map;
import org.councilfeedback.intake.FeedbackDetailsContributor;
import org.councilfeedback.intake.FeedbackRecord;
import org.springframework.stereotype.Component;

/** Adds {@code representation} to a feedback record's details: policy area, group, decisions. */
@Component
class RepresentationDetails implements FeedbackDetailsContributor {

    private final RepresentationStore store;
    private final RepresentationsProfile settings;

    RepresentationDetails(RepresentationStore store, RepresentationsProfile settings) {
        this.store = store;
        this.settings = settings;
    }

    @Override
    public void contribute(FeedbackRecord record, Map<String, Object> details) {
        store.find(record.reference()).ifPresent(representation -> {
            Map<String, Object> json = representation.asMap();
            settings.policyArea(representation.policyArea()).ifPresent(area -> {
                json.put("policyAreaName", area.name());
                json.put("director", area.director());
            });
            details.put("representation", json);
        });
    }
}
