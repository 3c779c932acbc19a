package io.wxkit.modules.member;

import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Page;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.internal.db.Transactions;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The points ledger (积分): earn and spend by business key, never below zero, each key counted once however
 * often or concurrently it is retried, and earned lots that expire. Each operation locks the member row
 * first, so one member's operations run one at a time: expired lots are swept, the balance is checked and
 * moved, and spends use up the lots that expire soonest, all in one transaction.
 *
 * <pre>{@code
 * member.points().earn(openid, 100, "checkin:20261203", Instant.parse("2027-12-31T16:00:00Z"), "daily check-in");
 * member.points().spend(openid, 40, "redeem:coupon-17", "coupon");
 * }</pre>
 *
 * <p>Thread-safe; get it from {@link MemberModule#points()}.
 */
public final class Points {
    private final ModuleContext context;
    private final Transactions tx;

    Points(ModuleContext context) {
        this.context = context;
        this.tx = Transactions.on(context.jdbi());
    }

    /**
     * Adds {@code amount} points for {@code businessKey}, expiring at {@code expiresAt} (null: never). A
     * repeat of the same key and amount returns the first entry and changes nothing.
     *
     * @param openid the member's openid, 1-64 characters of {@code [A-Za-z0-9_-]}
     * @param amount the points to add, 1..1,000,000,000
     * @param businessKey 1-64 characters of {@code [A-Za-z0-9_:.-]}, not starting with {@code expire:} or {@code admin:}
     * @param expiresAt when these points lapse, or {@code null} for never
     * @param reason at most 200 characters, or null
     * @return the ledger entry (the earlier one for a repeated key and amount)
     * @throws ModuleException {@code MEMBER_NOT_FOUND}, {@code BUSINESS_KEY_CONFLICT}, {@code INVALID_INPUT}
     */
    public PointsEntry earn(String openid, long amount, String businessKey, Instant expiresAt, String reason) {
        return apply(openid, requireAmount(amount), businessKey, expiresAt, reason);
    }

    /**
     * Takes {@code amount} points for {@code businessKey}. A repeat of the same key and amount returns the
     * first entry and takes nothing.
     *
     * @param openid the member's openid, 1-64 characters of {@code [A-Za-z0-9_-]}
     * @param amount the points to take, 1..1,000,000,000
     * @param businessKey 1-64 characters of {@code [A-Za-z0-9_:.-]}, not starting with {@code expire:} or {@code admin:}
     * @param reason at most 200 characters, or null
     * @return the ledger entry (the earlier one for a repeated key and amount)
     * @throws ModuleException {@code INSUFFICIENT_POINTS} (nothing is taken), {@code MEMBER_NOT_FOUND},
     *     {@code BUSINESS_KEY_CONFLICT}, {@code INVALID_INPUT}
     */
    public PointsEntry spend(String openid, long amount, String businessKey, String reason) {
        return apply(openid, -requireAmount(amount), businessKey, null, reason);
    }

    /**
     * The balance after sweeping expired lots.
     *
     * @param openid the member's openid, 1-64 characters of {@code [A-Za-z0-9_-]}
     * @return the spendable balance, never negative
     * @throws ModuleException {@code INVALID_INPUT}, {@code MEMBER_NOT_FOUND}
     */
    public long balance(String openid) {
        return tx.run(h -> {
            Member m = lock(h, openid);
            PointsRows.sweep(h, m.id(), context.clock().instant());
            return MemberRows.byOpenid(h, openid, false).orElseThrow().points();
        });
    }

    /**
     * The member's ledger, newest first.
     *
     * @param openid the member's openid, 1-64 characters of {@code [A-Za-z0-9_-]}
     * @param page the cursor and size (1..{@value io.wxkit.modules.common.PageRequest#MAX_SIZE}); not null
     * @return the page and the cursor of the next one
     * @throws NullPointerException if {@code page} is null
     * @throws ModuleException {@code INVALID_INPUT}, {@code MEMBER_NOT_FOUND}
     */
    public Page<PointsEntry> ledger(String openid, PageRequest page) {
        Objects.requireNonNull(page, "page");
        Member m = tx.run(h -> MemberRows.byOpenid(h, Participant.requireId("openid", openid), false))
                .orElseThrow(() -> Members.notFound(openid));
        return tx.run(h -> Page.of(PointsRows.list(h, m.id(), page), page, PointsEntry::id));
    }

    /**
     * The amount of an earn or a spend, which the method's name gives its sign: a negative amount would turn a spend
     * into an earn (and skip the balance check) or an earn into a spend.
     */
    private static long requireAmount(long amount) {
        if (amount < 1 || amount > 1_000_000_000L) {
            throw new ModuleException(CommonError.INVALID_INPUT, "amount must be 1-1000000000");
        }
        return amount;
    }

    PointsEntry apply(String openid, long delta, String businessKey, Instant expiresAt, String reason) {
        Members.requireKey("businessKey", businessKey);
        if (businessKey.startsWith("expire:") || businessKey.startsWith("admin:")) {
            throw new ModuleException(CommonError.INVALID_INPUT, "business keys starting with expire: or admin: are the ledger's own");
        }
        if (delta == 0 || Math.abs(delta) > 1_000_000_000L) {
            throw new ModuleException(CommonError.INVALID_INPUT, "amount must be 1-1000000000");
        }
        if (reason != null && reason.length() > 200) {
            throw new ModuleException(CommonError.INVALID_INPUT, "reason must be at most 200 characters");
        }
        Instant now = context.clock().instant();
        return tx.run(h -> apply(h, lock(h, openid), delta, businessKey, expiresAt, reason, now));
    }

    /** The ledger change on a member row the caller locked (also used by admin adjustments). */
    static PointsEntry apply(Handle h, Member m, long delta, String key, Instant expiresAt, String reason, Instant now) {
        Optional<PointsEntry> earlier = PointsRows.byKey(h, m.id(), key);
        if (earlier.isPresent()) {
            if (earlier.get().delta() != delta) {
                throw new ModuleException(MemberError.BUSINESS_KEY_CONFLICT, "business key " + key + " was used for "
                        + earlier.get().delta() + " points, not " + delta);
            }
            return earlier.get();
        }
        PointsRows.sweep(h, m.id(), now);
        if (delta < 0) {
            long balance = MemberRows.byOpenid(h, m.openid(), false).orElseThrow().points();
            if (balance < -delta) {
                throw new ModuleException(MemberError.INSUFFICIENT_POINTS, "balance " + balance + " is below " + -delta);
            }
            PointsRows.consume(h, m.id(), -delta);
        }
        long id = PointsRows.insert(h, m.id(), key, delta > 0 ? "EARN" : "SPEND", delta, delta > 0 ? delta : 0, expiresAt, reason, now);
        MemberRows.addPoints(h, m.id(), delta, Math.max(delta, 0));
        MemberRows.relevel(h, m.openid());
        return PointsRows.byKey(h, m.id(), key).filter(e -> e.id() == id).orElseThrow();
    }

    private static Member lock(Handle h, String openid) {
        return MemberRows.byOpenid(h, Participant.requireId("openid", openid), true).orElseThrow(() -> Members.notFound(openid));
    }
}
