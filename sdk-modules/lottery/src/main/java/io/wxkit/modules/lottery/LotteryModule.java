package io.wxkit.modules.lottery;

import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleDatabase;
import io.wxkit.modules.common.internal.db.Transactions;
import java.util.Objects;

/**
 * The lottery module (抽奖): wheel, random draw, open-the-box and message-entry activities; weighted
 * prizes with stock that is never oversold, a "no prize" slot, per-user draw and win limits, follow-required
 * activities, wins bound to the openid with a unique redemption code, redemption by staff, winner
 * notification by template message, red-packet prizes through the pay hook, and an auditable draw log.
 *
 * <pre>{@code
 * LotteryModule lottery = LotteryModule.create(context);
 * Activity wheel = lottery.activities().create(ActivityDraft.of("Lucky wheel", LotteryMode.WHEEL, from, to)
 *     .prize("Mug", 10, 50).noPrize(90));
 * DrawResult r = lottery.draws().spin(wheel.id(), Participant.of(openid), ip);
 * }</pre>
 *
 * <p>Immutable and thread-safe; create one per application.
 */
public final class LotteryModule {
    /** The module name: migrations in {@code db/wxkit/lottery}, history in {@code wxkit_lottery_schema_history}. */
    public static final String NAME = "lottery";
    private final ModuleContext context;
    private final Activities activities;
    private final Draws draws;
    private final Entries entries;
    private final Wins wins;

    private LotteryModule(ModuleContext context) {
        this.context = context;
        Transactions tx = Transactions.on(context.jdbi());
        Admission admission = new Admission(context, tx);
        WinnerDelivery delivery = new WinnerDelivery(context, tx);
        this.activities = new Activities(context, tx);
        this.draws = new Draws(context, tx, admission, delivery);
        this.entries = new Entries(context, tx, admission, delivery);
        this.wins = new Wins(context, tx, delivery);
    }

    /**
     * Applies the lottery migrations to the context's database (history in
     * {@code wxkit_lottery_schema_history}) and returns the module.
     *
     * @param context what the module runs on
     * @return the module
     * @throws NullPointerException if {@code context} is null
     * @throws org.flywaydb.core.api.FlywayException if a migration fails
     */
    public static LotteryModule create(ModuleContext context) {
        Objects.requireNonNull(context, "context");
        ModuleDatabase.migrate(context.dataSource(), NAME);
        return new LotteryModule(context);
    }

    /**
     * Activities: create, list, close.
     *
     * <p>{@code Activity a = lottery.activities().get(activityId);}
     *
     * @return the activities API (one instance per module, thread-safe)
     */
    public Activities activities() {
        return activities;
    }

    /**
     * Instant draws (wheel, box) and the draw log.
     *
     * <p>{@code DrawResult r = lottery.draws().openBox(activityId, Participant.of(openid), ip, 2);}
     *
     * @return the draws API (one instance per module, thread-safe)
     */
    public Draws draws() {
        return draws;
    }

    /**
     * Entries and staff draws (random draw, message entry).
     *
     * <p>{@code List<Win> winners = lottery.entries().drawWinners(activityId, prizeId, 3, "staff-7");}
     *
     * @return the entries API (one instance per module, thread-safe)
     */
    public Entries entries() {
        return entries;
    }

    /**
     * Wins: redemption and payouts.
     *
     * <p>{@code Win w = lottery.wins().redeem(code, "staff-7");}
     *
     * @return the wins API (one instance per module, thread-safe)
     */
    public Wins wins() {
        return wins;
    }

    /**
     * The context this module runs on.
     *
     * @return the context given to {@link #create(ModuleContext)}
     */
    public ModuleContext context() {
        return context;
    }
}
