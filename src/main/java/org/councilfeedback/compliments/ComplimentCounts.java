package org.councilfeedback.compliments;

import java.time.LocalDate;
import java.util.List;
import org.councilfeedback.organisation.CouncilProfile;
import org.springframework.stereotype.Service;

/**
 * Compliments counted by service area, for the reports to the Senior Management Team and elected members. A
 * compliment counts in the service area it praises (or, until that is recorded, the one it was given about).
 */
@Service
public class ComplimentCounts {

    private final ComplimentStore store;
    private final CouncilProfile profile;

    ComplimentCounts(ComplimentStore store, CouncilProfile profile) {
        this.store = store;
        this.profile = profile;
    }

    /** One service area's count; {@code serviceArea} is null for compliments with no service area yet. */
    public record ServiceAreaCount(String serviceArea, String name, long count) {}

    /** Compliments received from {@code from} to {@code to} inclusive (council dates), most first. */
    public List<ServiceAreaCount> byServiceArea(LocalDate from, LocalDate to) {
        var zone = profile.timeZone();
        return store.countByServiceArea(from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant())
                .stream()
                .map(c -> new ServiceAreaCount(c.serviceArea(),
                        c.serviceArea() == null ? "No service area" : profile.serviceAreaName(c.serviceArea()), c.count()))
                .toList();
    }
}
