package io.wxkit.modules.member;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/** The SQL of admins and of scoped member queries. */
final class AdminRows {
    private AdminRows() {
    }

    static Optional<Admin> find(Handle h, String openid) {
        Optional<String> role = h.createQuery("SELECT role FROM wxkit_member_admin WHERE openid = :o").bind("o", openid)
                .mapTo(String.class).findOne();
        return role.map(r -> {
            Set<AdminScope> scopes = new HashSet<>(h.createQuery("SELECT scope_kind, scope_value FROM wxkit_member_admin_scope WHERE openid = :o")
                    .bind("o", openid).map((rs, ctx) -> new AdminScope(AdminScope.Kind.valueOf(rs.getString(1)), rs.getString(2))).list());
            return new Admin(openid, AdminRole.valueOf(r), scopes);
        });
    }

    static void save(Handle h, Admin admin, String grantedBy, Instant now) {
        delete(h, admin.openid());
        h.createUpdate("INSERT INTO wxkit_member_admin (openid, role, granted_by, granted_at) VALUES (:o, :r, :g, :now)")
                .bind("o", admin.openid()).bind("r", admin.role().name()).bind("g", grantedBy).bind("now", now.toEpochMilli()).execute();
        for (AdminScope s : admin.scopes()) {
            h.createUpdate("INSERT INTO wxkit_member_admin_scope (openid, scope_kind, scope_value) VALUES (:o, :k, :v)")
                    .bind("o", admin.openid()).bind("k", s.kind().name()).bind("v", s.value()).execute();
        }
    }

    static void delete(Handle h, String openid) {
        h.createUpdate("DELETE FROM wxkit_member_admin_scope WHERE openid = :o").bind("o", openid).execute();
        h.createUpdate("DELETE FROM wxkit_member_admin WHERE openid = :o").bind("o", openid).execute();
    }

    static int count(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM wxkit_member_admin").mapTo(Integer.class).one();
    }

    /**
     * The SQL condition on {@code m} (the member table) that keeps exactly the admin's members, with its
     * bindings: the same rule as {@link Admin#manages(Member)}, evaluated by the database.
     */
    static Map.Entry<String, Map<String, List<String>>> scopeCondition(Admin admin) {
        if (admin.role() == AdminRole.OWNER || admin.scopes().stream().anyMatch(s -> s.kind() == AdminScope.Kind.ALL)) {
            return Map.entry("1 = 1", Map.of());
        }
        List<String> depts = values(admin, AdminScope.Kind.DEPARTMENT);
        List<String> levels = values(admin, AdminScope.Kind.LEVEL);
        List<String> tags = values(admin, AdminScope.Kind.TAG);
        StringBuilder sql = new StringBuilder("(1 = 0");
        Map<String, List<String>> lists = new java.util.HashMap<>();
        if (!depts.isEmpty()) {
            sql.append(" OR m.department IN (<depts>)");
            lists.put("depts", depts);
        }
        if (!levels.isEmpty()) {
            sql.append(" OR m.level_code IN (<levels>)");
            lists.put("levels", levels);
        }
        if (!tags.isEmpty()) {
            sql.append(" OR EXISTS (SELECT 1 FROM wxkit_member_tag t WHERE t.member_id = m.id AND t.tag IN (<tags>))");
            lists.put("tags", tags);
        }
        return Map.entry(sql.append(")").toString(), lists);
    }

    static Query bindScope(Query q, Map<String, List<String>> lists) {
        lists.forEach(q::bindList);
        return q;
    }

    private static List<String> values(Admin admin, AdminScope.Kind kind) {
        return admin.scopes().stream().filter(s -> s.kind() == kind).map(AdminScope::value).sorted().toList();
    }
}
