package org.councilfeedback.access;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Signs staff in from the {@code staff_account} table. */
@Component
class StaffUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final StaffAccounts accounts;

    StaffUserDetailsService(JdbcClient jdbc, StaffAccounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        record Row(String username, String hash, boolean enabled) {}
        Row row = jdbc.sql("select username, password_hash, enabled from staff_account where username = :u")
                .param("u", username)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such staff account"));
        List<SimpleGrantedAuthority> authorities = accounts.rolesOf(row.username()).stream()
                .map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        return User.withUsername(row.username()).password(row.hash()).disabled(!row.enabled())
                .authorities(authorities).build();
    }
}
