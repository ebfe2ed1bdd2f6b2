package org.councilfeedback.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The signed-in member of staff as page controllers need them: their username and authorities ({@code ROLE_…}), to
 * decide which actions a page shows. The same roles guard the actions themselves ({@code @PreAuthorize}).
 */
public record StaffMember(String username, Set<String> authorities) {

    public static StaffMember of(Authentication authentication) {
        if (authentication == null) {
            return new StaffMember(null, Set.of());
        }
        return new StaffMember(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet()));
    }

    /** True when they have any of the roles, named without {@code ROLE_}. */
    public boolean hasAnyRole(String... roles) {
        return Arrays.stream(roles).anyMatch(role -> authorities.contains("ROLE_" + role));
    }
}
