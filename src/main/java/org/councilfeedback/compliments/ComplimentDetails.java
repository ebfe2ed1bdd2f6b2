package org.councilfeedback.compliments;

import java.util.LinkedHashMap;
import java.util.Map;
import org.councilfeedback.intake.FeedbackDetailsContributor;
import org.councilfeedback.intake.FeedbackRecord;
import org.springframework.stereotype.Component;

/** Adds {@code compliment} to a feedback record's details: who or what is praised and when it was passed on. */
@Component
class ComplimentDetails implements FeedbackDetailsContributor {

    private final ComplimentStore store;

    ComplimentDetails(ComplimentStore store) {
        this.store = store;
    }

    @Override
    public void contribute(FeedbackRecord record, Map<String, Object> details) {
        store.find(record.reference()).ifPresent(compliment -> details.put("compliment", json(compliment)));
    }

    static Map<String, Object> json(Compliment compliment) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("praised", compliment.praised());
        json.put("serviceArea", compliment.serviceArea());
        json.put("recordedBy", compliment.recordedBy());
        json.put("passedOnAt", compliment.passedOnAt());
        json.put("passedOnTo", compliment.passedOnTo());
        return json;
    }
}
