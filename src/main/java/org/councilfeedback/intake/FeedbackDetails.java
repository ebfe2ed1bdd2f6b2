package org.councilfeedback.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The whole record as the API shows it ({@code GET /api/v1/feedback/{reference}}): intake's fields, what other modules
 * add through {@link FeedbackDetailsContributor}s, and the timeline. Other modules' endpoints that answer with "the
 * whole record" use it, so that every answer has the same shape.
 */
@Service
public class FeedbackDetails {

    private final FeedbackRecords records;
    private final ObjectProvider<FeedbackDetailsContributor> contributors;

    FeedbackDetails(FeedbackRecords records, ObjectProvider<FeedbackDetailsContributor> contributors) {
        this.records = records;
        this.contributors = contributors;
    }

    public Optional<Map<String, Object>> find(String reference) {
        return records.find(reference).map(this::of);
    }

    public Map<String, Object> of(FeedbackRecord record) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("reference", record.reference());
        json.put("type", record.type());
        json.put("chosenType", record.chosenType());
        json.put("status", record.status());
        json.put("channel", record.channel());
        json.put("receivedAt", record.receivedAt());
        json.put("recordedBy", record.recordedBy());
        json.put("serviceArea", record.serviceArea());
        json.put("description", record.description());
        json.put("desiredOutcome", record.desiredOutcome());
        json.put("eventDate", record.eventDate());
        json.put("anonymous", record.anonymous());
        json.put("contact", record.contact());
        json.put("onBehalfOf", record.onBehalfOf());
        json.put("acknowledgement", record.acknowledgement());
        json.put("process", null);
        json.put("exclusion", null);
        json.put("assignedTo", null);
        json.put("stages", List.of());
        json.put("flags", List.of());
        contributors.orderedStream().forEach(contributor -> contributor.contribute(record, json));
        json.put("timeline", records.timeline(record));
        return json;
    }
}
