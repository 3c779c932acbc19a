package io.wxkit.sso.interfaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.wxkit.sso.audit.AuditEvent;
import io.wxkit.sso.interfaces.testkit.InterfaceDb;
import io.wxkit.sso.interfaces.testkit.Race;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The registry on H2, PostgreSQL and MariaDB: versions, history, audit, races, hot reload across nodes. */
class InterfaceRegistryTest {
    private static final String URL = "https://erp.example.com/wx/order";

    @ParameterizedTest
    @EnumSource(InterfaceDb.class)
    void everyChangeIsANewVersionInTheHistoryAndARowInTheAuditTrail(InterfaceDb db) {
        try (HikariDataSource ds = db.open("registry"); Bizif b = fresh(ds)) {
            InterfaceRegistry registry = b.interfaces.registry();
            long revision = registry.revision();
            BusinessInterface v1 = registry.create(Bizif.orderSpec(URL).build(), "admin:alice");
            assertThat(v1.version()).isEqualTo(1);
            assertThat(v1.enabled()).isTrue();
            BusinessInterface v2 = registry.update(v1.id(), 1, v1.spec().toBuilder()
                    .reply(ReplyTemplate.text("状态 {answer.status}")).build(), "admin:bob");
            BusinessInterface v3 = registry.disable(v1.id(), 2, "admin:bob");
            BusinessInterface v4 = registry.move(v1.id(), 3, 5, "admin:bob");
            BusinessInterface v5 = registry.enable(v1.id(), 4, "admin:carol");
            assertThat(List.of(v2.version(), v3.version(), v4.version(), v5.version())).containsExactly(2, 3, 4, 5);
            assertThat(registry.find(v1.id())).contains(v5);
            assertThat(v5.position()).isEqualTo(5);
            assertThat(registry.revision()).isEqualTo(revision + 5);

            List<InterfaceVersion> history = registry.history(v1.id());
            assertThat(history).extracting(InterfaceVersion::change)
                    .containsExactly("create", "update", "disable", "move", "enable");
            assertThat(history.get(0).spec()).isEqualTo(v1.spec());
            assertThat(history.get(1).spec().reply()).isEqualTo(ReplyTemplate.text("状态 {answer.status}"));
            assertThat(history.get(2).enabled()).isFalse();
            assertThat(history).extracting(InterfaceVersion::changedBy)
                    .containsExactly("admin:alice", "admin:bob", "admin:bob", "admin:bob", "admin:carol");

            registry.delete(v1.id(), 5, "admin:carol");
            assertThat(registry.find(v1.id())).isEmpty();
            assertThat(registry.history(v1.id())).extracting(InterfaceVersion::change).endsWith("delete");
            List<AuditEvent> audit = b.sso.audit().forClient("erp", 50);
            assertThat(audit).filteredOn(e -> e.action().startsWith("interface."))
                    .extracting(AuditEvent::action).contains("interface.create", "interface.update",
                            "interface.disable", "interface.move", "interface.enable", "interface.delete");
        }
    }

    @ParameterizedTest
    @EnumSource(InterfaceDb.class)
    void staleVersionsUnknownIdsUnknownClientsAndTakenNamesAreRefusedAndAudited(InterfaceDb db) {
        try (HikariDataSource ds = db.open("refusals"); Bizif b = fresh(ds)) {
            InterfaceRegistry registry = b.interfaces.registry();
            BusinessInterface v1 = registry.create(Bizif.orderSpec(URL).build(), "admin:alice");
            registry.disable(v1.id(), 1, "admin:alice");
            assertError(() -> registry.enable(v1.id(), 1, "admin:bob"), InterfaceError.VERSION_CONFLICT);
            assertError(() -> registry.delete(v1.id(), 1, "admin:bob"), InterfaceError.VERSION_CONFLICT);
            assertError(() -> registry.enable("nope", 1, "admin:bob"), InterfaceError.NOT_FOUND);
            assertError(() -> registry.create(Bizif.orderSpec(URL).build(), "admin:bob"), InterfaceError.NAME_TAKEN);
            assertError(() -> registry.create(InterfaceSpec.builder("other", Trigger.exact("x"), "crm").post(URL, "{}")
                    .reply(ReplyTemplate.text("t")).build(), "admin:bob"), InterfaceError.UNKNOWN_CLIENT);
            BusinessInterface second = registry.create(InterfaceSpec.builder("Order-Status", Trigger.exact("x"),
                    "erp").post(URL, "{}").reply(ReplyTemplate.text("t")).build(), "admin:bob");
            assertThat(second.spec().name()).as("names are case-sensitive keys").isEqualTo("Order-Status");
            assertError(() -> registry.update(second.id(), 1, Bizif.orderSpec(URL).build(), "admin:bob"),
                    InterfaceError.NAME_TAKEN);
            assertThat(registry.find(v1.id()).orElseThrow().version()).isEqualTo(2);
            assertThat(b.sso.audit().forClient("erp", 50)).extracting(AuditEvent::outcome)
                    .contains("version_conflict", "name_taken");
            assertThat(b.sso.audit().recent(50)).extracting(AuditEvent::outcome).contains("not_found", "unknown_client");
        }
    }

    @ParameterizedTest
    @EnumSource(InterfaceDb.class)
    void racingAdministratorsEditingTheSameVersionLeaveExactlyOneWinnerAndAContiguousHistory(InterfaceDb db)
            throws Exception {
        try (HikariDataSource ds = db.open("race-update"); Bizif b = fresh(ds)) {
            InterfaceRegistry registry = b.interfaces.registry();
            BusinessInterface v1 = registry.create(Bizif.orderSpec(URL).build(), "admin:alice");
            AtomicInteger n = new AtomicInteger();
            List<Object> outcomes = Race.run(16, () -> registry.update(v1.id(), 1, v1.spec().toBuilder()
                    .reply(ReplyTemplate.text("edit " + n.incrementAndGet())).build(), "admin:racer"));
            assertThat(outcomes).filteredOn(BusinessInterface.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !(o instanceof BusinessInterface)).hasSize(15)
                    .allSatisfy(o -> assertThat(((InterfaceException) o).error()).isEqualTo(InterfaceError.VERSION_CONFLICT));
            BusinessInterface winner = (BusinessInterface) outcomes.stream().filter(BusinessInterface.class::isInstance)
                    .findFirst().orElseThrow();
            assertThat(registry.find(v1.id())).contains(winner);
            assertThat(registry.history(v1.id())).extracting(InterfaceVersion::version).containsExactly(1, 2);
        }
    }

    @ParameterizedTest
    @EnumSource(InterfaceDb.class)
    void racingCreatesOfOneNameRegisterItOnce(InterfaceDb db) throws Exception {
        try (HikariDataSource ds = db.open("race-create"); Bizif b = fresh(ds)) {
            InterfaceRegistry registry = b.interfaces.registry();
            List<Object> outcomes = Race.run(16, () -> registry.create(Bizif.orderSpec(URL).build(), "admin:racer"));
            assertThat(outcomes).filteredOn(BusinessInterface.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(InterfaceException.class::isInstance).hasSize(15)
                    .allSatisfy(o -> assertThat(((InterfaceException) o).error()).isEqualTo(InterfaceError.NAME_TAKEN));
            assertThat(registry.list()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(InterfaceDb.class)
    void anotherNodeSeesChangesWithoutARestartAndTheLocalNodeAtOnce(InterfaceDb db) {
        try (HikariDataSource ds = db.open("reload"); Bizif a = fresh(ds);
             Bizif other = Bizif.start(ds, x -> x.reloadInterval(Duration.ZERO))) {
            BusinessInterface created = a.interfaces.registry().create(Bizif.orderSpec(URL).build(), "admin:alice");
            assertThat(a.interfaces.active()).extracting(BusinessInterface::id).containsExactly(created.id());
            assertThat(other.interfaces.active()).extracting(BusinessInterface::id).containsExactly(created.id());
            BusinessInterface second = a.interfaces.registry().create(InterfaceSpec.builder("balance",
                    Trigger.exact("余额"), "erp").post(URL, "{}").reply(ReplyTemplate.text("{answer.balance}")).build(),
                    "admin:alice");
            a.interfaces.registry().move(second.id(), 1, 1, "admin:alice");
            assertThat(other.interfaces.active()).extracting(BusinessInterface::id)
                    .containsExactly(second.id(), created.id());
            a.interfaces.registry().disable(created.id(), 1, "admin:alice");
            assertThat(other.interfaces.active()).extracting(BusinessInterface::id).containsExactly(second.id());
        }
    }

    private static Bizif fresh(HikariDataSource ds) {
        Bizif.start(ds).close(); // migrates an empty database the first time
        InterfaceDb.clean(ds);
        Bizif b = Bizif.start(ds);
        b.registerErp();
        return b;
    }

    private static void assertError(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, InterfaceError error) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InterfaceException.class,
                e -> assertThat(e.error()).isEqualTo(error));
    }
}
