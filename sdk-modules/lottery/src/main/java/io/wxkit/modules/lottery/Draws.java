package io.wxkit.modules.lottery;

import io.wxkit.modules.common.DailyCount;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Page;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.internal.stats.DayCounts;
import io.wxkit.modules.common.internal.db.Transactions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Instant draws: spinning the wheel (转盘) and opening a box (开箱子). Each draw is one transaction:
 * the player's counters move by a conditional update (draw limits; the row lock also serialises one
 * player's concurrent draws), the prize is drawn by {@link WeightedDraw} among the prizes in stock, the
 * unit is taken by {@code UPDATE .. SET stock = stock - 1 WHERE stock >= 1} — 0 rows means a concurrent
 * draw took the last unit, and the draw is repeated among what is left — and the win and the draw log row
 * are written before commit. Nothing can oversell, exceed a limit or lose a draw.
 *
 * <pre>{@code
 * DrawResult r = lottery.draws().spin(activityId, Participant.of(openid), ip);
 * r.win().ifPresent(w -> show(w.code()));
 * }</pre>
 *
 * <p>Thread-safe; get it from {@link LotteryModule#draws()}.
 */
public final class Draws {
    private final ModuleContext context;
    private final Transactions tx;
    private final Admission admission;
    private final WinnerDelivery delivery;

    Draws(ModuleContext context, Transactions tx, Admission admission, WinnerDelivery delivery) {
        this.context = context;
        this.tx = tx;
        this.admission = admission;
        this.delivery = delivery;
    }

    /**
     * Spins the wheel of a wheel activity for {@code who}. A win is committed before the winner is notified
     * and, for a red packet prize, paid; a WeChat failure there never undoes it (see {@link Win#payout()}).
     *
     * @param activityId the wheel activity's id
     * @param who        who draws
     * @param ip         the client IP, or {@code null} when unknown
     * @return the draw log row and, if it won, the win (with its redemption code) and the prize
     * @throws NullPointerException if {@code who} is null
     * @throws ModuleException {@code RATE_LIMITED}, {@code ACTIVITY_NOT_FOUND}, {@code WRONG_MODE},
     *                         {@code ACTIVITY_NOT_STARTED}, {@code ACTIVITY_CLOSED}, {@code NOT_FOLLOWER},
     *                         {@code DRAW_LIMIT_REACHED}, {@code DAILY_DRAW_LIMIT_REACHED}, {@code OUT_OF_STOCK},
     *                         {@code BUSY}, {@code INVALID_INPUT} (malformed IP), {@code FOLLOWER_CHECK_UNAVAILABLE};
     *                         nothing is stored when it throws
     */
    public DrawResult spin(long activityId, Participant who, String ip) {
        Activity a = admission.admit("lottery.draw", activityId, who, ip, true);
        if (a.mode() != LotteryMode.WHEEL) {
            throw new ModuleException(LotteryError.WRONG_MODE, "activity " + activityId + " is a box activity: open a box");
        }
        return draw(a, who.openid(), -1);
    }

    /**
     * Opens box {@code box} (0-based) of a box activity for {@code who}. What is inside is drawn when the
     * box opens, with the same weights whichever box is picked, so the pick cannot be gamed.
     *
     * @param activityId the box activity's id
     * @param who        who opens the box
     * @param ip         the client IP, or {@code null} when unknown
     * @param box        the box picked, 0 to {@link Activity#boxes()} - 1
     * @return the draw log row (with {@code boxIndex == box}) and, if it won, the win and the prize
     * @throws NullPointerException if {@code who} is null
     * @throws ModuleException      as {@link #spin}, and {@code INVALID_BOX}
     */
    public DrawResult openBox(long activityId, Participant who, String ip, int box) {
        Activity a = admission.admit("lottery.draw", activityId, who, ip, true);
        if (a.mode() != LotteryMode.BOX) {
            throw new ModuleException(LotteryError.WRONG_MODE, "activity " + activityId + " is a wheel activity: spin it");
        }
        if (box < 0 || box >= a.boxes()) {
            throw new ModuleException(LotteryError.INVALID_BOX, "box must be 0-" + (a.boxes() - 1) + ", got " + box);
        }
        return draw(a, who.openid(), box);
    }

    /**
     * The draw log of an activity, newest first: every instant draw, won or not, and every winner of a staff
     * draw, each with the value drawn and what it was drawn from.
     *
     * @param activityId the activity's id
     * @param page       the cursor and size (1..{@value io.wxkit.modules.common.PageRequest#MAX_SIZE})
     * @return the page and the cursor of the next one; empty for an unknown activity
     */
    public Page<Draw> log(long activityId, PageRequest page) {
        return Page.of(tx.run(h -> PlayRows.draws(h, activityId, page)), page, Draw::id);
    }

    private DrawResult draw(Activity a, String openid, int box) {
        Instant now = context.clock().instant();
        String today = admission.today(now);
        DrawResult result = tx.run(h -> {
            PlayRows.ensurePlayer(h, a.id(), openid, today);
            if (PlayRows.countDraw(h, a.id(), openid, today, a.drawsTotalLimit(), a.drawsDailyLimit()) == 0) {
                int[] drawsAndWins = PlayRows.drawsAndWins(h, a.id(), openid);
                boolean total = a.drawsTotalLimit() > 0 && drawsAndWins[0] >= a.drawsTotalLimit();
                throw new ModuleException(total ? LotteryError.DRAW_LIMIT_REACHED : LotteryError.DAILY_DRAW_LIMIT_REACHED,
                        "this user used " + (total ? "all " + a.drawsTotalLimit() : "today's " + a.drawsDailyLimit())
                                + " draws of activity " + a.id());
            }
            boolean mayWin = a.winsLimit() == 0 || PlayRows.drawsAndWins(h, a.id(), openid)[1] < a.winsLimit();
            List<Prize> candidates = mayWin ? new ArrayList<>(ActivityRows.prizes(h, a.id(), true)) : new ArrayList<>();
            if (candidates.isEmpty() && a.noPrizeWeight() == 0 && mayWin) {
                throw new ModuleException(LotteryError.OUT_OF_STOCK, "every prize of activity " + a.id() + " is gone");
            }
            while (true) {
                // a player past the win limit draws from the no-prize slot alone: logged like every other draw
                WeightedDraw.Pick pick = WeightedDraw.pick(candidates, mayWin ? a.noPrizeWeight() : 1, context.random());
                if (pick.prize() == null) {
                    if (pick.total() == 0) {
                        throw new ModuleException(LotteryError.OUT_OF_STOCK, "every prize of activity " + a.id() + " is gone");
                    }
                    long id = PlayRows.insertDraw(h, a.id(), openid, now, box, pick.value(), pick.total(), pick.candidates(), 0, 0);
                    return new DrawResult(new Draw(id, a.id(), openid, now, box, pick.value(), pick.total(),
                            pick.candidates(), 0, 0), Optional.empty(), Optional.empty());
                }
                if (ActivityRows.takeStock(h, pick.prize().id(), 1) == 1) {
                    return win(h, a, openid, now, box, pick);
                }
                candidates.remove(pick.prize()); // a concurrent draw took the last unit: draw again among the rest
            }
        });
        if (result.won()) {
            Win delivered = delivery.deliver(a, result.prize().orElseThrow(), result.win().orElseThrow());
            return new DrawResult(result.draw(), Optional.of(delivered), result.prize());
        }
        return result;
    }

    private DrawResult win(org.jdbi.v3.core.Handle h, Activity a, String openid, Instant now, int box, WeightedDraw.Pick pick) {
        PlayRows.countWin(h, a.id(), openid, a.winsLimit());
        String code = RedemptionCodes.next(context.random());
        long winId = PlayRows.insertWin(h, a.id(), pick.prize(), openid, code, now);
        long drawId = PlayRows.insertDraw(h, a.id(), openid, now, box, pick.value(), pick.total(), pick.candidates(),
                pick.prize().id(), winId);
        Win win = PlayRows.winById(h, winId).orElseThrow();
        return new DrawResult(new Draw(drawId, a.id(), openid, now, box, pick.value(), pick.total(), pick.candidates(),
                pick.prize().id(), winId), Optional.of(win), Optional.of(pick.prize()));
    }

    /**
     * The draws made on each day from {@code first} to {@code last} (both included, the module's zone) over every
     * activity — spins, opened boxes and staff draws alike, won or not — one entry per day, days without draws as
     * {@code 0}. One query.
     *
     * @param first the first day, in the module's time zone; not null
     * @param last  the last day, included; not before {@code first}, at most 400 days after it
     * @return one count a day from {@code first} to {@code last}, in order
     * @throws ModuleException {@code INVALID_INPUT} when {@code last} is before {@code first} or the range is longer
     *                         than 400 days
     */
    public List<DailyCount> perDay(LocalDate first, LocalDate last) {
        return DayCounts.of(context, "wxkit_lottery_draw", "drawn_at", null, first, last);
    }
}
