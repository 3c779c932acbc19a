package io.wxkit.examples.admin.staff;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Spring Security's view of the staff table: a login checks the BCrypt hash; roles become {@code ROLE_*}. */
@Component
class StaffLogins implements UserDetailsService {
    private final StaffAccounts staff;

    StaffLogins(StaffAccounts staff) {
        this.staff = staff;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffAccount account = staff.find(username).orElseThrow(() -> new UsernameNotFoundException("no such staff"));
        String hash = staff.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException("no such staff"));
        return User.withUsername(account.username()).password(hash).disabled(!account.enabled())
                .authorities(account.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList())
                .build();
    }
}
