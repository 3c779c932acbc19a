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
     * @throws ModuleException {@code INVALID_ACTIVITY} for an empty or long title or an empty window
     */
    public static ActivityDraft of(String title, LotteryMode mode, Instant opensAt, Instant closesAt) {
        return new ActivityDraft(title, mode, opensAt, closesAt);
    }

    /** Adds a goods prize with {@code weight} (instant modes) and {@code stock} units. */
    public ActivityDraft prize(String name, long weight, int stock) {
        return add(name, PrizeKind.GOODS, weight, stock, 0);
    }

    /** Adds a red packet prize of {@code amountFen} fen (1 CNY to 200 CNY, WeChat's range without a scene). */
    public ActivityDraft redPacketPrize(String name, long weight, int stock, long amountFen) {
        if (amountFen < 100 || amountFen > 20_000) {
            throw invalid("a red packet prize must be 100-20000 fen");
        }
        return add(name, PrizeKind.RED_PACKET, weight, stock, amountFen);
    }

    /** The weight of the "no prize" slot (instant modes). */
    public ActivityDraft noPrize(long weight) {
        if (weight < 0) {
            throw invalid("the no-prize weight must not be negative");
        }
        this.noPrizeWeight = weight;
        return this;
    }

    /** Draws per openid over the activity and per day ({@code 0}: no limit). */
    public ActivityDraft drawLimits(int total, int perDay) {
        if (total < 0 || perDay < 0) {
            throw invalid("draw limits must not be negative");
        }
        this.drawsTotal = total;
        this.drawsDaily = perDay;
        return this;
    }

    /** Wins per openid ({@code 0}: no limit). */
    public ActivityDraft winLimit(int wins) {
        if (wins < 0) {
            throw invalid("the win limit must not be negative");
        }
        this.winsLimit = wins;
        return this;
    }

    /** Whether only followers of the account may take part. */
    public ActivityDraft followRequired(boolean required) {
        this.followRequired = required;
        return this;
    }

    /** The number of boxes (box mode, 2-100; default 9). */
    public ActivityDraft boxes(int count) {
        if (mode != LotteryMode.BOX || count < 2 || count > 100) {
            throw invalid("boxes are 2-100 and only for box mode");
        }
        this.boxes = count;
        return this;
    }

    /** The keyword users send to enter (message mode, 1-64 characters, compared trimmed and case-insensitively). */
    public ActivityDraft keyword(String keyword) {
        if (mode != LotteryMode.MESSAGE || keyword == null || keyword.isBlank() || keyword.strip().length() > 64) {
            throw invalid("the keyword is 1-64 characters and only for message mode");
        }
        this.keyword = keyword.strip();
        return this;
    }

    /** The template message sent to each winner (keywords thing1 = activity, thing2 = prize, character_string3 = code). */
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
        if (weight < 0 || weight > 1_000_000_000L || stock < 0) {
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
