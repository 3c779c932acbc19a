package io.wxkit.modules.lottery;

import io.wxkit.modules.common.ModuleException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An activity to create. Defaults: no draw or win limits, no "no prize" slot, open to everyone.
 *
 * <pre>{@code
 * ActivityDraft wheel = ActivityDraft.of("Lucky wheel", LotteryMode.WHEEL, opensAt, closesAt)
 *     .prize("Mug", 10, 50).prize("Sticker", 40, 500).redPacketPrize("1 CNY", 5, 100, 100)
 *     .noPrize(45).drawLimits(10, 3).winLimit(1);
 * }</pre>
 *
 * <p>Not thread-safe: build it on one thread.
 */
public final class ActivityDraft {
    static final int MAX_PRIZES = 50;
    static final long MAX_WEIGHT = 1_000_000_000L;
    static final Pattern TEMPLATE_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    final String title;
    final LotteryMode mode;
    final Instant opensAt;
    final Instant closesAt;
    final List<Prize> prizes = new ArrayList<>();
    boolean followRequired;
    int drawsTotal;
    int drawsDaily;
    int winsLimit;
    long noPrizeWeight;
    int boxes;
    String keyword;
    String notifyTemplateId;

    private ActivityDraft(String title, LotteryMode mode, Instant opensAt, Instant closesAt) {
        if (title == null || title.isBlank() || title.length() > 200) {
            throw invalid("title must be 1-200 characters");
        }
        this.title = title;
        this.mode = Objects.requireNonNull(mode, "mode");
        this.opensAt = Objects.requireNonNull(opensAt, "opensAt");
        this.closesAt = Objects.requireNonNull(closesAt, "closesAt");
        if (!closesAt.isAfter(opensAt)) {
            throw invalid("the activity must close after it opens");
        }
        this.boxes = mode == LotteryMode.BOX ? 9 : 0;
    }

    /**
     * An activity of {@code mode} open from {@code opensAt} (inclusive) to {@code closesAt} (exclusive).
     *
     * @param title    the title shown to users, 1-200 characters, not blank
     * @param mode     how users take part
     * @param opensAt  when it opens (inclusive)
     * @param closesAt when it closes (exclusive); after {@code opensAt}
     * @return a draft without prizes (box mode starts with 9 boxes)
     * @throws ModuleException      {@code INVALID_ACTIVITY} for an empty or long title or an empty window
     * @throws NullPointerException if {@code mode}, {@code opensAt} or {@code closesAt} is null
     */
    public static ActivityDraft of(String title, LotteryMode mode, Instant opensAt, Instant closesAt) {
        return new ActivityDraft(title, mode, opensAt, closesAt);
    }

    /**
     * Adds a goods prize with {@code weight} (instant modes) and {@code stock} units, after the prizes already
     * added (display order).
     *
     * @param name   the name shown to users, 1-100 characters
     * @param weight the relative weight in instant draws, 0 to 1,000,000,000 (ignored by staff draws)
     * @param stock  the units there are, not negative
     * @return this draft
     * @throws ModuleException {@code INVALID_ACTIVITY} for a bad name, weight or stock, or past
     *                         50 prizes
     */
    public ActivityDraft prize(String name, long weight, int stock) {
        return add(name, PrizeKind.GOODS, weight, stock, 0);
    }

    /**
     * Adds a red packet prize of {@code amountFen} fen (1 CNY to 200 CNY, WeChat's range without a scene), paid
     * through {@link io.wxkit.modules.common.ModuleContext#redPackets()} when won.
     *
     * @param name      the name shown to users, 1-100 characters
     * @param weight    the relative weight in instant draws, 0 to 1,000,000,000
     * @param stock     the packets there are, not negative
     * @param amountFen the amount of each packet, 100 to 20000 fen
     * @return this draft
     * @throws ModuleException {@code INVALID_ACTIVITY} for a bad amount, name, weight or stock, or past
     *                         50 prizes
     */
    public ActivityDraft redPacketPrize(String name, long weight, int stock, long amountFen) {
        if (amountFen < 100 || amountFen > 20_000) {
            throw invalid("a red packet prize must be 100-20000 fen");
        }
        return add(name, PrizeKind.RED_PACKET, weight, stock, amountFen);
    }

    /**
     * The weight of the "no prize" slot (instant modes): a draw lands on no prize with chance
     * {@code weight / (weight + the in-stock prizes' weights)}.
     *
     * @param weight the slot's weight, 0 (default: every draw wins while stock lasts) to 1,000,000,000
     * @return this draft
     * @throws ModuleException {@code INVALID_ACTIVITY} if {@code weight} is negative or above 1,000,000,000
     */
    public ActivityDraft noPrize(long weight) {
        // capped like a prize weight: the draw adds all weights up exactly, and must never overflow
        if (weight < 0 || weight > MAX_WEIGHT) {
            throw invalid("the no-prize weight must be 0-1e9");
        }
        this.noPrizeWeight = weight;
        return this;
    }

    /**
     * Draws per openid over the activity and per day of the module's zone (instant modes).
     *
     * @param total  draws per openid over the whole activity, {@code 0} for no limit
     * @param perDay draws per openid per day, {@code 0} for no limit
     * @return this draft
     * @throws ModuleException {@code INVALID_ACTIVITY} if either is negative
     */
    public ActivityDraft drawLimits(int total, int perDay) {
        if (total < 0 || perDay < 0) {
            throw invalid("draw limits must not be negative");
        }
        this.drawsTotal = total;
        this.drawsDaily = perDay;
        return this;
    }

    /**
     * Wins per openid: past it, instant draws land on "no prize" and staff draws skip the user.
     *
     * @param wins the most wins per openid, {@code 0} for no limit
     * @return this draft
     * @throws ModuleException {@code INVALID_ACTIVITY} if negative
     */
    public ActivityDraft winLimit(int wins) {
        if (wins < 0) {
            throw invalid("the win limit must not be negative");
        }
        this.winsLimit = wins;
        return this;
    }

    /**
     * Whether only followers of the account may take part (checked through
     * {@link io.wxkit.modules.common.ModuleContext#requireFollower(String)} on every draw and entry).
     *
     * @param required {@code true} for a follow-required activity (default {@code false})
     * @return this draft
     */
    public ActivityDraft followRequired(boolean required) {
        this.followRequired = required;
        return this;
    }

    /**
     * The number of boxes users pick from (box mode).
     *
     * @param count 2-100 (default 9)
     * @return this draft
     * @throws ModuleException {@code INVALID_ACTIVITY} if out of range or the mode is not {@link LotteryMode#BOX}
     */
    public ActivityDraft boxes(int count) {
        if (mode != LotteryMode.BOX || count < 2 || count > 100) {
            throw invalid("boxes are 2-100 and only for box mode");
        }
        this.boxes = count;
        return this;
    }

    /**
     * The keyword users send to the account to enter (message mode), compared trimmed and case-insensitively.
     *
     * @param keyword the keyword, 1-64 characters once trimmed (stored trimmed)
     * @return this draft
     * @throws ModuleException {@code INVALID_ACTIVITY} if blank, too long, or the mode is not
     *                         {@link LotteryMode#MESSAGE}
     */
    public ActivityDraft keyword(String keyword) {
        if (mode != LotteryMode.MESSAGE || keyword == null || keyword.isBlank() || keyword.strip().length() > 64) {
            throw invalid("the keyword is 1-64 characters and only for message mode");
        }
        this.keyword = keyword.strip();
        return this;
    }

    /**
     * The template message sent to each winner through {@link io.wxkit.modules.common.ModuleContext#templates()}
     * (keywords thing1 = activity, thing2 = prize, character_string3 = code).
     *
     * @param templateId the template's id, 1-128 characters of {@code [A-Za-z0-9_-]}
     * @return this draft
     * @throws ModuleException {@code INVALID_ACTIVITY} if the id is null or malformed
     */
    public ActivityDraft notifyWinners(String templateId) {
        if (templateId == null || !TEMPLATE_ID.matcher(templateId).matches()) {
            throw invalid("template id must be 1-128 characters of [A-Za-z0-9_-]");
        }
        this.notifyTemplateId = templateId;
        return this;
    }

    void validate() {
        if (prizes.isEmpty()) {
            throw invalid("an activity needs at least one prize");
        }
        if (mode == LotteryMode.MESSAGE && keyword == null) {
            throw invalid("a message-entry activity needs a keyword");
        }
        if (mode.instant() && prizes.stream().mapToLong(Prize::weight).sum() == 0) {
            throw invalid("an instant activity needs a prize with a positive weight");
        }
    }

    private ActivityDraft add(String name, PrizeKind kind, long weight, int stock, long fen) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw invalid("prize name must be 1-100 characters");
        }
        if (weight < 0 || weight > MAX_WEIGHT || stock < 0) {
            throw invalid("prize weight must be 0-1e9 and stock not negative");
        }
        if (prizes.size() == MAX_PRIZES) {
            throw invalid("an activity has at most " + MAX_PRIZES + " prizes");
        }
        prizes.add(new Prize(0, name, kind, weight, stock, stock, fen));
        return this;
    }

    static ModuleException invalid(String detail) {
        return new ModuleException(LotteryError.INVALID_ACTIVITY, detail);
    }
}
