package io.wxkit.examples.admin.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.examples.admin.AdminArea.Role;
import io.wxkit.examples.admin.AdminSchema;
import io.wxkit.examples.admin.audit.AuditLog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The first administrator: created once with a random password that is printed once and stored as BCrypt. */
class FirstAdministratorTest {

    @Test
    void createsTheAdministratorOnceWithARandomPasswordPrintedOnce() {
        JdbcTemplate jdbc = new JdbcTemplate(new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:first-admin-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        AdminSchema schema = new AdminSchema(jdbc);
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);
        StaffAccounts staff = new StaffAccounts(schema, jdbc, encoder);
        AuditLog audit = new AuditLog(schema, jdbc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FirstAdministrator first = new FirstAdministrator(staff, audit, new SecureRandom(),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        first.run(null);
        String printed = out.toString(StandardCharsets.UTF_8);
        Matcher password = Pattern.compile("password: (\\S{20})").matcher(printed);
        assertThat(password.find()).as(printed).isTrue();
        assertThat(staff.find("admin")).hasValueSatisfying(a -> assertThat(a.roles()).containsExactly(Role.ADMINISTRATOR));
        String hash = staff.passwordHash("admin").orElseThrow();
        assertThat(hash).startsWith("$2").doesNotContain(password.group(1));
        assertThat(encoder.matches(password.group(1), hash)).isTrue();
        assertThat(audit.latest("", 10)).singleElement().satisfies(e -> assertThat(e.detail()).doesNotContain(password.group(1)));

        out.reset();
        first.run(null);
        assertThat(out.size()).as("a second start prints nothing").isZero();
        assertThat(staff.all()).hasSize(1);
    }

    @Test
    void twoStartsNeverPrintTheSamePassword() {
        String a = printedPassword();
        String b = printedPassword();
        assertThat(a).isNotEqualTo(b);
    }

    private static String printedPassword() {
        JdbcTemplate jdbc = new JdbcTemplate(new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:first-admin-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        AdminSchema schema = new AdminSchema(jdbc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FirstAdministrator(new StaffAccounts(schema, jdbc, new BCryptPasswordEncoder(4)), new AuditLog(schema, jdbc),
                new SecureRandom(), new PrintStream(out, true, StandardCharsets.UTF_8)).run(null);
        Matcher m = Pattern.compile("password: (\\S{20})").matcher(out.toString(StandardCharsets.UTF_8));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
