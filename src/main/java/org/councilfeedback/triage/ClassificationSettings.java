package org.councilfeedback.triage;

import java.util.Map;

/** The {@code classification} section of the council profile: what we tell a person when we change their type. */
record ClassificationSettings(Map<String, Integer> workingDays, Map<String, String> typeChange) {

    ClassificationSettings {
        workingDays = workingDays == null ? Map.of() : Map.copyOf(workingDays);
        typeChange = typeChange == null ? Map.of() : Map.copyOf(typeChange);
    }
}
