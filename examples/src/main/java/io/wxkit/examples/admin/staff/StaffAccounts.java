package io.wxkit.examples.admin.staff;

import io.wxkit.examples.admin.AdminArea.Role;
import io.wxkit.examples.admin.AdminSchema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The staff table ({@code admin_staff}): usernames, display names, BCrypt hashes and roles. Passwords arrive in
 * clear only to be hashed here; nothing reads a hash back out except {@link #passwordHash(String)} for the login.
 */
@Component
public class StaffAccounts {
    /** Shorter passwords are refused; the generated first password is longer. */
    public static final int MIN_PASSWORD = 12;

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;

    @Autowired
    public StaffAccounts(AdminSchema schema, JdbcTemplate jdbc, PasswordEncoder encoder) {
        this(jdbc, encoder, Clock.systemUTC());
    }

    StaffAccounts(JdbcTemplate jdbc, PasswordEncoder encoder, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
    }

    /**
     * Creates a staff member.
     *
     * @throws IllegalArgumentException if the username is taken, the password too short or no role given
     */
    public StaffAccount create(String username, String displayName, String password, Set<Role> roles) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("password must have at least " + MIN_PASSWORD + " characters");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a staff member needs at least one role");
        }
        if (find(username).isPresent()) {
            throw new IllegalArgumentException("username " + username + " is taken");
        }
        jdbc.update("INSERT INTO admin_staff (username, display_name, password_hash, roles, enabled, created_at) "
                        + "VALUES (?, ?, ?, ?, TRUE, ?)", username, displayName, encoder.encode(password),
                join(roles), Timestamp.from(clock.instant()));
        return find(username).orElseThrow();
    }

    public Optional<StaffAccount> find(String username) {
        return jdbc.query("SELECT * FROM admin_staff WHERE username = ?", StaffAccounts::row, username).stream().findFirst();
    }

    public List<StaffAccount> all() {
        return jdbc.query("SELECT * FROM admin_staff ORDER BY created_at, username", StaffAccounts::row);
    }

    /** Whether an enabled administrator exists (the first start creates one when not). */
    public boolean hasAdministrator() {
        return all().stream().anyMatch(s -> s.enabled() && s.roles().contains(Role.ADMINISTRATOR));
    }

    public void setRoles(String username, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a staff member needs at least one role");
        }
        jdbc.update("UPDATE admin_staff SET roles = ? WHERE username = ?", join(roles), username);
    }

    public void setEnabled(String username, boolean enabled) {
        jdbc.update("UPDATE admin_staff SET enabled = ? WHERE username = ?", enabled, username);
    }

    public void setPassword(String username, String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("password must have at least " + MIN_PASSWORD + " characters");
        }
        jdbc.update("UPDATE admin_staff SET password_hash = ? WHERE username = ?", encoder.encode(password), username);
    }

    Optional<String> passwordHash(String username) {
        return jdbc.queryForList("SELECT password_hash FROM admin_staff WHERE username = ?", String.class, username)
                .stream().findFirst();
    }

    private static String join(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static StaffAccount row(ResultSet rs, int n) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(rs.getString("roles").split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(roles::add);
        return new StaffAccount(rs.getString("username"), rs.getString("display_name"), roles,
                rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant());
    }
}
