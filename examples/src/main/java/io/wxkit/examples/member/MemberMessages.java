package io.wxkit.examples.member;

import io.wxkit.modules.common.ModuleException;

/** What a member or a member admin reads for each refusal of the member module. */
final class MemberMessages {

    private MemberMessages() {
    }

    static String of(ModuleException e) {
        return switch (e.code()) {
            case "MEMBER_NOT_FOUND" -> "没有这位会员。No such member.";
            case "INSUFFICIENT_POINTS" -> "积分不足。Not enough points.";
            case "BUSINESS_KEY_CONFLICT" -> "这笔积分已经处理过了。Already recorded.";
            case "CARD_CODE_INVALID" -> "会员码无效。The card code is not valid.";
            case "CARD_CODE_EXPIRED" -> "会员码已过期，请让会员刷新后再扫。The card code expired: ask for a fresh one.";
            case "NOT_ADMIN" -> "您没有会员管理权限。You are not a member admin (or your role cannot do this).";
            case "OUT_OF_SCOPE" -> "该会员不在您的管理范围内。This member is outside your scope.";
            case "INVALID_LEVEL" -> "没有这个等级。No such level.";
            case "INVALID_INPUT" -> "填写的内容有误。Check what you entered.";
            case "RATE_LIMITED" -> "操作太频繁，请稍后再试。Too many attempts, wait a moment.";
            default -> "操作失败 (" + e.code() + ")。";
        };
    }
}
