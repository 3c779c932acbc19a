package io.wxkit.spring.modules.lottery;

import io.wxkit.modules.lottery.Activity;
import io.wxkit.modules.lottery.DrawResult;
import io.wxkit.modules.lottery.LotteryMode;
import io.wxkit.modules.lottery.PrizeKind;
import java.time.Instant;
import java.util.List;

/** What a participant sees of an activity and a draw: no weights, no stock, no random values. */
final class LotteryViews {

    private LotteryViews() {
    }

    record PrizeView(long id, String name, PrizeKind kind) {}

    record ActivityView(long id, String title, LotteryMode mode, Instant opensAt, Instant closesAt, boolean followRequired,
                        int boxes, String keyword, List<PrizeView> prizes) {
        static ActivityView of(Activity a) {
            return new ActivityView(a.id(), a.title(), a.mode(), a.opensAt(), a.closesAt(), a.followRequired(), a.boxes(),
                    a.keyword(), a.prizes().stream().map(p -> new PrizeView(p.id(), p.name(), p.kind())).toList());
        }
    }

    /** The outcome of a spin or an opened box; {@code code} is the redemption code of a win. */
    record DrawView(boolean won, Long prizeId, String prizeName, PrizeKind prizeKind, String code) {
        static DrawView of(DrawResult r) {
            return new DrawView(r.won(), r.prize().map(p -> p.id()).orElse(null), r.prize().map(p -> p.name()).orElse(null),
                    r.prize().map(p -> p.kind()).orElse(null), r.win().map(w -> w.code()).orElse(null));
        }
    }
}
