package io.wxkit.examples.admin.staff;

import io.wxkit.examples.admin.AdminArea.Role;
import java.time.Instant;
import java.util.Set;

/** One staff member of the console. The password hash never leaves {@link StaffAccounts}. */
public record StaffAccount(String username, String displayName, Set<Role> roles, boolean enabled, Instant createdAt) {
    public StaffAccount {
        roles = Set.copyOf(roles);
    }
}
