package org.councilfeedback.representations;

import java.time.LocalDate;
import java.util.List;
import org.councilfeedback.organisation.CouncilProfile;
import org.springframework.stereotype.Service;

/** Representations counted by policy area, for the reports to the Senior Management Team and elected members. */
@Service
public class RepresentationCounts {

    private final RepresentationStore store;
    private final RepresentationsProfile settings;
    private final CouncilProfile profile;

    RepresentationCounts(RepresentationStore store, RepresentationsProfile settings, CouncilProfile profile) {
        this.store = store;
        this.settings = settings;
        this.profile = profile;
    }

    /** One policy area's count; {@code policyArea} is null for representations whose area is not set yet. */
    public record PolicyAreaCount(String policyArea, String name, long count) {}

    /** Representations received from {@code from} to {@code to} inclusive (council dates), most first. */
    public List<PolicyAreaCount> byPolicyArea(LocalDate from, LocalDate to) {
        var zone = profile.timeZone();
        return store.countByPolicyArea(from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant())
                .stream()
                .map(c -> new PolicyAreaCount(c.policyArea(), c.policyArea() == null ? "No policy area yet"
                        : settings.policyArea(c.policyArea()).map(RepresentationsProfile.PolicyArea::name)
                                .orElse(c.policyArea()), c.count()))
                .toList();
    }
}
