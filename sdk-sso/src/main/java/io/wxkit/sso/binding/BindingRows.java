package io.wxkit.sso.binding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** SQL of {@code sso_binding}. */
final class BindingRows {
    private final Jdbi jdbi;

    BindingRows(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    void insert(Binding b) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO sso_binding (client_id, openid, account_id, unionid, status,"
                        + " method, bound_by, bound_at) VALUES (:c, :o, :a, :u, :s, :m, :by, :at)")
                .bind("c", b.clientId()).bind("o", b.openid()).bind("a", b.accountId()).bind("u", b.unionid())
                .bind("s", b.status().name()).bind("m", b.method()).bind("by", b.boundBy())
                .bind("at", b.boundAt().toEpochMilli()).execute());
    }

    boolean delete(String clientId, String openid) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM sso_binding WHERE client_id = :c AND openid = :o")
                .bind("c", clientId).bind("o", openid).execute()) == 1;
    }

    boolean setStatus(String clientId, String openid, BindingStatus status) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE sso_binding SET status = :s WHERE client_id = :c"
                + " AND openid = :o").bind("s", status.name()).bind("c", clientId).bind("o", openid).execute()) == 1;
    }

    Optional<Binding> byOpenid(String clientId, String openid) {
        return one("SELECT * FROM sso_binding WHERE client_id = :c AND openid = :v", clientId, openid);
    }

    Optional<Binding> byAccount(String clientId, String accountId) {
        return one("SELECT * FROM sso_binding WHERE client_id = :c AND account_id = :v", clientId, accountId);
    }

    List<Binding> ofOpenid(String openid) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM sso_binding WHERE openid = :o ORDER BY client_id")
                .bind("o", openid).map((rs, ctx) -> row(rs)).list());
    }

    List<Binding> page(String clientId, String after, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM sso_binding WHERE client_id = :c AND openid > :after"
                        + " ORDER BY openid LIMIT :limit")
                .bind("c", clientId).bind("after", after == null ? "" : after).bind("limit", limit)
                .map((rs, ctx) -> row(rs)).list());
    }

    private Optional<Binding> one(String sql, String clientId, String value) {
        return jdbi.withHandle(h -> h.createQuery(sql).bind("c", clientId).bind("v", value)
                .map((rs, ctx) -> row(rs)).findOne());
    }

    private static Binding row(ResultSet rs) throws SQLException {
        return new Binding(rs.getString("client_id"), rs.getString("openid"), rs.getString("account_id"),
                rs.getString("unionid"), BindingStatus.valueOf(rs.getString("status")), rs.getString("method"),
                rs.getString("bound_by"), Instant.ofEpochMilli(rs.getLong("bound_at")));
    }
}
