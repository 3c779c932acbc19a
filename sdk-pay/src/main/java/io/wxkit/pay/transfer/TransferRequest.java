package io.wxkit.pay.transfer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A merchant transfer to a user's WeChat balance (商家转账, transfer-bill API): the merchant bill
 * number (reuse it on retries), scene, payee openid, amount in fen, the remark the user sees, and
 * the scene report infos the scene requires.
 *
 * <pre>{@code
 * TransferRequest r = TransferRequest.of("plfk2020042013", "1000", openid, 400, "Cash prize")
 *     .reportInfo("活动名称", "Lantern quiz").reportInfo("奖励说明", "First prize");
 * }</pre>
 *
 * @param outBillNo          {@code out_bill_no}: 1–32 letters and digits
 * @param transferSceneId    {@code transfer_scene_id}, e.g. {@code 1000} (现金营销)
 * @param openid             {@code openid} of the payee under the appid
 * @param transferAmountFen  {@code transfer_amount} in fen
 * @param transferRemark     {@code transfer_remark}: ≤32 characters, shown to the user
 * @param userName           payee's real name in clear text (encrypted before sending; required
 *                           from 2,000 CNY), or {@code null}
 * @param notifyUrl          {@code notify_url}, or {@code null}
 * @param userRecvPerception {@code user_recv_perception}, or {@code null}
 * @param reportInfos        {@code transfer_scene_report_infos}: info type → content, in order
 */
public record TransferRequest(String outBillNo, String transferSceneId, String openid, long transferAmountFen,
                              String transferRemark, String userName, String notifyUrl, String userRecvPerception,
                              Map<String, String> reportInfos) {
    private static final Pattern OUT_BILL_NO = Pattern.compile("[0-9A-Za-z]{1,32}");

    /**
     * A transfer; prefer {@link #of} and the {@code with}-style methods. {@code reportInfos} is copied.
     *
     * @param outBillNo          {@code out_bill_no}: 1–32 letters and digits
     * @param transferSceneId    {@code transfer_scene_id}, e.g. {@code 1000} (现金营销)
     * @param openid             {@code openid} of the payee under the appid
     * @param transferAmountFen  {@code transfer_amount} in fen
     * @param transferRemark     {@code transfer_remark}: ≤32 characters, shown to the user
     * @param userName           payee's real name in clear text (encrypted before sending; required
     *     from 2,000 CNY), or {@code null}
     * @param notifyUrl          {@code notify_url}, or {@code null}
     * @param userRecvPerception {@code user_recv_perception}, or {@code null}
     * @param reportInfos        {@code transfer_scene_report_infos}: info type → content, in order
     * @throws NullPointerException if {@code outBillNo}, {@code transferSceneId}, {@code openid} or
     *     {@code reportInfos} is null
     * @throws IllegalArgumentException if {@code outBillNo} is not 1–32 letters and digits, the amount is not
     *     positive, or {@code transferRemark} is not 1–32 characters
     */
    public TransferRequest {
        Objects.requireNonNull(outBillNo, "outBillNo");
        if (!OUT_BILL_NO.matcher(outBillNo).matches()) {
            throw new IllegalArgumentException("out_bill_no must be 1-32 letters and digits: " + outBillNo);
        }
        Objects.requireNonNull(transferSceneId, "transferSceneId");
        Objects.requireNonNull(openid, "openid");
        if (transferAmountFen <= 0) {
            throw new IllegalArgumentException("transferAmountFen must be positive");
        }
        if (transferRemark == null || transferRemark.isEmpty() || transferRemark.codePointCount(0, transferRemark.length()) > 32) {
            throw new IllegalArgumentException("transfer_remark must be 1-32 characters");
        }
        reportInfos = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reportInfos));
    }

    /**
     * A transfer without optional fields, e.g.
     * {@code TransferRequest.of("B20240101001", "1000", openid, 400, "活动奖励")} pays ¥4.00.
     *
     * @param outBillNo         the merchant's bill number ({@code out_bill_no}): 1–32 letters and digits; reuse it on retries
     * @param transferSceneId   {@code transfer_scene_id} as approved for the merchant, e.g. {@code "1000"} (现金营销)
     * @param openid            the payee's openid under the merchant's default appid
     * @param transferAmountFen {@code transfer_amount} in fen, positive
     * @param transferRemark    {@code transfer_remark}: 1–32 characters, shown to the user
     * @return the request; most scenes also need {@link #reportInfo} entries
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a value breaks the limits above
     */
    public static TransferRequest of(String outBillNo, String transferSceneId, String openid, long transferAmountFen, String transferRemark) {
        return new TransferRequest(outBillNo, transferSceneId, openid, transferAmountFen, transferRemark, null, null, null, Map.of());
    }

    /**
     * With one more {@code transfer_scene_report_infos} entry; the scene decides which info types it needs.
     *
     * @param infoType    {@code info_type}, e.g. {@code "活动名称"} or {@code "奖励说明"} for scene 1000
     * @param infoContent {@code info_content}, e.g. {@code "新会员有礼"}
     * @return a copy with the entry (a second entry of the same type replaces the first)
     */
    public TransferRequest reportInfo(String infoType, String infoContent) {
        Map<String, String> m = new LinkedHashMap<>(reportInfos);
        m.put(infoType, infoContent);
        return new TransferRequest(outBillNo, transferSceneId, openid, transferAmountFen, transferRemark, userName, notifyUrl, userRecvPerception, m);
    }

    /**
     * With the payee's real name (sent RSA-OAEP encrypted with the platform key); WeChat Pay then checks it
     * against the payee's verified name. Required from 2,000 CNY.
     *
     * @param value the name in clear text; hidden by {@code toString()}
     * @return a copy with the name
     */
    public TransferRequest userName(String value) {
        return new TransferRequest(outBillNo, transferSceneId, openid, transferAmountFen, transferRemark, value, notifyUrl, userRecvPerception, reportInfos);
    }

    /**
     * With {@code notify_url}, where WeChat Pay posts the transfer notification.
     *
     * @param value an HTTPS URL without a query string
     * @return a copy with the URL
     */
    public TransferRequest notifyUrl(String value) {
        return new TransferRequest(outBillNo, transferSceneId, openid, transferAmountFen, transferRemark, userName, value, userRecvPerception, reportInfos);
    }

    /**
     * With {@code user_recv_perception}: how the receipt is worded to the user.
     *
     * @param value one of the scene's documented wordings, e.g. {@code "活动奖励"}
     * @return a copy with the wording
     */
    public TransferRequest userRecvPerception(String value) {
        return new TransferRequest(outBillNo, transferSceneId, openid, transferAmountFen, transferRemark, userName, notifyUrl, value, reportInfos);
    }

    ObjectNode toJson(ObjectNode body, String appId, String encryptedUserName) {
        body.put("appid", appId);
        body.put("out_bill_no", outBillNo);
        body.put("transfer_scene_id", transferSceneId);
        body.put("openid", openid);
        if (encryptedUserName != null) {
            body.put("user_name", encryptedUserName);
        }
        body.put("transfer_amount", transferAmountFen);
        body.put("transfer_remark", transferRemark);
        if (notifyUrl != null) {
            body.put("notify_url", notifyUrl);
        }
        if (userRecvPerception != null) {
            body.put("user_recv_perception", userRecvPerception);
        }
        ArrayNode infos = body.putArray("transfer_scene_report_infos");
        reportInfos.forEach((type, content) -> infos.addObject().put("info_type", type).put("info_content", content));
        return body;
    }

    @Override
    public String toString() {
        return "TransferRequest[outBillNo=" + outBillNo + ", transferSceneId=" + transferSceneId + ", openid=" + openid
                + ", transferAmountFen=" + transferAmountFen + ", userName=" + (userName == null ? "null" : "***") + "]";
    }
}
