package org.councilfeedback.compliments;

/**
 * Who or what is praised: a named employee (with their work email if known), a team, or a whole service area.
 * {@code serviceArea} is a code from the council profile.
 */
public record Praised(PraisedKind kind, String name, String email, String serviceArea) {

    /** How the compliment names who or what it praises, in a sentence. */
    public String describe(String serviceAreaName) {
        return switch (kind) {
            case EMPLOYEE -> name;
            case TEAM -> name == null || name.isBlank() ? "the team" : name;
            case SERVICE -> name == null || name.isBlank() ? serviceAreaName : name;
        };
    }
}
