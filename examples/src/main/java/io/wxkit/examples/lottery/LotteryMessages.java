package io.wxkit.examples.lottery;

import io.wxkit.modules.common.ModuleException;

/** What a participant reads for each refusal of the lottery module. */
final class LotteryMessages {

    private LotteryMessages() {
    }

    static String of(ModuleException e) {
        return switch (e.code()) {
            case "NOT_FOLLOWER" -> "本活动仅限关注服务号的用户参与。Follow the account to take part.";
            case "DRAW_LIMIT_REACHED" -> "您的抽奖次数已用完。You have no draws left.";
            case "DAILY_DRAW_LIMIT_REACHED" -> "今天的抽奖次数已用完，明天再来。No draws left today.";
            case "OUT_OF_STOCK" -> "奖品已抽完。The prizes are gone.";
            case "INVALID_BOX" -> "没有这个盒子。No such box.";
            case "ACTIVITY_NOT_STARTED" -> "活动尚未开始。The activity has not started.";
            case "ACTIVITY_CLOSED" -> "活动已结束。The activity has closed.";
            case "WRONG_MODE" -> "这个活动不能这样参与。This activity works differently.";
            case "RATE_LIMITED" -> "操作太频繁，请稍后再试。Too many attempts, wait a moment.";
            case "ACTIVITY_NOT_FOUND" -> "没有这个活动。No such activity.";
            default -> "抽奖失败，请稍后再试 (" + e.code() + ")。";
        };
    }
}
