package io.wxkit.sso.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/** SQL of {@code sso_client}. */
final class ClientRows {
    record Row(Client client, String secretHash, String previousHash, long previousValidUntil) {}

    private final Jdbi jdbi;

    ClientRows(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void insert(ClientRegistration r, String secretHash, long now) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO sso_client (client_id, name, secret_hash, redirect_uris, claims,"
                        + " verify_url, signing_version, status, created_at, updated_at) VALUES (:id, :name, :hash,"
                        + " :uris, :claims, :verify, 1, 'ACTIVE', :now, :now)")
                .bind("id", r.clientId()).bind("name", r.name()).bind("hash", secretHash)
                .bind("uris", String.join("\n", r.redirectUris()))
                .bind("claims", r.claims().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .bind("verify", r.verifyUrl()).bind("now", now).execute());
    }

    boolean rotate(String clientId, String newHash, long previousValidUntil, long now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE sso_client SET previous_secret_hash = secret_hash,"
                        + " previous_valid_until = :until, secret_hash = :hash, updated_at = :now WHERE client_id = :id")
                .bind("until", previousValidUntil).bind("hash", newHash).bind("now", now).bind("id", clientId)
                .execute()) == 1;
    }

    boolean updateUrls(String clientId, List<String> redirectUris, String verifyUrl, long now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE sso_client SET redirect_uris = :uris, verify_url = :verify,"
                        + " updated_at = :now WHERE client_id = :id")
                .bind("uris", String.join("\n", redirectUris)).bind("verify", verifyUrl).bind("now", now)
                .bind("id", clientId).execute()) == 1;
    }

    boolean bumpSigningVersion(String clientId, long now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE sso_client SET signing_version = signing_version + 1,"
                + " updated_at = :now WHERE client_id = :id").bind("now", now).bind("id", clientId).execute()) == 1;
    }

    boolean setStatus(String clientId, ClientStatus status, long now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE sso_client SET status = :s, updated_at = :now"
                + " WHERE client_id = :id").bind("s", status.name()).bind("now", now).bind("id", clientId)
                .execute()) == 1;
    }

    Optional<Row> find(String clientId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM sso_client WHERE client_id = :id")
                .bind("id", clientId).map((rs, ctx) -> row(rs)).findOne());
    }

    List<Client> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM sso_client ORDER BY client_id")
                .map((rs, ctx) -> row(rs).client()).list());
    }

    private static Row row(ResultSet rs) throws SQLException {
        String claims = rs.getString("claims");
        Set<Claim> set = claims.isEmpty() ? Set.of() : Arrays.stream(claims.split(","))
                .map(Claim::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Claim.class)));
        Client c = new Client(rs.getString("client_id"), rs.getString("name"),
                List.of(rs.getString("redirect_uris").split("\n")), set, rs.getString("verify_url"),
                rs.getInt("signing_version"), ClientStatus.valueOf(rs.getString("status")),
                Instant.ofEpochMilli(rs.getLong("created_at")));
        long until = rs.getLong("previous_valid_until");
        return new Row(c, rs.getString("secret_hash"), rs.getString("previous_secret_hash"), rs.wasNull() ? 0 : until);
    }
}
