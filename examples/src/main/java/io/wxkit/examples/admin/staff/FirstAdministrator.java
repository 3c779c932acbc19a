package io.wxkit.examples.admin.staff;

import io.wxkit.examples.admin.AdminArea.Role;
import io.wxkit.examples.admin.audit.AuditLog;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a start with no enabled administrator, creates {@code admin} with a random password and prints it once to
 * stdout, for the person who started the app. Never a default password, never logged (logs are shipped and kept;
 * the console is read once), never shown in a page. Lost it? Delete the row of {@code admin} (or disable every
 * administrator) and restart: a new one is printed.
 */
@Component
@Order(-10)
class FirstAdministrator implements ApplicationRunner {
    static final String USERNAME = "admin";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final StaffAccounts staff;
    private final AuditLog audit;
    private final SecureRandom random;
    private final PrintStream out;

    @Autowired
    FirstAdministrator(StaffAccounts staff, AuditLog audit) {
        this(staff, audit, new SecureRandom(), System.out);
    }

    FirstAdministrator(StaffAccounts staff, AuditLog audit, SecureRandom random, PrintStream out) {
        this.staff = staff;
        this.audit = audit;
        this.random = random;
        this.out = out;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (staff.hasAdministrator()) {
            return;
        }
        String password = password(20);
        String username = staff.find(USERNAME).isPresent() ? USERNAME + "-" + password(4).toLowerCase() : USERNAME;
        staff.create(username, "管理员 Administrator", password, Set.of(Role.ADMINISTRATOR));
        audit.record("system", "staff.create", "first administrator " + username);
        out.println("\n=== wxkit admin console: first administrator created ===\n"
                + "  username: " + username + "\n"
                + "  password: " + password + "\n"
                + "  (shown this once; sign in at /admin/login and add staff accounts under 员工账号)\n");
    }

    private String password(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
