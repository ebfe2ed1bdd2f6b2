package org.councilfeedback.triage;

import java.util.LinkedHashMap;
import java.util.Map;
import org.councilfeedback.intake.FeedbackDetailsContributor;
import org.councilfeedback.intake.FeedbackRecord;
import org.springframework.stereotype.Component;

/** Adds {@code process}, {@code exclusion} and the {@code classification} itself to the feedback record. */
@Component
class ClassificationDetailsContributor implements FeedbackDetailsContributor {

    private final ClassificationStore store;

    ClassificationDetailsContributor(ClassificationStore store) {
        this.store = store;
    }

    @Override
    public void contribute(FeedbackRecord record, Map<String, Object> details) {
        store.find(record.id()).ifPresent(c -> {
            details.put("process", c.process());
            details.put("exclusion", c.exclusion());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("type", c.type());
            json.put("process", c.process());
            json.put("exclusion", c.exclusion());
            json.put("reason", c.reason());
            json.put("outOfTimeAccepted", c.outOfTimeAccepted());
            json.put("classifiedBy", c.classifiedBy());
            json.put("classifiedAt", c.classifiedAt());
            details.put("classification", json);
        });
    }
}
