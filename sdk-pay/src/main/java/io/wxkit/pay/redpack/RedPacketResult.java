package io.wxkit.pay.redpack;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Set;

/**
 * The answer of {@code sendredpack} / {@code sendgroupredpack} with WeChat's codes and the
 * {@link Outcome} they mean.
 *
 * @param returnCode     {@code return_code}
 * @param returnMsg      {@code return_msg}
 * @param resultCode     {@code result_code}
 * @param errCode        {@code err_code}
 * @param errCodeDes     {@code err_code_des} (for humans only)
 * @param mchBillno      {@code mch_billno}
 * @param mchId          {@code mch_id}
 * @param wxAppId        {@code wxappid}
 * @param reOpenid       {@code re_openid}
 * @param totalAmountFen {@code total_amount}
 * @param sendListId     {@code send_listid}: WeChat's red packet order number
 */
public record RedPacketResult(@JsonProperty("return_code") String returnCode, @JsonProperty("return_msg") String returnMsg,
                              @JsonProperty("result_code") String resultCode, @JsonProperty("err_code") String errCode,
                              @JsonProperty("err_code_des") String errCodeDes, @JsonProperty("mch_billno") String mchBillno,
                              @JsonProperty("mch_id") String mchId, @JsonProperty("wxappid") String wxAppId,
                              @JsonProperty("re_openid") String reOpenid, @JsonProperty("total_amount") long totalAmountFen,
                              @JsonProperty("send_listid") String sendListId) {

    /** What a red packet answer means for the money. */
    public enum Outcome {
        /** The packet was sent. */
        SENT,
        /** WeChat refused it for a documented reason (balance, limits, openid, parameters): nothing was paid. */
        FAILED,
        /** Unknown (system busy, processing, send failed, unfamiliar code): query or retry with the SAME mch_billno. */
        UNKNOWN_RETRY_SAME_BILLNO
    }

    /** err_code values that mean "nothing was paid, fix the cause" (documented list, pay.weixin.qq.com). */
    static final Set<String> DEFINITIVE_FAILURES = Set.of("NO_AUTH", "SENDNUM_LIMIT", "ILLEGAL_APPID", "MONEY_LIMIT",
            "FATAL_ERROR", "CA_ERROR", "SIGN_ERROR", "XML_ERROR", "FREQ_LIMIT", "NOTENOUGH", "OPENID_ERROR",
            "MSGAPPID_ERROR", "ACCEPTMODE_ERROR", "PARAM_ERROR", "SENDAMOUNT_LIMIT", "RCVDAMOUNT_LIMIT");

    /**
     * SENT only for return_code and result_code SUCCESS; FAILED only for a documented definitive
     * err_code; everything else (SYSTEMERROR, PROCESSING, SEND_FAILED, numeric busy codes, new
     * codes) is UNKNOWN, because guessing "failed" and re-sending with a new number could pay twice.
     *
     * @return SENT, FAILED, or UNKNOWN_RETRY_SAME_BILLNO: then query or send again with the same {@code mch_billno},
     *     never a new one
     */
    public Outcome outcome() {
        if ("SUCCESS".equals(returnCode) && "SUCCESS".equals(resultCode)) {
            return Outcome.SENT;
        }
        if (errCode != null && DEFINITIVE_FAILURES.contains(errCode)) {
            return Outcome.FAILED;
        }
        return Outcome.UNKNOWN_RETRY_SAME_BILLNO;
    }
}
