package io.wxkit.examples.vote;

import io.wxkit.modules.common.ModuleException;

/** What a voter reads for each refusal of the vote module (the code stays stable, the wording is the page's). */
final class VoteMessages {

    private VoteMessages() {
    }

    static String of(ModuleException e) {
        return switch (e.code()) {
            case "NOT_FOLLOWER" -> "本投票仅限关注服务号的用户参与，请先关注后再投票。Follow the account to vote.";
            case "FOLLOWER_CHECK_UNAVAILABLE" -> "暂时无法确认您的关注状态，请稍后再试。Please try again later.";
            case "ALREADY_VOTED" -> "您已经投过票了，感谢参与。You have already voted.";
            case "DAILY_LIMIT_REACHED" -> "今天的投票次数已用完，明天再来吧。No ballots left today.";
            case "OPTION_LIMIT_REACHED" -> "您对这个选项的投票次数已达上限。You chose this option too often.";
            case "INVALID_CHOICE" -> "请按要求选择选项。Choose the number of options the poll asks for.";
            case "VOTE_NOT_STARTED" -> "投票尚未开始。Voting has not started.";
            case "VOTE_CLOSED" -> "投票已结束。Voting has closed.";
            case "RATE_LIMITED" -> "操作太频繁，请稍后再试。Too many attempts, wait a moment.";
            case "POLL_NOT_FOUND" -> "没有这个投票。No such poll.";
            default -> "投票失败，请稍后再试。The ballot was not recorded (" + e.code() + ").";
        };
    }
}
