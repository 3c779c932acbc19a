package io.wxkit.examples.forms;

import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.forms.FieldError;

/** What a person reads for each field problem and each refusal of the forms module. */
final class FormsMessages {

    private FormsMessages() {
    }

    static String of(FieldError e) {
        return switch (e.problem()) {
            case REQUIRED -> "此项必填。Required.";
            case TOO_SHORT -> "内容太短。Too short.";
            case TOO_LONG -> "内容太长。Too long.";
            case PATTERN_MISMATCH -> "格式不正确。Wrong format.";
            case NOT_A_NUMBER -> "请填写数字。Enter a number.";
            case OUT_OF_RANGE -> "超出允许范围。Out of range.";
            case NOT_AN_OPTION, UNKNOWN_FIELD, TOO_MANY_VALUES -> "请从选项中选择。Choose from the options.";
            case TOO_FEW_CHOICES -> "选得太少了。Choose more.";
            case TOO_MANY_CHOICES -> "选得太多了。Choose fewer.";
            case NOT_A_DATE -> "请填写正确的日期。Enter a date.";
            case INVALID_PHONE -> "请填写 11 位中国大陆手机号。Enter an 11-digit mainland mobile number.";
            case INVALID_EMAIL -> "邮箱格式不正确。Enter an e-mail address.";
            case INVALID_ID_CARD, ID_CARD_CHECKSUM -> "身份证号不正确。Check the ID number.";
            default -> "填写有误。Check this answer.";
        };
    }

    static String of(ModuleException e) {
        return switch (e.code()) {
            case "FORM_NOT_OPEN" -> "尚未开始。The form is not open yet.";
            case "FORM_CLOSED" -> "已截止。The form has closed.";
            case "ALREADY_SUBMITTED" -> "您已经提交过了。You have already submitted.";
            case "FORM_FULL" -> "名额和候补都已满。The places and the waiting list are full.";
            case "ALREADY_WITHDRAWN" -> "已经取消过了。Already withdrawn.";
            case "RATE_LIMITED" -> "操作太频繁，请稍后再试。Too many attempts, wait a moment.";
            case "FORM_NOT_FOUND", "SUBMISSION_NOT_FOUND" -> "没有找到。Not found.";
            default -> "提交失败，请稍后再试 (" + e.code() + ")。";
        };
    }
}
