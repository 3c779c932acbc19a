package io.wxkit.modules.lottery;

import io.wxkit.modules.common.AbuseGuard;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.common.internal.db.Transactions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/** The checks before a user takes part: input, rate limits, activity, mode, window, follower. */
final class Admission {
    private final ModuleContext context;
    private final Transactions tx;

    Admission(ModuleContext context, Transactions tx) {
        this.context = context;
        this.tx = tx;
    }

    /** The activity if {@code who} may take part in it now in one of the {@code instant} modes (or not). */
    Activity admit(String action, long activityId, Participant who, String ip, boolean instant) {
        Objects.requireNonNull(who, "who");
        AbuseGuard.requireIp(ip);
        context.abuseGuard().check(action, who.openid(), ip);
        Activity a = tx.run(h -> ActivityRows.find(h, activityId)).orElseThrow(() -> Activities.notFound(activityId));
        if (a.mode().instant() != instant) {
            throw new ModuleException(LotteryError.WRONG_MODE, "activity " + activityId + " is a " + a.mode()
                    + " activity: " + (instant ? "users enter and staff draw" : "users draw for themselves"));
        }
        requireOpen(a, context.clock().instant());
        if (a.followRequired()) {
            // a WeChat call: before the transaction, never while holding row locks
            context.requireFollower(who.openid());
        }
        return a;
    }

    /** Today in the context's zone, as the player row stores it. */
    String today(Instant now) {
        return LocalDate.ofInstant(now, context.zone()).format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    static void requireOpen(Activity a, Instant now) {
        if (now.isBefore(a.opensAt())) {
            throw new ModuleException(LotteryError.ACTIVITY_NOT_STARTED, "activity " + a.id() + " opens at " + a.opensAt());
        }
        if (!now.isBefore(a.closesAt())) {
            throw new ModuleException(LotteryError.ACTIVITY_CLOSED, "activity " + a.id() + " closed at " + a.closesAt());
        }
    }
}
