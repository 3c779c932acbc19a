package io.wxkit.modules.member;

import static io.wxkit.modules.member.MemberRulesTest.code;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.wxkit.modules.common.AuditEntry;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.RateLimits;
import io.wxkit.modules.common.testkit.TestDatabase;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every admin operation, called with the admin's own openid, inside and outside the admin's scope, by a
 * too-weak role and by a non-admin, on H2, PostgreSQL and MariaDB (database {@code wxkit_member}).
 */
class AdminScopeIT {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyAdminOperationChecksRoleAndScope(TestDatabase db) {
        try (HikariDataSource ds = db.fresh("wxkit_member", 5)) {
            ModuleContext context = ModuleContext.builder(ds).rateLimits(RateLimits.perMinute(10_000, 10_000)).build();
            MemberModule member = MemberModule.create(context, MemberRulesTest.SECRET);
            member.members().defineLevel(new Level("gold", "金卡", 2, new LevelRule.Manual()), "ops");
            member.admins().bootstrapOwner("oOwner", "ops");
            assertThat(code(() -> member.admins().bootstrapOwner("oOther", "ops"))).isEqualTo("NOT_ADMIN");
            member.members().join(Participant.of("mSales").nickname("Sally"), "sales");
            member.members().join(Participant.of("mOps").nickname("Otto"), "ops");
            member.members().join(Participant.of("mVip").nickname("Vera"), "ops");
            AdminOps ops = member.adminOps();
            ops.tag("oOwner", "mVip", "vip", true);
            ops.setLevel("oOwner", "mOps", "gold");
            member.admins().grant("oOwner", "oSales", AdminRole.MANAGER, Set.of(AdminScope.department("sales")));
            member.admins().grant("oOwner", "oGold", AdminRole.MANAGER, Set.of(AdminScope.level("gold")));
            member.admins().grant("oOwner", "oVipViewer", AdminRole.VIEWER, Set.of(AdminScope.tag("vip")));

            // view
            assertThat(ops.view("oSales", "mSales").openid()).isEqualTo("mSales");
            assertThat(code(() -> ops.view("oSales", "mOps"))).isEqualTo("OUT_OF_SCOPE");
            assertThat(ops.view("oVipViewer", "mVip").tags()).containsExactly("vip");
            assertThat(code(() -> ops.view("oVipViewer", "mSales"))).isEqualTo("OUT_OF_SCOPE");
            assertThat(code(() -> ops.view("oNobody", "mSales"))).isEqualTo("NOT_ADMIN");
            // points
            assertThat(ops.adjustPoints("oSales", "mSales", 30, "gift-1", "welcome").delta()).isEqualTo(30);
            assertThat(code(() -> ops.adjustPoints("oSales", "mOps", 30, "gift-2", "welcome"))).isEqualTo("OUT_OF_SCOPE");
            assertThat(code(() -> ops.adjustPoints("oVipViewer", "mVip", 30, "gift-3", "welcome"))).isEqualTo("NOT_ADMIN");
            assertThat(code(() -> ops.adjustPoints("oSales", "mSales", -31, "take-1", "fix"))).isEqualTo("INSUFFICIENT_POINTS");
            assertThat(member.points().balance("mOps")).isZero();
            assertThat(code(() -> ops.adjustPoints("oSales", "mSales", 1, "k".repeat(59), "fix"))).isEqualTo("INVALID_INPUT");
            assertThat(ops.adjustPoints("oSales", "mSales", 1, "k".repeat(58), "fix").businessKey()).hasSize(64);
            // level: by level scope, and the member leaves that scope with the change
            assertThat(ops.setLevel("oGold", "mOps", null).levelCode()).isEmpty();
            assertThat(code(() -> ops.setLevel("oGold", "mOps", "gold"))).isEqualTo("OUT_OF_SCOPE");
            assertThat(code(() -> ops.setLevel("oSales", "mSales", "platinum"))).isEqualTo("INVALID_LEVEL");
            assertThat(code(() -> ops.setLevel("oVipViewer", "mVip", "gold"))).isEqualTo("NOT_ADMIN");
            // tags
            assertThat(ops.tag("oSales", "mSales", "new", true).tags()).containsExactly("new");
            assertThat(code(() -> ops.tag("oSales", "mVip", "new", true))).isEqualTo("OUT_OF_SCOPE");
            // department: a department-scoped admin cannot move a member out of their reach
            assertThat(code(() -> ops.setDepartment("oSales", "mSales", "ops"))).isEqualTo("OUT_OF_SCOPE");
            assertThat(member.members().find("mSales").department()).isEqualTo("sales");
            assertThat(code(() -> ops.setDepartment("oSales", "mOps", "sales"))).isEqualTo("OUT_OF_SCOPE");
            assertThat(ops.setDepartment("oOwner", "mOps", "sales").department()).isEqualTo("sales");
            // search and export see only the scope
            assertThat(ops.search("oSales", null, PageRequest.first(10)).items()).extracting(Member::openid)
                    .containsExactly("mOps", "mSales");
            assertThat(ops.search("oSales", "Sal", PageRequest.first(10)).items()).extracting(Member::openid).containsExactly("mSales");
            assertThat(ops.search("oSales", "%", PageRequest.first(10)).items()).isEmpty();
            assertThat(ops.search("oVipViewer", null, PageRequest.first(10)).items()).extracting(Member::openid).containsExactly("mVip");
            assertThat(ops.search("oOwner", null, PageRequest.first(2)).next()).isPresent();
            assertThat(code(() -> ops.search("oNobody", null, PageRequest.first(10)))).isEqualTo("NOT_ADMIN");
            StringWriter csv = new StringWriter();
            assertThat(ops.exportCsv("oVipViewer", csv)).isEqualTo(1);
            assertThat(csv.toString()).contains("mVip").doesNotContain("mSales").doesNotContain("mOps");
            assertThat(code(() -> ops.exportCsv("oNobody", new StringWriter()))).isEqualTo("NOT_ADMIN");
            // granting is for owners only
            assertThat(code(() -> member.admins().grant("oSales", "oFriend", AdminRole.OWNER, Set.of(AdminScope.all()))))
                    .isEqualTo("NOT_ADMIN");
            assertThat(code(() -> member.admins().revoke("oOwner", "oOwner"))).isEqualTo("INVALID_INPUT");
            member.admins().revoke("oOwner", "oSales");
            assertThat(code(() -> ops.view("oSales", "mSales"))).isEqualTo("NOT_ADMIN");
            // every change and every refusal is in the audit log
            List<AuditEntry> audit = context.audit().list("member", PageRequest.first(100)).items();
            assertThat(audit).extracting(e -> e.actor() + " " + e.action() + " " + e.target() + " " + e.outcome())
                    .contains("oSales points.adjust member:mSales OK", "oSales points.adjust member:mOps OUT_OF_SCOPE",
                            "oVipViewer points.adjust member:mVip NOT_ADMIN", "oSales department.set member:mSales OUT_OF_SCOPE",
                            "oOwner admin.revoke admin:oSales OK", "oSales admin.grant admin:oFriend NOT_ADMIN",
                            "oVipViewer member.export members OK");
        }
    }
}
