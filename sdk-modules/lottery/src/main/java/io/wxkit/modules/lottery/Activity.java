package io.wxkit.modules.lottery;

import java.time.Instant;
import java.util.List;

/**
 * A stored lottery activity (抽奖活动).
 *
 * @param id               the activity id
 * @param title            the title
 * @param mode             the mode
 * @param opensAt          when it opens
 * @param closesAt         when it closes
 * @param followRequired   whether only followers of the account may take part
 * @param drawsTotalLimit  draws per openid over the activity ({@code 0}: no limit)
 * @param drawsDailyLimit  draws per openid per day ({@code 0}: no limit)
 * @param winsLimit        wins per openid ({@code 0}: no limit); past it, draws land on "no prize"
 * @param noPrizeWeight    the weight of the "no prize" slot in instant draws
 * @param boxes            the number of boxes (box mode), else 0
 * @param keyword          the entry keyword (message mode), else {@code null}
 * @param notifyTemplateId the template message sent to winners, or {@code null}
 * @param prizes           the prizes, in display order
 */
public record Activity(long id, String title, LotteryMode mode, Instant opensAt, Instant closesAt, boolean followRequired,
                       int drawsTotalLimit, int drawsDailyLimit, int winsLimit, long noPrizeWeight, int boxes,
                       String keyword, String notifyTemplateId, List<Prize> prizes) {
    /**
     * Copies the prizes.
     *
     * @param id               the activity id
     * @param title            the title
     * @param mode             the mode
     * @param opensAt          when it opens (inclusive)
     * @param closesAt         when it closes (exclusive)
     * @param followRequired   whether only followers of the account may take part
     * @param drawsTotalLimit  draws per openid over the activity ({@code 0}: no limit)
     * @param drawsDailyLimit  draws per openid per day ({@code 0}: no limit)
     * @param winsLimit        wins per openid ({@code 0}: no limit)
     * @param noPrizeWeight    the weight of the "no prize" slot in instant draws
     * @param boxes            the number of boxes (box mode), else 0
     * @param keyword          the entry keyword (message mode), else {@code null}
     * @param notifyTemplateId the template message sent to winners, or {@code null}
     * @param prizes           the prizes, in display order
     * @throws NullPointerException if {@code prizes} or one of them is null
     */
    public Activity {
        prizes = List.copyOf(prizes);
    }

    /**
     * Whether users may take part at {@code now}: from {@code opensAt} (inclusive) to {@code closesAt}
     * (exclusive). Closing the activity moves {@code closesAt} to the closing time.
     *
     * @param now the instant to test, usually the module's clock's
     * @return {@code true} inside the window
     * @throws NullPointerException if {@code now} is null
     */
    public boolean isOpen(Instant now) {
        return !now.isBefore(opensAt) && now.isBefore(closesAt);
    }
}
