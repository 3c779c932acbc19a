package io.wxkit.pay.redpack;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The answer of {@code gethbinfo} (查询红包记录): the packet's status and who received what.
 *
 * @param returnCode     {@code return_code}
 * @param returnMsg      {@code return_msg}
 * @param resultCode     {@code result_code}
 * @param errCode        {@code err_code} ({@code NOT_FOUND} when no packet has this mch_billno)
 * @param errCodeDes     {@code err_code_des}
 * @param mchBillno      {@code mch_billno}
 * @param detailId       {@code detail_id}
 * @param status         {@code status}: SENDING, SENT, FAILED, RECEIVED, RFUND_ING, REFUND
 * @param sendType       {@code send_type}: API, UPLOAD, ACTIVITY
 * @param hbType         {@code hb_type}: GROUP, NORMAL
 * @param totalNum       {@code total_num}
 * @param totalAmountFen {@code total_amount}
 * @param reason         {@code reason} (why sending failed)
 * @param sendTime       {@code send_time} as WeChat writes it
 * @param refundTime     {@code refund_time}
 * @param refundAmountFen {@code refund_amount}
 * @param hbList         {@code hblist}
 */
public record RedPacketInfo(@JsonProperty("return_code") String returnCode, @JsonProperty("return_msg") String returnMsg,
                            @JsonProperty("result_code") String resultCode, @JsonProperty("err_code") String errCode,
                            @JsonProperty("err_code_des") String errCodeDes, @JsonProperty("mch_billno") String mchBillno,
                            @JsonProperty("detail_id") String detailId, @JsonProperty("status") String status,
                            @JsonProperty("send_type") String sendType, @JsonProperty("hb_type") String hbType,
                            @JsonProperty("total_num") int totalNum, @JsonProperty("total_amount") long totalAmountFen,
                            @JsonProperty("reason") String reason, @JsonProperty("send_time") String sendTime,
                            @JsonProperty("refund_time") String refundTime, @JsonProperty("refund_amount") long refundAmountFen,
                            @JsonProperty("hblist") HbList hbList) {

    /** {@code hblist}: the {@code hbinfo} entries. @param hbInfo {@code hbinfo} */
    public record HbList(@JsonProperty("hbinfo") List<Receiver> hbInfo) {
        /**
         * The entries; {@code null} reads as none, the list is copied.
         *
         * @param hbInfo {@code hbinfo}: one entry per receiver
         * @throws NullPointerException if an entry is null
         */
        public HbList {
            hbInfo = hbInfo == null ? List.of() : List.copyOf(hbInfo);
        }
    }

    /**
     * Who received what ({@code hblist/hbinfo}), empty when nobody has yet.
     *
     * @return the receivers in WeChat's order; an unmodifiable list, empty for none
     */
    public List<Receiver> receivers() {
        return hbList == null ? List.of() : hbList.hbInfo();
    }

    /**
     * One receiver.
     *
     * @param openid    {@code openid}
     * @param amountFen {@code amount}
     * @param rcvTime   {@code rcv_time}
     */
    public record Receiver(@JsonProperty("openid") String openid, @JsonProperty("amount") long amountFen,
                           @JsonProperty("rcv_time") String rcvTime) {}

    /**
     * Whether WeChat has a packet with this mch_billno (a query answered SUCCESS).
     *
     * @return true when {@code return_code} and {@code result_code} are both {@code SUCCESS}
     */
    public boolean found() {
        return "SUCCESS".equals(returnCode) && "SUCCESS".equals(resultCode);
    }

    /**
     * Whether WeChat answered that no packet has this mch_billno.
     *
     * @return true for {@code err_code} {@code NOT_FOUND}: sending again with the same {@code mch_billno} is safe
     */
    public boolean notFound() {
        return "NOT_FOUND".equals(errCode);
    }

    /**
     * Whether the packet went out (SENDING, SENT, RECEIVED, or refunded after being sent).
     *
     * @return true when the packet was found and its {@code status} is not {@code FAILED}
     */
    public boolean wasSent() {
        return found() && status != null && !"FAILED".equals(status);
    }
}
