package io.wxkit.modules.lottery;

import io.wxkit.modules.common.AuditEntry;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.internal.db.Transactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Entry-based activities: random draw (随机抽取) and message entry (留言). Users enter once (a unique key
 * on activity and openid); staff then draw winners uniformly from the eligible entrants with the
 * SecureRandom (a partial Fisher-Yates shuffle, each pick logged with its index and pool size). A staff
 * draw locks the activity row, so two staff draws of one activity run one after the other, and takes all
 * its units with one conditional stock update: it draws everything it asked for or nothing.
 *
 * <pre>{@code
 * lottery.entries().enter(activityId, Participant.of(openid), null, null);
 * List<Win> winners = lottery.entries().drawWinners(activityId, prizeId, 3, "staff-7");
 * }</pre>
 *
 * <p>Thread-safe; get it from {@link LotteryModule#entries()}.
 */
public final class Entries {
    private final ModuleContext context;
    private final Transactions tx;
    private final Admission admission;
    private final WinnerDelivery delivery;

    Entries(ModuleContext context, Transactions tx, Admission admission, WinnerDelivery delivery) {
        this.context = context;
        this.tx = tx;
        this.admission = admission;
        this.delivery = delivery;
    }

    /**
     * Enters {@code who} into a random-draw or message-entry activity, with the message they sent
     * (at most 600 characters, or {@code null}); {@code ip} is {@code null} for entries from the callback.
     *
     * @param activityId the activity's id
     * @param who        who enters; their nickname is stored with the entry
     * @param message    the message they sent (message mode), or {@code null}
     * @param ip         the client IP, or {@code null}
     * @return the stored entry
     * @throws NullPointerException if {@code who} is null
     * @throws ModuleException {@code RATE_LIMITED}, {@code ACTIVITY_NOT_FOUND}, {@code WRONG_MODE},
     *                         {@code ACTIVITY_NOT_STARTED}, {@code ACTIVITY_CLOSED}, {@code NOT_FOLLOWER},
     *                         {@code ALREADY_ENTERED}, {@code INVALID_INPUT}, {@code FOLLOWER_CHECK_UNAVAILABLE},
     *                         {@code BUSY}
     */
    public Entry enter(long activityId, Participant who, String message, String ip) {
        if (message != null && message.length() > 600) {
            throw new ModuleException(io.wxkit.modules.common.CommonError.INVALID_INPUT, "the message is over 600 characters");
        }
        Activity a = admission.admit("lottery.enter", activityId, who, ip, false);
        Instant now = context.clock().instant();
        String today = admission.today(now);
        return tx.run(h -> {
            if (PlayRows.entered(h, activityId, who.openid())) {
                throw new ModuleException(LotteryError.ALREADY_ENTERED, "this user already entered activity " + a.id());
            }
            long id = PlayRows.insertEntry(h, activityId, who.openid(), who.nickname(), message, now);
            PlayRows.ensurePlayer(h, activityId, who.openid(), today);
            return new Entry(id, activityId, who.openid(), message, now);
        });
    }

    /**
     * Draws {@code count} winners of prize {@code prizeId} uniformly from the entrants below the win limit,
     * or all of them when fewer are eligible, and records {@code staff} in the audit log. The winners are
     * notified and red packets paid after the commit, as for instant draws.
     *
     * @param activityId the random-draw or message-entry activity's id
     * @param prizeId    the prize the winners get, one unit each
     * @param count      how many winners, 1-10000
     * @param staff      who draws, as recorded in the audit log
     * @return the wins, in the order drawn
     * @throws NullPointerException if {@code staff} is null
     * @throws ModuleException      {@code INVALID_INPUT} (count out of range), {@code ACTIVITY_NOT_FOUND},
     *                              {@code WRONG_MODE}, {@code PRIZE_NOT_FOUND}, {@code NO_ENTRANTS},
     *                              {@code OUT_OF_STOCK} (fewer units than winners to draw), {@code BUSY}; nothing is
     *                              stored when it throws
     */
    public List<Win> drawWinners(long activityId, long prizeId, int count, String staff) {
        if (count < 1 || count > 10_000) {
            throw new ModuleException(io.wxkit.modules.common.CommonError.INVALID_INPUT, "draw 1-10000 winners at a time");
        }
        Objects.requireNonNull(staff, "staff");
        Activity a = tx.run(h -> ActivityRows.find(h, activityId)).orElseThrow(() -> Activities.notFound(activityId));
        if (a.mode().instant()) {
            throw new ModuleException(LotteryError.WRONG_MODE, "activity " + activityId + " is a " + a.mode()
                    + " activity: users draw for themselves");
        }
        Prize prize = a.prizes().stream().filter(p -> p.id() == prizeId).findFirst()
                .orElseThrow(() -> new ModuleException(LotteryError.PRIZE_NOT_FOUND, "no prize " + prizeId + " in activity " + activityId));
        Instant now = context.clock().instant();
        List<Win> wins = tx.run(h -> {
            ActivityRows.lock(h, activityId);
            List<String> pool = new ArrayList<>(PlayRows.eligibleEntrants(h, activityId, a.winsLimit()));
            if (pool.isEmpty()) {
                throw new ModuleException(LotteryError.NO_ENTRANTS, "nobody eligible in activity " + activityId);
            }
            int k = Math.min(count, pool.size());
            if (ActivityRows.takeStock(h, prizeId, k) == 0) {
                throw new ModuleException(LotteryError.OUT_OF_STOCK, "prize " + prizeId + " has fewer than " + k + " units left");
            }
            List<Win> drawn = new ArrayList<>(k);
            for (int i = 0; i < k; i++) {
                int left = pool.size() - i;
                int j = i + context.random().nextInt(left);
                String winner = pool.get(j);
                pool.set(j, pool.get(i));
                pool.set(i, winner);
                PlayRows.countWin(h, activityId, winner, 0);
                long winId = PlayRows.insertWin(h, activityId, prize, winner, RedemptionCodes.next(context.random()), now);
                PlayRows.insertDraw(h, activityId, winner, now, -1, j - i, left, "entrants:" + left, prizeId, winId);
                drawn.add(PlayRows.winById(h, winId).orElseThrow());
            }
            context.audit().record(h, AuditEntry.of(LotteryModule.NAME, staff, "winners.draw",
                    "prize:" + prizeId, "OK " + k));
            return drawn;
        });
        List<Win> delivered = new ArrayList<>(wins.size());
        for (Win w : wins) {
            delivered.add(delivery.deliver(a, prize, w));
        }
        return delivered;
    }
}
