package org.councilfeedback.complaints;

import java.util.Set;
import org.councilfeedback.access.Role;

/** Who is asking: a member of staff with their roles, or the complainant through their tracking link. */
public record Actor(String username, Set<Role> roles, boolean complainant) {

    static final String COMPLAINANT = "complainant";

    public Actor {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static Actor staff(String username, Set<Role> roles) {
        return new Actor(username, roles, false);
    }

    public static Actor viaTrackingLink() {
        return new Actor(COMPLAINANT, Set.of(), true);
    }
}
