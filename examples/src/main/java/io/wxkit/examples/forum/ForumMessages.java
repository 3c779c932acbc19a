package io.wxkit.examples.forum;

import io.wxkit.modules.common.ModuleException;

/** What a forum user reads for each refusal of the forum module. */
final class ForumMessages {

    private ForumMessages() {
    }

    static String of(ModuleException e) {
        return switch (e.code()) {
            case "THREAD_LOCKED" -> "帖子已锁定，不能回复。The thread is locked.";
            case "CONTENT_TOO_LONG" -> "内容太长了。Too long.";
            case "CONTENT_REJECTED" -> "内容包含不允许的词语，请修改后再发。The text contains words that are not allowed.";
            case "USER_BANNED" -> "您已被禁言。You are banned from posting here.";
            case "ALREADY_LIKED" -> "您已经赞过了。Already liked.";
            case "RATE_LIMITED" -> "发得太快了，请稍后再试。Too fast, wait a moment.";
            case "INVALID_INPUT" -> "请填写内容。Write something.";
            case "BOARD_NOT_FOUND", "THREAD_NOT_FOUND", "REPLY_NOT_FOUND" -> "没有找到。Not found.";
            default -> "操作失败 (" + e.code() + ")。";
        };
    }
}
