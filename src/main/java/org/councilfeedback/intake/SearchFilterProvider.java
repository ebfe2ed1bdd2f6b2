package org.councilfeedback.intake;

import java.util.Map;
import java.util.Optional;

/**
 * Lets the module that owns a fact offer a search filter over feedback (for example complaints: {@code process},
 * {@code assignedTo}) without intake depending on it. The condition is SQL over the {@code feedback} row (alias-free,
 * e.g. {@code id in (select …)}) with named parameters that do not clash with intake's own.
 */
public interface SearchFilterProvider {

    /** A condition for the filter, or empty when this provider does not know the filter. */
    Optional<Condition> condition(String filter, String value);

    /** An SQL condition and its parameters. */
    record Condition(String sql, Map<String, Object> parameters) {}
}
