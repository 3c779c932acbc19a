package io.wxkit.modules.lottery;

import io.wxkit.core.message.Reply;
import io.wxkit.core.message.Text;
import io.wxkit.mp.callback.Rule;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Participant;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The message-entry callback rule (留言抽奖): a user who sends the activity's keyword to the account enters
 * the activity, and the reply says how it went.
 *
 * <pre>{@code
 * mp.callback().rule(LotteryCallbacks.messageEntry(lottery, activityId,
 *     outcome -> outcome.equals(LotteryCallbacks.ENTERED) ? "You are in!" : "Sorry: " + outcome)).build();
 * }</pre>
 */
public final class LotteryCallbacks {
    /**
     * The outcome passed to the reply function when the entry was recorded; any other outcome is a
     * {@link LotteryError} or common error code such as {@code "ALREADY_ENTERED"}.
     */
    public static final String ENTERED = "ENTERED";

    private LotteryCallbacks() {
    }

    /**
     * A rule matching text messages equal to the activity's keyword (trimmed, case-insensitive) that enters
     * the sender and answers {@code reply.apply(outcome)}, where the outcome is {@link #ENTERED} or the
     * error code ({@code ALREADY_ENTERED}, {@code ACTIVITY_CLOSED}, {@code NOT_FOLLOWER}, ...).
     *
     * <p>The activity is read once, when the rule is built: its keyword is fixed for the rule's life.
     *
     * @param lottery the module the entries are recorded in; not null
     * @param activityId the {@link LotteryMode#MESSAGE} activity to enter
     * @param reply turns the outcome into the text of the reply to the sender; not null
     * @return a callback rule for {@code mp.callback().rule(..)}
     * @throws NullPointerException if {@code reply} is null
     * @throws ModuleException {@code ACTIVITY_NOT_FOUND}, or {@code WRONG_MODE} if not a message-entry activity
     */
    public static Rule<Text> messageEntry(LotteryModule lottery, long activityId, Function<String, String> reply) {
        Objects.requireNonNull(reply, "reply");
        Activity a = lottery.activities().get(activityId);
        if (a.mode() != LotteryMode.MESSAGE) {
            throw new ModuleException(LotteryError.WRONG_MODE, "activity " + activityId + " is not a message-entry activity");
        }
        String keyword = a.keyword().toLowerCase(Locale.ROOT);
        return Rule.on(Text.class)
                .when(m -> m.content().strip().toLowerCase(Locale.ROOT).equals(keyword))
                .reply(m -> {
                    String outcome;
                    try {
                        lottery.entries().enter(activityId, Participant.of(m.fromUser()), m.content(), null);
                        outcome = ENTERED;
                    } catch (ModuleException e) {
                        outcome = e.code();
                    }
                    return Reply.text(m, reply.apply(outcome));
                });
    }
}
