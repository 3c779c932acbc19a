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
     * Stores {@code draft}.
     *
     * @throws ModuleException {@code INVALID_ACTIVITY} (no prizes, no keyword in message mode, no positive weight)
     */
    public Activity create(ActivityDraft draft) {
        Objects.requireNonNull(draft, "draft").validate();
        Instant now = context.clock().instant();
        return tx.run(h -> ActivityRows.find(h, ActivityRows.insert(h, draft, now)).orElseThrow());
    }

    /**
     * The activity {@code id} with its prizes' current stock.
     *
     * @throws ModuleException {@code ACTIVITY_NOT_FOUND}
     */
    public Activity get(long id) {
        return tx.run(h -> ActivityRows.find(h, id)).orElseThrow(() -> notFound(id));
    }

    /** The activities, newest first. */
    public Page<Activity> list(PageRequest page) {
        return Page.of(tx.run(h -> ActivityRows.page(h, page)), page, Activity::id);
    }

    /**
     * Closes the activity now, auditing {@code staff}.
     *
     * @throws ModuleException {@code ACTIVITY_NOT_FOUND}, or {@code ACTIVITY_CLOSED} when already closed
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
