package io.wxkit.sso.binding;

import io.wxkit.core.message.Unsubscribe;
import io.wxkit.mp.callback.Rule;
import io.wxkit.sso.audit.AuditLog;
import io.wxkit.sso.client.Client;
import io.wxkit.sso.client.ClientRegistry;
import io.wxkit.sso.error.SsoError;
import io.wxkit.sso.error.SsoException;
import io.wxkit.sso.internal.Db;
import io.wxkit.sso.internal.Text;
import io.wxkit.sso.session.Sessions;
import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.Jdbi;

/**
 * Identity bindings (身份绑定): one openid ↔ one account per business system, an openid bound in as many
 * systems as it likes. Bind with a proof checked by a {@link ProofVerifier}, look up both ways, list a
 * system's bindings page by page, unbind, suspend, bulk-import a CSV, and react to unfollows.
 *
 * <pre>{@code
 * Binding b = sso.bindings().bind(openid, "crm", "E1001", null, BindProof.admin("alice"));
 * Optional<Binding> same = sso.bindings().findByAccount("crm", "E1001");
 * }</pre>
 *
 * <p>The one-to-one rule is the database's (primary key on client+openid, unique key on client+account),
 * so it holds across threads and nodes; the loser of a race gets {@code already_bound}. Every decision is
 * audited. Thread-safe.
 */
public final class Bindings {
    static final Pattern OPENID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final BindingRows rows;
    private final ClientRegistry clients;
    private final Sessions sessions;
    private final AuditLog audit;
    private final List<ProofVerifier> verifiers;
    private final Clock clock;

    /**
     * Bindings over the migrated SSO schema; the first verifier that supports a proof judges it.
     *
     * @param jdbi      the SSO database, migrated by {@code SsoBroker.builder().build()}
     * @param clients   the registry clients are checked against
     * @param sessions  whose sessions unbind and suspend revoke
     * @param audit     where every change and refusal is recorded
     * @param verifiers the proof verifiers, in the order they are consulted
     * @param clock     the time source of binding times
     */
    public Bindings(Jdbi jdbi, ClientRegistry clients, Sessions sessions, AuditLog audit, List<ProofVerifier> verifiers,
                    Clock clock) {
        this.rows = new BindingRows(Objects.requireNonNull(jdbi, "jdbi"));
        this.clients = Objects.requireNonNull(clients, "clients");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.verifiers = List.copyOf(verifiers);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Binds {@code openid} to {@code accountId} in {@code clientId} once {@code proof} is accepted. Binding
     * the same pair again returns the existing binding.
     *
     * @param unionid the unionid when known, else {@code null}
     * @param openid    the user's openid: 1..64 of {@code [A-Za-z0-9_-]}
     * @param clientId  the business system's {@code client_id}
     * @param accountId the account in that system: 1..128 plain characters
     * @param proof     how ownership of the account was shown, e.g. {@code BindProof.admin("alice")}
     * @return the binding, new or the existing one of the same pair
     * @throws SsoException {@code invalid_request} (malformed ids), {@code not_found}/{@code invalid_client}
     *     (unknown or disabled client), {@code proof_rejected}, {@code already_bound} (the openid or the account
     *     is bound to someone else in this system), {@code upstream_error} (verifier unreachable)
     */
    public Binding bind(String openid, String clientId, String accountId, String unionid, BindProof proof) {
        String actor = actorOf(proof, clientId);
        requireIds(openid, accountId, unionid);
        Client client = activeClient(clientId, actor, "bind");
        ProofVerifier verifier = verifiers.stream().filter(v -> v.supports(proof)).findFirst()
                .orElseThrow(() -> refuse(actor, "bind", SsoError.PROOF_REJECTED, clientId, openid, accountId,
                        "no verifier for " + proof.method()));
        if (!verifier.verify(client, openid, accountId, proof)) {
            throw refuse(actor, "bind", SsoError.PROOF_REJECTED, clientId, openid, accountId, proof.method());
        }
        return insert(new Binding(clientId, openid, accountId, unionid, BindingStatus.ACTIVE, proof.method(), actor,
                now()), actor, "bind");
    }

    /**
     * Removes the binding of {@code openid} in {@code clientId} and revokes its sessions; false if none.
     *
     * @param clientId the business system's {@code client_id}
     * @param openid   the user's openid under the broker's Official Account
     * @param actor    who does it, for the audit log, e.g. {@code "admin:alice"}
     * @return true if a binding was removed
     */
    public boolean unbind(String clientId, String openid, String actor) {
        boolean removed = rows.delete(clientId, openid);
        audit.record(actor, "unbind", removed ? "ok" : SsoError.NOT_FOUND.code(), clientId, openid, null, null, null);
        if (removed) {
            sessions.revokeAll(clientId, openid, actor);
        }
        return removed;
    }

    /**
     * Suspends the binding (kept, but redemption reports it suspended) and revokes its sessions.
     *
     * @param clientId the business system's {@code client_id}
     * @param openid   the user's openid under the broker's Official Account
     * @param actor    who does it, for the audit log, e.g. {@code "admin:alice"}
     * @return true if an active binding was suspended
     */
    public boolean suspend(String clientId, String openid, String actor) {
        boolean done = rows.setStatus(clientId, openid, BindingStatus.SUSPENDED);
        audit.record(actor, "suspend", done ? "ok" : SsoError.NOT_FOUND.code(), clientId, openid, null, null, null);
        if (done) {
            sessions.revokeAll(clientId, openid, actor);
        }
        return done;
    }

    /**
     * Makes a suspended binding active again.
     *
     * @param clientId the business system's {@code client_id}
     * @param openid   the user's openid under the broker's Official Account
     * @param actor    who does it, for the audit log, e.g. {@code "admin:alice"}
     * @return true if a suspended binding became active
     */
    public boolean resume(String clientId, String openid, String actor) {
        boolean done = rows.setStatus(clientId, openid, BindingStatus.ACTIVE);
        audit.record(actor, "resume", done ? "ok" : SsoError.NOT_FOUND.code(), clientId, openid, null, null, null);
        return done;
    }

    /**
     * The binding of {@code openid} in {@code clientId}.
     *
     * @param clientId the business system's {@code client_id}
     * @param openid   the user's openid under the broker's Official Account
     * @return the binding, active or suspended, or empty
     */
    public Optional<Binding> find(String clientId, String openid) {
        return rows.byOpenid(clientId, openid);
    }

    /**
     * The binding of {@code accountId} in {@code clientId} (the reverse lookup).
     *
     * @param clientId the business system's {@code client_id}
     * @param accountId the account in that system
     * @return the binding, or empty
     */
    public Optional<Binding> findByAccount(String clientId, String accountId) {
        return rows.byAccount(clientId, accountId);
    }

    /**
     * Every binding of {@code openid}, across business systems.
     *
     * @param openid the user's openid
     * @return the user's bindings, one per business system at most; empty for none
     */
    public List<Binding> bindingsOf(String openid) {
        return rows.ofOpenid(openid);
    }

    /**
     * One page of {@code clientId}'s bindings ordered by openid: keyset pagination, so a page costs the same
     * at any depth.
     *
     * @param after the previous page's {@link BindingPage#nextAfter()}, or {@code null} for the first page
     * @param limit 1..500
     * @throws IllegalArgumentException if {@code limit} is outside 1..500
     * @param clientId the business system's {@code client_id}
     * @return the page, e.g. {@code for (BindingPage p = list("crm", null, 100); ; p = list("crm", p.nextAfter(), 100))}
     */
    public BindingPage list(String clientId, String after, int limit) {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be 1..500");
        }
        List<Binding> got = rows.page(clientId, after, limit + 1);
        if (got.size() <= limit) {
            return new BindingPage(got, null);
        }
        List<Binding> page = got.subList(0, limit);
        return new BindingPage(page, page.get(limit - 1).openid());
    }

    /**
     * Imports {@code openid,account_id[,unionid]} rows (an optional header line starting with {@code openid}
     * is skipped) into {@code clientId} as administrator {@code operator}: good rows are bound, bad ones
     * (malformed, duplicate, already bound) are reported with their line and skipped.
     *
     * @param clientId the business system's {@code client_id}
     * @param csv      UTF-8 text, one binding per line; read to the end, not closed
     * @param operator the administrator, for the audit log and the bindings' proof
     * @return how many rows were bound and which were rejected, by line number
     * @throws SsoException {@code not_found}/{@code invalid_client} for an unknown or disabled client
     * @throws IOException if {@code csv} cannot be read
     */
    public ImportReport importCsv(String clientId, Reader csv, String operator) throws IOException {
        activeClient(clientId, "admin:" + operator, "import");
        ImportReport report = new CsvImport(this, clientId, operator).run(csv);
        audit.record("admin:" + operator, "import", "ok", clientId, null, null, null,
                "imported=" + report.imported() + " rejected=" + report.rejected().size());
        return report;
    }

    /**
     * A callback rule for sdk-mp's router applying {@code policy} to every binding of a user who unfollows;
     * matching continues to the next rules, so the application's own unsubscribe rule still runs.
     *
     * <pre>{@code
     * mp.callback().rule(sso.bindings().onUnsubscribe(UnsubscribePolicy.SUSPEND)).build();
     * }</pre>
     *
     * @param policy SUSPEND, UNBIND or KEEP
     * @return the rule, to add before the application's own rules
     */
    public Rule<Unsubscribe> onUnsubscribe(UnsubscribePolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return Rule.on(Unsubscribe.class).thenContinue().handle((event, context) -> {
            applyUnsubscribe(event.fromUser(), policy);
            return null;
        });
    }

    /**
     * Applies {@code policy} to every binding of {@code openid}; returns how many bindings it changed.
     *
     * @param openid the user who unfollowed
     * @param policy what happens to the bindings
     * @return how many bindings changed (0 for {@code KEEP})
     */
    public int applyUnsubscribe(String openid, UnsubscribePolicy policy) {
        int changed = 0;
        for (Binding b : rows.ofOpenid(openid)) {
            changed += switch (policy) {
                case KEEP -> 0;
                case SUSPEND -> b.active() && suspend(b.clientId(), openid, "system:unsubscribe") ? 1 : 0;
                case UNBIND -> unbind(b.clientId(), openid, "system:unsubscribe") ? 1 : 0;
            };
        }
        return changed;
    }

    Binding insert(Binding b, String actor, String action) {
        try {
            rows.insert(b);
        } catch (UnableToExecuteStatementException e) {
            if (!Db.isDuplicateKey(e)) {
                throw e;
            }
            Optional<Binding> existing = rows.byOpenid(b.clientId(), b.openid());
            if (existing.isPresent() && existing.get().accountId().equals(b.accountId())) {
                return existing.get();
            }
            throw refuse(actor, action, SsoError.ALREADY_BOUND, b.clientId(), b.openid(), b.accountId(),
                    "openid or account already bound in this system");
        }
        audit.record(actor, action, "ok", b.clientId(), b.openid(), b.accountId(), null, "method=" + b.method());
        return b;
    }

    java.time.Instant now() {
        // the database keeps milliseconds: a binding read back equals the one returned
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    static void requireIds(String openid, String accountId, String unionid) {
        if (openid == null || !OPENID.matcher(openid).matches()) {
            throw new SsoException(SsoError.INVALID_REQUEST, "openid must be 1..64 of [A-Za-z0-9_-]");
        }
        if (!Text.isPlain(accountId, 128)) {
            throw new SsoException(SsoError.INVALID_REQUEST, "account id must be 1..128 plain characters");
        }
        if (unionid != null && !OPENID.matcher(unionid).matches()) {
            throw new SsoException(SsoError.INVALID_REQUEST, "unionid must be 1..64 of [A-Za-z0-9_-]");
        }
    }

    private Client activeClient(String clientId, String actor, String action) {
        Client c = clients.find(clientId).orElseThrow(() -> refuse(actor, action, SsoError.NOT_FOUND, clientId, null,
                null, "unknown client"));
        if (!c.active()) {
            throw refuse(actor, action, SsoError.INVALID_CLIENT, clientId, null, null, "client disabled");
        }
        return c;
    }

    private SsoException refuse(String actor, String action, SsoError error, String clientId, String openid,
                                String accountId, String why) {
        audit.record(actor, action, error.code(), clientId, openid, accountId, null, why);
        return new SsoException(error, why);
    }

    private static String actorOf(BindProof proof, String clientId) {
        return proof instanceof BindProof.Admin a ? "admin:" + a.operator() : "client:" + clientId;
    }
}
