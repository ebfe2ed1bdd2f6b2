package org.councilfeedback.complaints;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.councilfeedback.intake.SearchFilterProvider;
import org.councilfeedback.triage.Process;
import org.springframework.stereotype.Component;

/** Staff search filters owned by complaints: {@code process} and {@code assignedTo} (handler of an open stage). */
@Component
class ComplaintSearchFilters implements SearchFilterProvider {

    @Override
    public Optional<Condition> condition(String filter, String value) {
        return switch (filter) {
            case "process" -> {
                if (Arrays.stream(Process.values()).noneMatch(p -> p.name().equals(value))) {
                    throw new IllegalArgumentException("process: Enter one of " + Arrays.toString(Process.values()).replaceAll("[\\[\\]]", ""));
                }
                yield Optional.of(new Condition(
                        "id in (select feedback_id from complaint_case where process = :complaintProcess)",
                        Map.of("complaintProcess", value)));
            }
            case "assignedTo" -> Optional.of(new Condition(
                    "id in (select feedback_id from complaint_stage where handler = :complaintHandler and responded_on is null)",
                    Map.of("complaintHandler", value)));
            default -> Optional.empty();
        };
    }
}
