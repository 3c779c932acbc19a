package io.wxkit.modules.lottery;

import io.wxkit.modules.common.AuditEntry;
import io.wxkit.modules.common.DailyCount;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.internal.stats.DayCounts;
import io.wxkit.modules.common.internal.db.Transactions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Wins: the winner's list, redemption by staff (exactly once per code, by a conditional update) and the
 * retry of a red packet whose payout failed or is unknown.
 *
 * <pre>{@code
 * Win w = lottery.wins().redeem("7K3QD9XW2M", "staff-7");
 * }</pre>
 *
 * <p>Thread-safe; get it from {@link LotteryModule#wins()}.
 */
public final class Wins {
    private final ModuleContext context;
    private final Transactions tx;
    private final WinnerDelivery delivery;

    Wins(ModuleContext context, Transactions tx, WinnerDelivery delivery) {
        this.context = context;
        this.tx = tx;
        this.delivery = delivery;
    }

    /**
     * The wins of {@code openid} in the activity, oldest first.
     *
     * @param activityId the activity's id
     * @param openid     the winner's openid
     * @return the wins, redeemed or not; empty for an unknown activity or a user without wins
     * @throws ModuleException {@code INVALID_INPUT} for a malformed openid
     */
    public List<Win> of(long activityId, String openid) {
        Participant.requireId("openid", openid);
        return tx.run(h -> PlayRows.winsOf(h, activityId, openid));
    }

    /**
     * The win with redemption {@code code}.
     *
     * @param code the 10-character redemption code the winner shows
     * @return the win, redeemed or not
     * @throws ModuleException {@code WIN_NOT_FOUND}, also for a null or malformed code
     */
    public Win byCode(String code) {
        if (!RedemptionCodes.wellFormed(code)) {
            throw notFound();
        }
        return tx.run(h -> PlayRows.winByCode(h, code)).orElseThrow(Wins::notFound);
    }

    /**
     * Marks the win with {@code code} redeemed by {@code staff}; every attempt, refused or not, is audited.
     *
     * @param code  the 10-character redemption code the winner shows
     * @param staff who redeems it, as recorded on the win and in the audit log
     * @return the win, now redeemed
     * @throws NullPointerException if {@code staff} is null
     * @throws ModuleException      {@code WIN_NOT_FOUND}, or {@code ALREADY_REDEEMED} (also when a concurrent
     *                              redemption of the same code won)
     */
    public Win redeem(String code, String staff) {
        Objects.requireNonNull(staff, "staff");
        Instant now = context.clock().instant();
        try {
            return tx.run(h -> {
                if (!RedemptionCodes.wellFormed(code)) {
                    throw notFound();
                }
                if (PlayRows.redeem(h, code, staff, now) == 0) {
                    Win existing = PlayRows.winByCode(h, code).orElseThrow(Wins::notFound);
                    throw new ModuleException(LotteryError.ALREADY_REDEEMED, "win " + existing.id() + " was redeemed at "
                            + existing.redeemedAt());
                }
                Win win = PlayRows.winByCode(h, code).orElseThrow();
                context.audit().record(h, AuditEntry.of(LotteryModule.NAME, staff, "win.redeem", "win:" + win.id(), "OK"));
                return win;
            });
        } catch (ModuleException e) {
            context.audit().record(AuditEntry.of(LotteryModule.NAME, staff, "win.redeem", "code", e.code()));
            throw e;
        }
    }

    /**
     * Sends the red packet of win {@code winId} again with the same bill number (WeChat pays one bill
     * number at most once), if its payout is pending, failed or unknown, and audits the attempt with its new
     * status. Without a configured red packet sender nothing is sent and the win comes back unchanged.
     *
     * @param winId the win's id
     * @param staff who retries it, as recorded in the audit log
     * @return the win with its new payout status
     * @throws NullPointerException if {@code staff} is null (checked before any money moves)
     * @throws ModuleException      {@code WIN_NOT_FOUND} (also for goods wins and wins already paid)
     */
    public Win retryPayout(long winId, String staff) {
        Objects.requireNonNull(staff, "staff");
        Win win = tx.run(h -> PlayRows.winById(h, winId)).filter(w -> w.payout() != PayoutStatus.NONE
                && w.payout() != PayoutStatus.SENT).orElseThrow(Wins::notFound);
        Activity a = tx.run(h -> ActivityRows.find(h, win.activityId())).orElseThrow();
        Prize prize = a.prizes().stream().filter(p -> p.id() == win.prizeId()).findFirst().orElseThrow();
        Win paid = delivery.pay(a, prize, win);
        context.audit().record(AuditEntry.of(LotteryModule.NAME, staff, "win.payout", "win:" + winId, paid.payout().name()));
        return paid;
    }

    static ModuleException notFound() {
        return new ModuleException(LotteryError.WIN_NOT_FOUND, "no win has this code");
    }

    /**
     * The prizes won on each day from {@code first} to {@code last} (both included, the module's zone) over every
     * activity, redeemed or not, one entry per day, days without wins as {@code 0}. One query.
     *
     * @param first the first day, in the module's time zone; not null
     * @param last  the last day, included; not before {@code first}, at most 400 days after it
     * @return one count a day from {@code first} to {@code last}, in order
     * @throws ModuleException {@code INVALID_INPUT} when {@code last} is before {@code first} or the range is longer
     *                         than 400 days
     */
    public List<DailyCount> perDay(LocalDate first, LocalDate last) {
        return DayCounts.of(context, "wxkit_lottery_win", "won_at", null, first, last);
    }
}
