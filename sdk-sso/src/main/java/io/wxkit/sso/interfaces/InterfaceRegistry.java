package io.wxkit.sso.interfaces;

import io.wxkit.sso.audit.AuditLog;
import io.wxkit.sso.client.ClientRegistry;
import io.wxkit.sso.internal.Db;
import io.wxkit.sso.internal.Secrets;
import io.wxkit.sso.internal.Text;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The business-interface registry (业务接口设置): create, change, enable/disable, order and delete the
 * interfaces that connect what users send to business systems; every change is a new version in the
 * history and a row in the SSO audit trail, and bumps the revision the routers of every node reload on.
 *
 * <pre>{@code
 * BusinessInterface order = interfaces.registry().create(spec, "admin:alice");
 * interfaces.registry().update(order.id(), order.version(), changed, "admin:alice");
 * }</pre>
 *
 * <p>Changes are optimistic: {@link #update} and {@link #delete} name the version they read and fail with
 * {@link InterfaceError#VERSION_CONFLICT} when someone else changed it first. Thread-safe.
 */
public final class InterfaceRegistry {
    private final InterfaceRows rows;
    private final ClientRegistry clients;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    InterfaceRegistry(InterfaceRows rows, ClientRegistry clients, AuditLog audit, Clock clock, SecureRandom random) {
        this.rows = rows;
        this.clients = clients;
        this.audit = audit;
        this.clock = clock;
        this.random = random;
    }

    /**
     * Registers a new, enabled interface at the end of the routing order.
     *
     * @param spec  the validated definition, built with {@link InterfaceSpec#builder}
     * @param actor who creates it, for the audit log and the history
     * @return the interface, version 1, enabled; routers on other nodes pick it up within their reload interval
     * @throws InterfaceException {@code NAME_TAKEN}, {@code UNKNOWN_CLIENT}
     */
    public BusinessInterface create(InterfaceSpec spec, String actor) {
        Objects.requireNonNull(spec, "spec");
        requireClient(spec, actor, "interface.create");
        String id = Secrets.randomHex(random, 12);
        BusinessInterface created;
        try {
            created = rows.jdbi().inTransaction(h -> {
                BusinessInterface i = new BusinessInterface(id, spec, InterfaceRows.nextPosition(h), true, 1,
                        actor(actor), Instant.ofEpochMilli(clock.millis()));
                InterfaceRows.insert(h, i, i.updatedAt().toEpochMilli());
                InterfaceRows.history(h, i, "create");
                InterfaceRows.bumpRevision(h);
                return i;
            });
        } catch (UnableToExecuteStatementException e) {
            if (Db.isDuplicateKey(e)) {
                record(actor, "interface.create", "name_taken", spec, null);
                throw new InterfaceException(InterfaceError.NAME_TAKEN, "an interface named '" + Text.safe(spec.name(), 100)
                        + "' exists");
            }
            throw e;
        }
        record(actor, "interface.create", "ok", spec, created);
        changed();
        return created;
    }

    /**
     * Replaces the definition of {@code id}, if it is still at {@code expectedVersion}.
     *
     * @param id              the interface's id, as {@link BusinessInterface#id()}
     * @param expectedVersion the version the caller read ({@link BusinessInterface#version()}): optimistic concurrency
     * @param spec            the new definition
     * @param actor           who does it, for the audit log and the history, e.g. {@code "admin:alice"}
     * @return the interface at its new version
     * @throws InterfaceException {@code NOT_FOUND}, {@code VERSION_CONFLICT}, {@code NAME_TAKEN}, {@code UNKNOWN_CLIENT}
     */
    public BusinessInterface update(String id, int expectedVersion, InterfaceSpec spec, String actor) {
        Objects.requireNonNull(spec, "spec");
        requireClient(spec, actor, "interface.update");
        return change(id, expectedVersion, actor, "update", i -> withSpec(i, spec));
    }

    /**
     * Enables {@code id} (a new version even when it already was).
     *
     * @param id              the interface's id, as {@link BusinessInterface#id()}
     * @param expectedVersion the version the caller read ({@link BusinessInterface#version()}): optimistic concurrency
     * @param actor           who does it, for the audit log and the history, e.g. {@code "admin:alice"}
     * @return the interface at its new version
     * @throws InterfaceException {@code NOT_FOUND}, {@code VERSION_CONFLICT}
     */
    public BusinessInterface enable(String id, int expectedVersion, String actor) {
        return change(id, expectedVersion, actor, "enable", i -> new BusinessInterface(i.id(), i.spec(), i.position(),
                true, i.version(), i.updatedBy(), i.updatedAt()));
    }

    /**
     * Disables {@code id}: the routers stop using it at their next reload.
     *
     * @param id              the interface's id, as {@link BusinessInterface#id()}
     * @param expectedVersion the version the caller read ({@link BusinessInterface#version()}): optimistic concurrency
     * @param actor           who does it, for the audit log and the history, e.g. {@code "admin:alice"}
     * @return the interface at its new version
     * @throws InterfaceException {@code NOT_FOUND}, {@code VERSION_CONFLICT}
     */
    public BusinessInterface disable(String id, int expectedVersion, String actor) {
        return change(id, expectedVersion, actor, "disable", i -> new BusinessInterface(i.id(), i.spec(), i.position(),
                false, i.version(), i.updatedBy(), i.updatedAt()));
    }

    /**
     * Moves {@code id} to {@code position} in the routing order (lower first; ties by name).
     *
     * @param id              the interface's id, as {@link BusinessInterface#id()}
     * @param expectedVersion the version the caller read ({@link BusinessInterface#version()}): optimistic concurrency
     * @param position        the new place in the routing order; lower is tried first
     * @param actor           who does it, for the audit log and the history, e.g. {@code "admin:alice"}
     * @return the interface at its new version
     * @throws InterfaceException {@code NOT_FOUND}, {@code VERSION_CONFLICT}
     */
    public BusinessInterface move(String id, int expectedVersion, int position, String actor) {
        return change(id, expectedVersion, actor, "move", i -> new BusinessInterface(i.id(), i.spec(), position,
                i.enabled(), i.version(), i.updatedBy(), i.updatedAt()));
    }

    /**
     * Deletes {@code id}; its history stays, ending with a {@code delete} entry.
     *
     * @param id              the interface's id, as {@link BusinessInterface#id()}
     * @param expectedVersion the version the caller read ({@link BusinessInterface#version()}): optimistic concurrency
     * @param actor           who does it, for the audit log and the history, e.g. {@code "admin:alice"}
     * @throws InterfaceException {@code NOT_FOUND}, {@code VERSION_CONFLICT}
     */
    public void delete(String id, int expectedVersion, String actor) {
        BusinessInterface current = require(id, actor, "interface.delete");
        boolean done = rows.jdbi().inTransaction(h -> {
            if (!InterfaceRows.delete(h, id, expectedVersion)) {
                return false;
            }
            InterfaceRows.history(h, new BusinessInterface(id, current.spec(), current.position(), false,
                    expectedVersion + 1, actor(actor), Instant.ofEpochMilli(clock.millis())), "delete");
            InterfaceRows.bumpRevision(h);
            return true;
        });
        if (!done) {
            throw conflict(id, expectedVersion, actor, "interface.delete", current.spec());
        }
        record(actor, "interface.delete", "ok", current.spec(), current);
        changed();
    }

    /**
     * The interface {@code id}, if registered.
     *
     * @param id the interface's id
     * @return the interface, or empty (also after a delete)
     */
    public Optional<BusinessInterface> find(String id) {
        return id == null ? Optional.empty() : rows.find(id);
    }

    /**
     * All interfaces, enabled or not, in routing order.
     *
     * @return a snapshot, in the order the routers try them
     */
    public List<BusinessInterface> list() {
        return rows.list();
    }

    /**
     * The version history of {@code id}, oldest first (also after a delete).
     *
     * @param id the interface's id
     * @return every version with who made it and when; empty for an id that never existed
     */
    public List<InterfaceVersion> history(String id) {
        return rows.history(id);
    }

    /**
     * The revision counter: changes whenever any interface changes, on any node.
     *
     * @return a number that differs after any change; compare two reads, not their size
     */
    public long revision() {
        return rows.revision();
    }

    /** Runs {@code listener} after each change made through this registry (the local router reloads at once). */
    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    private BusinessInterface change(String id, int expectedVersion, String actor, String kind,
                                     UnaryOperator<BusinessInterface> edit) {
        String action = "interface." + kind;
        BusinessInterface current = require(id, actor, action);
        BusinessInterface edited = edit.apply(current);
        BusinessInterface next = new BusinessInterface(id, edited.spec(), edited.position(), edited.enabled(),
                expectedVersion + 1, actor(actor), Instant.ofEpochMilli(clock.millis()));
        boolean done;
        try {
            done = rows.jdbi().inTransaction(h -> {
                if (!InterfaceRows.replace(h, next, expectedVersion)) {
                    return false;
                }
                InterfaceRows.history(h, next, kind);
                InterfaceRows.bumpRevision(h);
                return true;
            });
        } catch (UnableToExecuteStatementException e) {
            if (Db.isDuplicateKey(e)) {
                record(actor, action, "name_taken", next.spec(), current);
                throw new InterfaceException(InterfaceError.NAME_TAKEN, "an interface named '"
                        + Text.safe(next.spec().name(), 100) + "' exists");
            }
            throw e;
        }
        if (!done) {
            throw conflict(id, expectedVersion, actor, action, next.spec());
        }
        record(actor, action, "ok", next.spec(), next);
        changed();
        return next;
    }

    private BusinessInterface require(String id, String actor, String action) {
        Optional<BusinessInterface> found = find(id);
        if (found.isEmpty()) {
            audit.record(actor(actor), action, "not_found", null, null, null, null, "id=" + Text.safe(id, 40));
            throw new InterfaceException(InterfaceError.NOT_FOUND, "no interface " + Text.safe(id, 40));
        }
        return found.get();
    }

    private InterfaceException conflict(String id, int expected, String actor, String action, InterfaceSpec spec) {
        boolean exists = rows.find(id).isPresent();
        record(actor, action, exists ? "version_conflict" : "not_found", spec, null);
        return exists ? new InterfaceException(InterfaceError.VERSION_CONFLICT, "interface " + id
                + " is no longer at version " + expected + ": read it again")
                : new InterfaceException(InterfaceError.NOT_FOUND, "no interface " + id);
    }

    private void requireClient(InterfaceSpec spec, String actor, String action) {
        if (clients.find(spec.clientId()).isEmpty()) {
            record(actor, action, "unknown_client", spec, null);
            throw new InterfaceException(InterfaceError.UNKNOWN_CLIENT, "no SSO client " + spec.clientId());
        }
    }

    private void record(String actor, String action, String outcome, InterfaceSpec spec, BusinessInterface i) {
        String detail = "name=" + spec.name() + (i == null ? "" : " id=" + i.id() + " v=" + i.version()
                + " enabled=" + i.enabled() + " position=" + i.position());
        audit.record(actor(actor), action, outcome, spec.clientId(), null, null, null, detail);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    private static BusinessInterface withSpec(BusinessInterface i, InterfaceSpec spec) {
        return new BusinessInterface(i.id(), spec, i.position(), i.enabled(), i.version(), i.updatedBy(), i.updatedAt());
    }

    private static String actor(String actor) {
        if (!Text.isPlain(actor, 128)) {
            throw new InterfaceException(InterfaceError.INVALID_DEFINITION, "actor must be 1..128 plain characters");
        }
        return actor;
    }
}
