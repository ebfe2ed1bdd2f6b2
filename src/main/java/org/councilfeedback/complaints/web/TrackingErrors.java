package org.councilfeedback.complaints.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What is wrong with a form on the complainant's page, in the shape the public layout's error summary reads. */
public final class TrackingErrors {

    private final Map<String, String> messages = new LinkedHashMap<>();

    /** One problem, linking to its field. */
    public record Item(String href, String message) {}

    static TrackingErrors none() {
        return new TrackingErrors();
    }

    static TrackingErrors of(String field, String message) {
        TrackingErrors errors = new TrackingErrors();
        errors.messages.put(field, message);
        return errors;
    }

    public boolean any() {
        return !messages.isEmpty();
    }

    /** The message for the field, or null. */
    public String of(String field) {
        return messages.get(field);
    }

    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        messages.forEach((field, message) -> items.add(new Item("#" + field, message)));
        return items;
    }
}
