package org.councilfeedback.intake.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.councilfeedback.intake.InvalidField;

/**
 * What is wrong with the answers on one page, in page order: for the error summary (each message links to its field)
 * and for the message shown next to each field.
 */
final class PageErrors {

    /** Form field ids for the fields {@code SubmissionRules} names; other names are used as they are. */
    private static final Map<String, String> INPUT_IDS = Map.ofEntries(
            Map.entry("contact", "anonymous"),
            Map.entry("anonymous", "anonymous"),
            Map.entry("contact.name", "name"),
            Map.entry("contact.preferredContactMethod", "contactMethod"),
            Map.entry("contact.email", "email"),
            Map.entry("contact.phone", "phone"),
            Map.entry("contact.address.line1", "addressLine1"),
            Map.entry("contact.address.line2", "addressLine2"),
            Map.entry("contact.address.townOrCity", "townOrCity"),
            Map.entry("contact.address.postcode", "postcode"),
            Map.entry("onBehalfOf.name", "theirName"),
            Map.entry("onBehalfOf.relationship", "relationship"),
            Map.entry("onBehalfOf.consentGiven", "theirConsent"),
            Map.entry("eventDate", "eventDate"));

    /** One message: the field it is about, the message, and where the error summary links to. */
    record Item(String id, String message, String href) {}

    private final List<Item> items = new ArrayList<>();

    static PageErrors none() {
        return new PageErrors();
    }

    /** A message about the field with this id, linking to it. */
    PageErrors add(String id, String message) {
        return add(id, message, "#" + id);
    }

    PageErrors add(String id, String message, String href) {
        if (of(id) == null) {
            items.add(new Item(id, message, href));
        }
        return this;
    }

    /** A broken rule, shown on the page that asks for the field. */
    PageErrors add(InvalidField invalid) {
        String id = inputId(invalid.field());
        return add(id, invalid.message(), "#" + ("eventDate".equals(id) ? "eventDate-day" : id));
    }

    static String inputId(String field) {
        return INPUT_IDS.getOrDefault(field, field);
    }

    /** The message for a field, or null when it is fine. */
    public String of(String id) {
        return items.stream().filter(item -> item.id().equals(id)).map(Item::message).findFirst().orElse(null);
    }

    public boolean any() {
        return !items.isEmpty();
    }

    public List<Item> items() {
        return List.copyOf(items);
    }
}
