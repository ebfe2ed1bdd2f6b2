package org.councilfeedback.access;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts and their roles. */
@Service
public class StaffAccounts {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    StaffAccounts(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** A member of staff as other modules see them. */
    public record StaffMember(String username, String displayName, String email, String manager, Set<Role> roles) {

        public boolean has(Role role) {
            return roles.contains(role);
        }
    }

    public Optional<StaffMember> find(String username) {
        return jdbc.sql("select username, display_name, email, manager from staff_account where username = :u and enabled = true")
                .param("u", username)
                .query((rs, n) -> new StaffMember(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rolesOf(rs.getString(1))))
                .optional();
    }

    public List<StaffMember> withRole(Role role) {
        return jdbc.sql("""
                select a.username, a.display_name, a.email, a.manager from staff_account a
                join staff_role r on r.username = a.username where r.role = :role and a.enabled = true order by a.display_name""")
                .param("role", role.name())
                .query((rs, n) -> new StaffMember(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rolesOf(rs.getString(1))))
                .list();
    }

    Set<Role> rolesOf(String username) {
        return Set.copyOf(jdbc.sql("select role from staff_role where username = :u").param("u", username)
                .query((rs, n) -> Role.valueOf(rs.getString(1))).list());
    }

    /** Creates the account unless it exists already. */
    @Transactional
    public void createIfAbsent(String username, String displayName, String email, String rawPassword, String manager,
            Set<Role> roles) {
        boolean exists = jdbc.sql("select count(*) from staff_account where username = :u").param("u", username)
                .query(Integer.class).single() > 0;
        if (exists) {
            return;
        }
        jdbc.sql("""
                insert into staff_account (username, display_name, email, password_hash, enabled, manager, created_at)
                values (:u, :name, :email, :hash, true, :manager, :at)""")
                .param("u", username).param("name", displayName).param("email", email)
                .param("hash", passwords.encode(rawPassword)).param("manager", manager)
                .param("at", clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .update();
        for (Role role : roles) {
            jdbc.sql("insert into staff_role (username, role) values (:u, :r)").param("u", username).param("r", role.name()).update();
        }
    }
}
