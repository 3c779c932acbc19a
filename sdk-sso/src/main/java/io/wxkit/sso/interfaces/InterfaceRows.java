package io.wxkit.sso.interfaces;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The SQL of the registry: current rows, version history and the revision counter (V2 migration). */
final class InterfaceRows {
    private static final String COLUMNS = "id, name, client_id, position, enabled, version, definition, updated_by,"
            + " updated_at";

    private final Jdbi jdbi;

    InterfaceRows(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Jdbi jdbi() {
        return jdbi;
    }

    static void insert(Handle h, BusinessInterface i, long now) {
        h.createUpdate("INSERT INTO sso_interface (" + COLUMNS + ", created_at) VALUES (:id, :name, :client, :position,"
                        + " :enabled, :version, :definition, :by, :at, :at)")
                .bind("id", i.id()).bind("name", i.spec().name()).bind("client", i.spec().clientId())
                .bind("position", i.position()).bind("enabled", i.enabled() ? 1 : 0).bind("version", i.version())
                .bind("definition", InterfaceJson.write(i.spec())).bind("by", i.updatedBy()).bind("at", now).execute();
    }

    /** Writes {@code next} if the stored version is still {@code expected}; false when it is not (or gone). */
    static boolean replace(Handle h, BusinessInterface next, int expected) {
        return h.createUpdate("UPDATE sso_interface SET name = :name, client_id = :client, position = :position,"
                        + " enabled = :enabled, version = :version, definition = :definition, updated_by = :by,"
                        + " updated_at = :at WHERE id = :id AND version = :expected")
                .bind("id", next.id()).bind("name", next.spec().name()).bind("client", next.spec().clientId())
                .bind("position", next.position()).bind("enabled", next.enabled() ? 1 : 0)
                .bind("version", next.version()).bind("definition", InterfaceJson.write(next.spec()))
                .bind("by", next.updatedBy()).bind("at", next.updatedAt().toEpochMilli()).bind("expected", expected)
                .execute() == 1;
    }

    static boolean delete(Handle h, String id, int expected) {
        return h.createUpdate("DELETE FROM sso_interface WHERE id = :id AND version = :expected")
                .bind("id", id).bind("expected", expected).execute() == 1;
    }

    static void history(Handle h, BusinessInterface i, String change) {
        h.createUpdate("INSERT INTO sso_interface_version (interface_id, version, change_kind, position, enabled,"
                        + " definition, changed_by, changed_at) VALUES (:id, :version, :change, :position, :enabled,"
                        + " :definition, :by, :at)")
                .bind("id", i.id()).bind("version", i.version()).bind("change", change).bind("position", i.position())
                .bind("enabled", i.enabled() ? 1 : 0).bind("definition", InterfaceJson.write(i.spec()))
                .bind("by", i.updatedBy()).bind("at", i.updatedAt().toEpochMilli()).execute();
    }

    /** Bumps the revision other nodes poll; the same row for every change, so changes serialise on it. */
    static void bumpRevision(Handle h) {
        h.createUpdate("UPDATE sso_interface_revision SET revision = revision + 1 WHERE id = 1").execute();
    }

    static int nextPosition(Handle h) {
        Integer max = h.createQuery("SELECT MAX(position) FROM sso_interface").mapTo(Integer.class).one();
        return max == null ? 10 : max + 10;
    }

    Optional<BusinessInterface> find(String id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    static Optional<BusinessInterface> find(Handle h, String id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM sso_interface WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new BusinessInterface(rs.getString("id"), InterfaceJson.read(rs.getString("definition")),
                        rs.getInt("position"), rs.getInt("enabled") == 1, rs.getInt("version"),
                        rs.getString("updated_by"), Instant.ofEpochMilli(rs.getLong("updated_at"))))
                .findOne();
    }

    List<BusinessInterface> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM sso_interface ORDER BY position, name")
                .map((rs, ctx) -> new BusinessInterface(rs.getString("id"), InterfaceJson.read(rs.getString("definition")),
                        rs.getInt("position"), rs.getInt("enabled") == 1, rs.getInt("version"),
                        rs.getString("updated_by"), Instant.ofEpochMilli(rs.getLong("updated_at"))))
                .list());
    }

    List<InterfaceVersion> history(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM sso_interface_version WHERE interface_id = :id"
                        + " ORDER BY version").bind("id", id)
                .map((rs, ctx) -> new InterfaceVersion(rs.getString("interface_id"), rs.getInt("version"),
                        rs.getString("change_kind"), InterfaceJson.read(rs.getString("definition")),
                        rs.getInt("position"), rs.getInt("enabled") == 1, rs.getString("changed_by"),
                        Instant.ofEpochMilli(rs.getLong("changed_at"))))
                .list());
    }

    long revision() {
        return jdbi.withHandle(h -> h.createQuery("SELECT revision FROM sso_interface_revision WHERE id = 1")
                .mapTo(Long.class).one());
    }
}
