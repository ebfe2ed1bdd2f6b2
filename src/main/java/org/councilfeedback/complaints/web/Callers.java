package org.councilfeedback.complaints.web;

import java.util.EnumSet;
import java.util.Set;
import org.councilfeedback.access.Role;
import org.councilfeedback.complaints.Actor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The signed-in member of staff as the complaints service sees them. */
final class Callers {

    static final String HANDLERS = "hasAnyRole('COMPLAINTS_OFFICER','INVESTIGATING_OFFICER','SOCIAL_CARE_COMPLAINTS',"
            + "'DATA_PROTECTION_OFFICER')";

    private Callers() {
    }

    static Actor actor(Authentication authentication) {
        return Actor.staff(authentication.getName(), roles(authentication));
    }

    static Set<Role> roles(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
