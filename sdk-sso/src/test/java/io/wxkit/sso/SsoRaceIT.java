package io.wxkit.sso;

import io.wxkit.sso.error.SsoException;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.wxkit.sso.binding.BindProof;
import io.wxkit.sso.binding.Binding;
import io.wxkit.sso.client.IssuedCredentials;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Races on the real databases (H2, PostgreSQL, MariaDB; database {@code wxkit_sso}): many threads redeeming one
 * ticket (exactly one wins, one session is opened), and many threads binding one openid to different accounts
 * or different openids to one account of one system (the one-to-one rule holds: exactly one binding wins).
 */
class SsoRaceIT {
    static final String CRM = "https://crm.example.com/sso/callback";
    static final int THREADS = 24;
    private static final Map<TestDb, HikariDataSource> DATABASES = new EnumMap<>(TestDb.class);
    private SsoFixture fx;
    private HikariDataSource ds;

    private void start(TestDb db) {
        ds = DATABASES.computeIfAbsent(db, d -> d.open("wxkit_sso"));
        fx = SsoFixture.start(ds);
    }

    @AfterEach
    void stop() {
        if (fx != null) {
            fx.close();
            TestDb.clean(ds);
        }
    }

    @AfterAll
    static void closeDatabases() {
        DATABASES.values().forEach(HikariDataSource::close);
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void racingRedemptionsOfOneTicketSucceedExactlyOnceAndOpenOneSession(TestDb db) throws Exception {
        start(db);
        IssuedCredentials crm = fx.register("crm", CRM, io.wxkit.sso.client.Claim.ACCOUNT);
        String alice = fx.user("Alice");
        fx.sso.bindings().bind(alice, "crm", "E1001", null, BindProof.admin("ops"));
        for (int round = 0; round < 3; round++) {
            String ticket = fx.ticket("crm", CRM, alice);
            List<Integer> statuses = Race.run(THREADS, () -> fx.redeem("crm", crm.clientSecret(), ticket).status());
            assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 400).hasSize(THREADS - 1);
        }
        assertThat(fx.sso.audit().forClient("crm", 500)).filteredOn(e -> e.action().equals("redeem")
                && e.outcome().equals("ok")).hasSize(3);
        assertThat(count("SELECT COUNT(*) FROM sso_session")).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void racingBindsOfOneOpenidToDifferentAccountsLeaveExactlyOneBinding(TestDb db) throws Exception {
        start(db);
        fx.register("crm", CRM);
        AtomicInteger next = new AtomicInteger();
        List<String> outcomes = Race.run(THREADS, () -> bind("oAlice", "E" + next.incrementAndGet()));
        assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("already_bound"::equals).hasSize(THREADS - 1);
        assertThat(fx.sso.bindings().find("crm", "oAlice")).isPresent();
        assertThat(count("SELECT COUNT(*) FROM sso_binding")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void racingBindsOfDifferentOpenidsToOneAccountLeaveExactlyOneBinding(TestDb db) throws Exception {
        start(db);
        fx.register("crm", CRM);
        fx.register("erp", "https://erp.example.com/sso");
        fx.sso.bindings().bind("oCarol", "erp", "E1", null, BindProof.admin("ops")); // other system: no conflict
        AtomicInteger next = new AtomicInteger();
        List<String> outcomes = Race.run(THREADS, () -> bind("o" + next.incrementAndGet(), "E1"));
        assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("already_bound"::equals).hasSize(THREADS - 1);
        Binding winner = fx.sso.bindings().findByAccount("crm", "E1").orElseThrow();
        assertThat(fx.sso.bindings().find("crm", winner.openid())).map(Binding::accountId).hasValue("E1");
        assertThat(count("SELECT COUNT(*) FROM sso_binding")).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(TestDb.class)
    void racingIdenticalBindsAreIdempotent(TestDb db) throws Exception {
        start(db);
        fx.register("crm", CRM);
        List<String> outcomes = Race.run(THREADS, () -> bind("oDave", "E7"));
        assertThat(outcomes).containsOnly("ok");
        assertThat(count("SELECT COUNT(*) FROM sso_binding")).isEqualTo(1);
    }

    private String bind(String openid, String account) {
        try {
            fx.sso.bindings().bind(openid, "crm", account, null, BindProof.admin("ops"));
            return "ok";
        } catch (SsoException e) {
            return e.error().code();
        }
    }

    private long count(String sql) {
        try (var c = ds.getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
