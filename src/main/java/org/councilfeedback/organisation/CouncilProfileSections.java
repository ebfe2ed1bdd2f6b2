package org.councilfeedback.organisation;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * Binds one section of the council profile YAML (e.g. {@code procedures} or {@code policy-areas}) to a module's own
 * configuration record, so each module owns the shape of its part of the profile.
 */
public final class CouncilProfileSections {

    private final Binder binder;

    CouncilProfileSections(Binder binder) {
        this.binder = binder;
    }

    /** The section bound to {@code type}; a missing section is a configuration error. */
    public <T> T bind(String section, Class<T> type) {
        return binder.bind(section, Bindable.of(type))
                .orElseThrow(() -> new IllegalStateException("The council profile has no '" + section + "' section"));
    }

    /** The section bound to {@code type}, or {@code fallback} when the profile does not have it. */
    public <T> T bindOrElse(String section, Class<T> type, T fallback) {
        return binder.bind(section, Bindable.of(type)).orElse(fallback);
    }
}
