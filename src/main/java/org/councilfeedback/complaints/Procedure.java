package org.councilfeedback.complaints;

import java.time.Instant;
import java.util.List;
import org.councilfeedback.access.Role;
import org.councilfeedback.triage.Process;

/**
 * One version of a complaints procedure: the process it serves, from when it applies (by the time a complaint is
 * received), the wording of its "what happens next" message, the role that owns its cases, who comes after it (LGSCO or ICO), and its stages in order.
 */
record Procedure(
        Process process,
        String version,
        String name,
        String nextStepsWording,
        Instant effectiveFrom,
        Role owner,
        OmbudsmanBody ombudsman,
        boolean advocacy,
        List<StageRules> stages) {

    Procedure {
        stages = List.copyOf(stages);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("Procedure " + version + " has no stages");
        }
    }

    StageRules stage(int number) {
        if (number < 1 || number > stages.size()) {
            throw new IllegalArgumentException("Procedure " + version + " has no stage " + number);
        }
        return stages.get(number - 1);
    }

    boolean hasStageAfter(int number) {
        return number < stages.size();
    }
}
