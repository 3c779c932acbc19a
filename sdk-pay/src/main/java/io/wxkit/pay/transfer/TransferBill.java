package io.wxkit.pay.transfer;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A transfer bill (转账单) as WeChat Pay reports it from create, query, cancel and the
 * notification; fields a call does not return are {@code null} / 0.
 *
 * @param mchId             {@code mch_id}
 * @param outBillNo         {@code out_bill_no}
 * @param transferBillNo    {@code transfer_bill_no}
 * @param appId             {@code appid}
 * @param state             {@code state}: ACCEPTED, PROCESSING, WAIT_USER_CONFIRM, TRANSFERING, SUCCESS, FAIL, CANCELING, CANCELLED
 * @param transferAmountFen {@code transfer_amount}
 * @param transferRemark    {@code transfer_remark}
 * @param failReason        {@code fail_reason}
 * @param openid            {@code openid}
 * @param packageInfo       {@code package_info}: pass to {@code wx.requestMerchantTransfer} while WAIT_USER_CONFIRM
 * @param createTime        {@code create_time}
 * @param updateTime        {@code update_time}
 */
public record TransferBill(@JsonProperty("mch_id") @JsonAlias("mchid") String mchId, @JsonProperty("out_bill_no") String outBillNo,
                           @JsonProperty("transfer_bill_no") String transferBillNo, @JsonProperty("appid") String appId,
                           @JsonProperty("state") String state, @JsonProperty("transfer_amount") long transferAmountFen,
                           @JsonProperty("transfer_remark") String transferRemark, @JsonProperty("fail_reason") String failReason,
                           @JsonProperty("openid") String openid, @JsonProperty("package_info") String packageInfo,
                           @JsonProperty("create_time") Instant createTime, @JsonProperty("update_time") Instant updateTime) {

    /**
     * Whether the state is final (SUCCESS, FAIL or CANCELLED).
     *
     * @return true when the state will not change any more; poll or wait for the notification otherwise
     */
    public boolean isFinal() {
        return "SUCCESS".equals(state) || "FAIL".equals(state) || "CANCELLED".equals(state);
    }

    /**
     * Whether the user must confirm in WeChat ({@code package_info} is set).
     *
     * @return true while the state is {@code WAIT_USER_CONFIRM}
     */
    public boolean awaitsUserConfirmation() {
        return "WAIT_USER_CONFIRM".equals(state);
    }
}
