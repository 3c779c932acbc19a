package io.wxkit.modules.member;

import io.wxkit.modules.common.AuditEntry;
import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.DailyCount;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.Untrusted;
import io.wxkit.modules.common.internal.stats.DayCounts;
import io.wxkit.modules.common.internal.db.Transactions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Member profiles (会员资料): joining, the optional SSO account binding, paid orders fed in by the shop, and
 * the level definitions.
 *
 * <pre>{@code
 * Member m = member.members().join(Participant.of(openid).nickname("Ann"), "sales");
 * member.members().recordPaidOrder(openid, "4200001234", 9900);   // from the pay notification handler
 * }</pre>
 *
 * <p>Thread-safe; get it from {@link MemberModule#members()}.
 */
public final class Members {
    static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_ .-]{1,64}");
    static final Pattern KEY = Pattern.compile("[A-Za-z0-9_:.-]{1,64}");
    private final ModuleContext context;
    private final Transactions tx;

    Members(ModuleContext context) {
        this.context = context;
        this.tx = Transactions.on(context.jdbi());
    }

    /**
     * The member bound to {@code who}'s openid, made now (with a card number) if there is none; a second join
     * returns the existing profile unchanged.
     *
     * @param who the member-to-be: openid and nickname; not null
     * @param department the department (an admin scope), or null
     * @return the member, new or existing
     * @throws NullPointerException if {@code who} is null
     * @throws ModuleException {@code INVALID_INPUT} if {@code department} is malformed
     */
    public Member join(Participant who, String department) {
        Objects.requireNonNull(who, "who");
        requireName("department", department);
        Instant now = context.clock().instant();
        return tx.run(h -> {
            var existing = MemberRows.byOpenid(h, who.openid(), false);
            if (existing.isPresent()) {
                return existing.get();
            }
            MemberRows.insert(h, who.openid(), who.nickname(), department, now);
            MemberRows.relevel(h, who.openid());
            return MemberRows.byOpenid(h, who.openid(), false).orElseThrow();
        });
    }

    /**
     * The member bound to {@code openid}.
     *
     * @param openid the member's openid, 1-64 characters of {@code [A-Za-z0-9_-]}
     * @return the member
     * @throws ModuleException {@code MEMBER_NOT_FOUND}
     */
    public Member find(String openid) {
        Participant.requireId("openid", openid);
        return tx.run(h -> MemberRows.byOpenid(h, openid, false)).orElseThrow(() -> notFound(openid));
    }

    /**
     * Binds the member to an SSO account id (as the SSO module names it), or unbinds with {@code null}.
     *
     * @param openid the member's openid
     * @param accountId 1-64 characters of {@code [A-Za-z0-9_:.-]}, or {@code null} to unbind
     * @return the member as changed
     * @throws ModuleException {@code INVALID_INPUT}, {@code MEMBER_NOT_FOUND}
     */
    public Member bindAccount(String openid, String accountId) {
        if (accountId != null) {
            requireKey("accountId", accountId);
        }
        return tx.run(h -> {
            Member m = MemberRows.byOpenid(h, openid, true).orElseThrow(() -> notFound(openid));
            MemberRows.set(h, m.id(), "account_id", accountId);
            return MemberRows.byOpenid(h, openid, false).orElseThrow();
        });
    }

    /**
     * Counts paid order {@code orderNo} of {@code amountFen} towards order levels; the same order number
     * counts once however often the payment notification arrives.
     *
     * @param openid the member's openid, 1-64 characters of {@code [A-Za-z0-9_-]}
     * @param orderNo the order number, 1-64 characters of {@code [A-Za-z0-9_:.-]}
     * @param amountFen the paid amount in fen, positive
     * @return whether it was new
     * @throws ModuleException {@code INVALID_INPUT}, {@code MEMBER_NOT_FOUND}
     */
    public boolean recordPaidOrder(String openid, String orderNo, long amountFen) {
        requireKey("orderNo", orderNo);
        if (amountFen <= 0) {
            throw new ModuleException(CommonError.INVALID_INPUT, "amountFen must be positive");
        }
        Instant now = context.clock().instant();
        return tx.run(h -> {
            Member m = MemberRows.byOpenid(h, Participant.requireId("openid", openid), true).orElseThrow(() -> notFound(openid));
            boolean fresh = MemberRows.recordOrder(h, m.id(), orderNo, amountFen, now);
            MemberRows.relevel(h, openid);
            return fresh;
        });
    }

    /**
     * Defines (or redefines) a level on behalf of {@code operator}; existing members move on their next change.
     *
     * @param level the level, replacing one with the same code; not null
     * @param operator who defines it (1-64 of {@code [A-Za-z0-9_:.-]}), as recorded in the audit log
     * @throws NullPointerException if {@code level} is null
     * @throws ModuleException {@code INVALID_INPUT} if {@code operator} is malformed
     */
    public void defineLevel(Level level, String operator) {
        Objects.requireNonNull(level, "level");
        requireKey("operator", operator);
        tx.use(h -> {
            MemberRows.saveLevel(h, level);
            context.audit().record(h, AuditEntry.of(MemberModule.NAME, operator, "level.define", "level:" + level.code(), "OK"));
        });
    }

    /**
     * The levels, best first.
     *
     * @return every defined level, highest rank first
     */
    public List<Level> levels() {
        return tx.run(MemberRows::levels);
    }

    static ModuleException notFound(String openid) {
        return new ModuleException(MemberError.MEMBER_NOT_FOUND, "no member bound to " + Untrusted.clip(openid));
    }

    static String requireName(String field, String value) {
        if (value != null && !NAME.matcher(value).matches()) {
            throw new ModuleException(CommonError.INVALID_INPUT, field + " must be 1-64 letters, digits, space, _ . -");
        }
        return value;
    }

    static String requireKey(String field, String value) {
        if (value == null || !KEY.matcher(value).matches()) {
            throw new ModuleException(CommonError.INVALID_INPUT, field + " must be 1-64 of [A-Za-z0-9_:.-], got " + Untrusted.clip(value));
        }
        return value;
    }

    /**
     * The members who joined on each day from {@code first} to {@code last} (both included, the module's zone), one
     * entry per day, days without new members as {@code 0}. One query.
     *
     * @param first the first day, in the module's time zone; not null
     * @param last  the last day, included; not before {@code first}, at most 400 days after it
     * @return one count a day from {@code first} to {@code last}, in order
     * @throws ModuleException {@code INVALID_INPUT} when {@code last} is before {@code first} or the range is longer
     *                         than 400 days
     */
    public List<DailyCount> perDay(LocalDate first, LocalDate last) {
        return DayCounts.of(context, "wxkit_member_member", "created_at", null, first, last);
    }
}
