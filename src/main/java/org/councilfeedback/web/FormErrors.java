package org.councilfeedback.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with a submitted form, field by field in the order the fields appear, for the error summary and the
 * message beside each field. The field name is also the id of the input the summary links to.
 */
public final class FormErrors {

    private final Map<String, String> messages = new LinkedHashMap<>();

    /** A field and what to do about it. */
    public record FieldError(String field, String message) {}

    /** Adds the message unless the field already has one (the first problem is the one to fix first). */
    public FormErrors add(String field, String message) {
        messages.putIfAbsent(field, message);
        return this;
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    /** The message for the field, or null. */
    public String message(String field) {
        return messages.get(field);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }

    public List<FieldError> all() {
        List<FieldError> all = new ArrayList<>();
        messages.forEach((field, message) -> all.add(new FieldError(field, message)));
        return all;
    }
}
