package io.wxkit.benchmarks.scale;

import io.wxkit.sso.audit.AuditLog;
import io.wxkit.sso.binding.Binding;
import io.wxkit.sso.binding.Bindings;
import io.wxkit.sso.client.ClientRegistry;
import io.wxkit.sso.client.SecretHasher;
import io.wxkit.sso.internal.Db;
import io.wxkit.sso.session.Sessions;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * sdk-sso identity bindings: {@value #CLIENTS} business systems, each user bound in all of them (1 M users
 * at 10 M rows), loaded into the schema sdk-sso's own migrations create ({@code Db.migrate}) and read
 * through {@link Bindings}, wired the way {@code SsoBroker} wires it but on a Jdbi this benchmark can
 * watch. No {@code sso_client} rows: the lookups do not read them, and a registered client would need a
 * secret this benchmark has no business holding.
 */
final class SsoBindings implements Dataset {
    static final int CLIENTS = 10;
    private final CopyLoader copy;
    private final Bindings bindings;
    private final SqlCapture capture;
    private final long now = System.currentTimeMillis();

    SsoBindings(DataSource ds) throws SQLException {
        Jdbi jdbi = Db.migrate(ds);
        this.capture = SqlCapture.on(jdbi);
        SecureRandom random = new SecureRandom();
        Clock clock = Clock.systemUTC();
        AuditLog audit = new AuditLog(jdbi, clock, random);
        byte[] signingMaster = new byte[32];
        random.nextBytes(signingMaster);
        ClientRegistry clients = new ClientRegistry(jdbi, audit, SecretHasher.owaspDefault(), signingMaster, clock, random);
        Sessions sessions = new Sessions(jdbi, audit, clock, random, Duration.ofHours(8));
        this.bindings = new Bindings(jdbi, clients, sessions, audit, List.of(), clock);
        this.copy = new CopyLoader(ds, 250_000);
    }

    @Override
    public String name() {
        return "sso";
    }

    @Override
    public long rows() throws SQLException {
        return copy.loaded("sso.bindings");
    }

    @Override
    public SqlCapture capture() {
        return capture;
    }

    @Override
    public void loadUpTo(long rows) throws SQLException {
        copy.loadUpTo("sso.bindings", rows, "COPY sso_binding (client_id, openid, account_id, unionid, status, method,"
                + " bound_by, bound_at) FROM STDIN", (i, out) -> out.append(client(i)).append('\t').append(openid(i))
                .append('\t').append(account(i)).append('\t').append(Mix.id("ou", (i - 1) / CLIENTS, 10))
                .append("\tACTIVE\timport\tbenchmark\t").append(now - i).append('\n'));
        copy.analyze("sso_binding");
    }

    static String client(long i) {
        return "bench-client-" + (i % CLIENTS);
    }

    static String openid(long i) {
        return Mix.id("oo", (i - 1) / CLIENTS, 10);
    }

    static String account(long i) {
        return Mix.id("acct-", Mix.of(i, 9) % 1_000_000_000_000L, 8) + "-" + i;
    }

    @Override
    public List<Operation> operations() throws SQLException {
        long mid = Math.max(1, rows() / 2);
        Dataset.require(rows() % CLIENTS == 0, "whole users (rows a multiple of " + CLIENTS + ")");
        String client = client(mid);
        String openid = openid(mid);
        String account = account(mid);
        return List.of(
                new Operation("sso: binding openid -> account", () -> {
                    Optional<Binding> b = bindings.find(client, openid);
                    Dataset.require(b.isPresent() && b.get().accountId().equals(account), "the openid's binding");
                    return b;
                }),
                new Operation("sso: binding account -> openid", () -> {
                    Optional<Binding> b = bindings.findByAccount(client, account);
                    Dataset.require(b.isPresent() && b.get().openid().equals(openid), "the account's binding");
                    return b;
                }),
                new Operation("sso: bindings of an openid (all systems)", () -> {
                    List<Binding> all = bindings.bindingsOf(openid);
                    Dataset.require(all.size() == CLIENTS, "one binding per system");
                    return all;
                }));
    }
}
