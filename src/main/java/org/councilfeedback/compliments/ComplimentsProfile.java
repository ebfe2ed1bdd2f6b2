package org.councilfeedback.compliments;

import java.util.Map;

/**
 * The {@code compliments} section of the council profile: the wording of the emails that pass a compliment on.
 * Placeholders in braces are filled in for each message.
 */
public record ComplimentsProfile(Wording wording) {

    /** Emails to the praised person and to their service's managers. */
    public record Wording(String subject, String toPerson, String toService) {}

    static String fill(String template, Map<String, String> values) {
        String text = template == null ? "" : template.trim();
        for (var entry : values.entrySet()) {
            text = text.replace("{" + entry.getKey() + "}", entry.getValue() == null ? "" : entry.getValue());
        }
        return text;
    }
}
