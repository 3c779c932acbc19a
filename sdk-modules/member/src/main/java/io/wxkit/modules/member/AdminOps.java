package io.wxkit.modules.member;

import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.internal.CsvWriter;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Page;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.Untrusted;
import io.wxkit.modules.common.internal.db.Transactions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * What admins do to members from the H5 admin pages (会员管理), each call made with the admin's own openid:
 * the admin's role and scope are checked inside the same transaction as the change, on the member as it is
 * then (so a member moved out of scope a moment ago is refused), and the change and its audit row commit
 * together. Refusals ({@code NOT_ADMIN}, {@code OUT_OF_SCOPE}) are audited too.
 *
 * <pre>{@code
 * member.adminOps().adjustPoints("oSalesLead", "oMember", -50, "complaint-1207", "goodwill reversal");
 * Page<Member> page = member.adminOps().search("oSalesLead", "Ann", PageRequest.first(20));
 * }</pre>
 *
 * <p>Thread-safe; get it from {@link MemberModule#adminOps()}.
 */
public final class AdminOps {
    private final ModuleContext context;
    private final Transactions tx;
    private final Admins admins;

    AdminOps(ModuleContext context, Admins admins) {
        this.context = context;
        this.tx = Transactions.on(context.jdbi());
        this.admins = admins;
    }

    /**
     * A member in the admin's scope (VIEWER).
     *
     * @param admin the acting admin's openid
     * @param memberOpenid the member's openid
     * @return the member
     * @throws ModuleException {@code NOT_ADMIN}, {@code OUT_OF_SCOPE}, {@code MEMBER_NOT_FOUND}
     */
    public Member view(String admin, String memberOpenid) {
        return tx.run(h -> inScope(h, Admins.requireRole(h, admin, AdminRole.VIEWER), memberOpenid, false));
    }

    /**
     * Earns ({@code delta > 0}) or takes points for a member in scope (MANAGER), idempotent by {@code businessKey}
     * like {@link Points}; the balance never goes below zero.
     *
     * @param admin the acting admin's openid
     * @param memberOpenid the member's openid
     * @param delta the points to add (positive) or take (negative), non-zero, at most 1,000,000,000 either way
     * @param businessKey 1-58 characters of {@code [A-Za-z0-9_:.-]}; stored as {@code admin:<key>}
     * @param reason 1-200 characters, not blank
     * @return the ledger entry (the earlier one for a repeated key and amount)
     * @throws ModuleException {@code INVALID_INPUT}, {@code NOT_ADMIN}, {@code OUT_OF_SCOPE}, {@code MEMBER_NOT_FOUND},
     *     {@code BUSINESS_KEY_CONFLICT}, {@code INSUFFICIENT_POINTS}
     */
    public PointsEntry adjustPoints(String admin, String memberOpenid, long delta, String businessKey, String reason) {
        Members.requireKey("businessKey", businessKey);
        if (businessKey.length() > 58) {
            // stored as admin:<key> in a 64-character column
            throw new ModuleException(CommonError.INVALID_INPUT, "an adjustment's business key must be at most 58 characters");
        }
        if (delta == 0 || Math.abs(delta) > 1_000_000_000L || reason == null || reason.isBlank() || reason.length() > 200) {
            throw new ModuleException(CommonError.INVALID_INPUT, "an adjustment needs a non-zero amount and a reason of 1-200 characters");
        }
        Instant now = context.clock().instant();
        return admins.audited(admin, "points.adjust", "member:" + memberOpenid, h -> {
            Member m = inScope(h, Admins.requireRole(h, admin, AdminRole.MANAGER), memberOpenid, true);
            return Points.apply(h, m, delta, "admin:" + businessKey, null, reason, now);
        });
    }

    /**
     * Fixes a member's level (MANAGER), or hands it back to the rules with {@code null}.
     *
     * @param admin the acting admin's openid
     * @param memberOpenid the member's openid
     * @param levelCode a defined level's code, or {@code null} to let the rules decide again
     * @return the member as changed
     * @throws ModuleException {@code NOT_ADMIN}, {@code OUT_OF_SCOPE}, {@code MEMBER_NOT_FOUND}, {@code INVALID_LEVEL}
     */
    public Member setLevel(String admin, String memberOpenid, String levelCode) {
        return admins.audited(admin, "level.set", "member:" + memberOpenid, h -> {
            Member m = inScope(h, Admins.requireRole(h, admin, AdminRole.MANAGER), memberOpenid, true);
            if (levelCode != null && MemberRows.levels(h).stream().noneMatch(l -> l.code().equals(levelCode))) {
                throw new ModuleException(MemberError.INVALID_LEVEL, "no level " + Untrusted.clip(levelCode));
            }
            MemberRows.set(h, m.id(), "level_manual", levelCode != null);
            MemberRows.set(h, m.id(), "level_code", levelCode);
            MemberRows.relevel(h, memberOpenid);
            return MemberRows.byOpenid(h, memberOpenid, false).orElseThrow();
        });
    }

    /**
     * Adds or removes a tag of a member in scope (MANAGER).
     *
     * @param admin the acting admin's openid
     * @param memberOpenid the member's openid
     * @param tag 1-64 letters, digits, space, {@code _ . -}
     * @param add true to add, false to remove
     * @return the member as changed
     * @throws NullPointerException if {@code tag} is null
     * @throws ModuleException {@code INVALID_INPUT}, {@code NOT_ADMIN}, {@code OUT_OF_SCOPE}, {@code MEMBER_NOT_FOUND}
     */
    public Member tag(String admin, String memberOpenid, String tag, boolean add) {
        Members.requireName("tag", Objects.requireNonNull(tag, "tag"));
        return admins.audited(admin, add ? "tag.add" : "tag.remove", "member:" + memberOpenid, h -> {
            Member m = inScope(h, Admins.requireRole(h, admin, AdminRole.MANAGER), memberOpenid, true);
            MemberRows.tag(h, m.id(), tag, add);
            return MemberRows.byOpenid(h, memberOpenid, false).orElseThrow();
        });
    }

    /**
     * Moves a member in scope to {@code department} (MANAGER). An admin scoped by department may only move
     * members into departments they manage, so nobody can push a member out of reach of their own checks.
     *
     * @param admin the acting admin's openid
     * @param memberOpenid the member's openid
     * @param department 1-64 letters, digits, space, {@code _ . -}
     * @return the member as changed
     * @throws ModuleException {@code INVALID_INPUT}, {@code NOT_ADMIN}, {@code OUT_OF_SCOPE}, {@code MEMBER_NOT_FOUND}
     */
    public Member setDepartment(String admin, String memberOpenid, String department) {
        Members.requireName("department", department);
        return admins.audited(admin, "department.set", "member:" + memberOpenid, h -> {
            Admin a = Admins.requireRole(h, admin, AdminRole.MANAGER);
            Member m = inScope(h, a, memberOpenid, true);
            MemberRows.set(h, m.id(), "department", department);
            if (!a.manages(MemberRows.byOpenid(h, memberOpenid, false).orElseThrow())) {
                throw new ModuleException(MemberError.OUT_OF_SCOPE, "the member would leave this admin's scope");
            }
            return MemberRows.byOpenid(h, memberOpenid, false).orElseThrow();
        });
    }

    /**
     * The admin's members whose nickname, openid or card number contains {@code text} (null: all), newest first.
     *
     * @param admin the acting admin's openid
     * @param text at most 64 characters, matched literally, or {@code null} for all
     * @param page the cursor and size (1..{@value io.wxkit.modules.common.PageRequest#MAX_SIZE}); not null
     * @return the page and the cursor of the next one
     * @throws NullPointerException if {@code page} is null
     * @throws ModuleException {@code INVALID_INPUT}, {@code NOT_ADMIN}
     */
    public Page<Member> search(String admin, String text, PageRequest page) {
        Objects.requireNonNull(page, "page");
        if (text != null && text.length() > 64) {
            throw new ModuleException(CommonError.INVALID_INPUT, "search text must be at most 64 characters");
        }
        return tx.run(h -> {
            Map.Entry<String, Map<String, List<String>>> scope = AdminRows.scopeCondition(Admins.requireRole(h, admin, AdminRole.VIEWER));
            var q = h.createQuery("SELECT " + prefixed() + " FROM wxkit_member_member m WHERE " + scope.getKey()
                    + " AND m.id < :after" + (text == null ? "" : " AND (m.nickname LIKE :t ESCAPE '!' OR m.openid LIKE :t ESCAPE '!'"
                    + " OR m.card_no LIKE :t ESCAPE '!')") + " ORDER BY m.id DESC LIMIT :limit");
            AdminRows.bindScope(q, scope.getValue()).bind("after", page.afterId()).bind("limit", page.size() + 1);
            if (text != null) {
                q.bind("t", "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            }
            List<Member> rows = q.map((rs, ctx) -> MemberRows.row(rs, java.util.Set.of())).list().stream()
                    .map(m -> MemberRows.withTags(h, m)).toList();
            return Page.of(rows, page, Member::id);
        });
    }

    /**
     * Streams the admin's members (VIEWER) to {@code out} as formula-safe CSV; audited.
     *
     * @param admin the acting admin's openid
     * @param out where the CSV goes; not closed
     * @return how many members were written
     * @throws NullPointerException if {@code out} is null
     * @throws ModuleException {@code NOT_ADMIN}
     */
    public long exportCsv(String admin, Appendable out) {
        Objects.requireNonNull(out, "out");
        CsvWriter csv = CsvWriter.to(out);
        return admins.audited(admin, "member.export", "members", h -> {
            Map.Entry<String, Map<String, List<String>>> scope = AdminRows.scopeCondition(Admins.requireRole(h, admin, AdminRole.VIEWER));
            csv.row("card_no", "openid", "nickname", "department", "level", "points", "points_earned", "paid_orders", "paid_amount_fen");
            long[] n = {0};
            AdminRows.bindScope(h.createQuery("SELECT " + prefixed() + " FROM wxkit_member_member m WHERE " + scope.getKey()
                            + " ORDER BY m.id"), scope.getValue()).setFetchSize(500)
                    .map((rs, ctx) -> MemberRows.row(rs, java.util.Set.of()))
                    .forEach(m -> {
                        csv.row(m.cardNo(), m.openid(), m.nickname(), m.department(), m.levelCode().orElse(null), m.points(),
                                m.pointsEarned(), m.paidOrders(), m.paidAmountFen());
                        n[0]++;
                    });
            return n[0];
        });
    }

    private static Member inScope(Handle h, Admin a, String memberOpenid, boolean lock) {
        Participant.requireId("member openid", memberOpenid);
        Member m = MemberRows.byOpenid(h, memberOpenid, lock).orElseThrow(() -> Members.notFound(memberOpenid));
        if (!a.manages(m)) {
            throw new ModuleException(MemberError.OUT_OF_SCOPE, "this member is outside the admin's scope");
        }
        return m;
    }

    private static String prefixed() {
        return "m." + MemberRows.COLUMNS.replace(", ", ", m.");
    }
}
