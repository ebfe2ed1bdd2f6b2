package org.councilfeedback.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The signed-in member of staff asking to see a case: their username and roles. */
public record CaseViewer(String username, Set<Role> roles) {

    public CaseViewer {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static CaseViewer of(String username, Role... roles) {
        return new CaseViewer(username, Set.copyOf(Arrays.asList(roles)));
    }

    /** The viewer behind a Spring Security authentication (roles from its {@code ROLE_…} authorities). */
    public static CaseViewer of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return new CaseViewer(null, Set.of());
        }
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        Set<Role> roles = Arrays.stream(Role.values()).filter(role -> authorities.contains(role.authority()))
                .collect(Collectors.toSet());
        return new CaseViewer(authentication.getName(), roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
