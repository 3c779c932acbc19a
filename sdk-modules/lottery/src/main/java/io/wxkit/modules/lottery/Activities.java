package io.wxkit.modules.lottery;

import io.wxkit.modules.common.AuditEntry;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Page;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.common.internal.db.Transactions;
import java.time.Instant;
import java.util.Objects;

/**
 * Creating, listing and closing lottery activities.
 *
 * <pre>{@code
 * Activity wheel = lottery.activities().create(ActivityDraft.of("Lucky wheel", LotteryMode.WHEEL, from, to)
 *     .prize("Mug", 10, 50).noPrize(90));
 * }</pre>
 *
 * <p>Thread-safe; get it from {@link LotteryModule#activities()}.
 */
public final class Activities {
    private final ModuleContext context;
    private final Transactions tx;

    Activities(ModuleContext context, Transactions tx) {
        this.context = context;
        this.tx = tx;
    }

    /**
     * Stores {@code draft} with its prizes, in one transaction.
     *
     * @param draft the activity to create
     * @return the stored activity with its id and prize ids
     * @throws ModuleException      {@code INVALID_ACTIVITY} (no prizes, no keyword in message mode, no positive
     *                              weight in an instant mode)
     * @throws NullPointerException if {@code draft} is null
     */
    public Activity create(ActivityDraft draft) {
        Objects.requireNonNull(draft, "draft").validate();
        Instant now = context.clock().instant();
        return tx.run(h -> ActivityRows.find(h, ActivityRows.insert(h, draft, now)).orElseThrow());
    }

    /**
     * The activity {@code id} with its prizes' current stock.
     *
     * @param id the activity's id
     * @return the activity, its prizes in display order
     * @throws ModuleException {@code ACTIVITY_NOT_FOUND}
     */
    public Activity get(long id) {
        return tx.run(h -> ActivityRows.find(h, id)).orElseThrow(() -> notFound(id));
    }

    /**
     * The activities, newest first.
     *
     * @param page the cursor and size (1..{@value io.wxkit.modules.common.PageRequest#MAX_SIZE})
     * @return the page and the cursor of the next one
     */
    public Page<Activity> list(PageRequest page) {
        return Page.of(tx.run(h -> ActivityRows.page(h, page)), page, Activity::id);
    }

    /**
     * Closes the activity now, recording {@code staff} in the audit log in the same transaction. A draw or
     * entry admitted before the close may still commit.
     *
     * @param id    the activity's id
     * @param staff who closes it, as recorded in the audit log
     * @throws ModuleException      {@code ACTIVITY_NOT_FOUND}, or {@code ACTIVITY_CLOSED} when already closed
     * @throws NullPointerException if {@code staff} is null
     */
    public void close(long id, String staff) {
        Instant now = context.clock().instant();
        tx.use(h -> {
            ActivityRows.find(h, id).orElseThrow(() -> notFound(id));
            if (ActivityRows.close(h, id, now) == 0) {
                throw new ModuleException(LotteryError.ACTIVITY_CLOSED, "activity " + id + " is already closed");
            }
            context.audit().record(h, AuditEntry.of(LotteryModule.NAME, staff, "activity.close", "activity:" + id, "OK"));
        });
    }

    static ModuleException notFound(long id) {
        return new ModuleException(LotteryError.ACTIVITY_NOT_FOUND, "no activity " + id);
    }
}
