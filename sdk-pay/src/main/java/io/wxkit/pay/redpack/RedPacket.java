package io.wxkit.pay.redpack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A cash red packet (现金红包) to send with {@code sendredpack} (one receiver) or
 * {@code sendgroupredpack} (a fission packet split among {@code totalNum} people). Amount in fen.
 * Keep {@code mchBillno} for the packet's whole life: every retry must reuse it.
 *
 * <pre>{@code
 * RedPacket p = RedPacket.of(mchBillno, "天虹百货", openid, 1000, "恭喜发财", "猜灯谜抢红包活动", "猜越多得越多").clientIp("192.168.0.1");
 * }</pre>
 *
 * @param mchBillno      {@code mch_billno}: unique per merchant, up to 28 characters
 * @param sendName       {@code send_name}: the merchant name shown to the user
 * @param reOpenid       {@code re_openid}: the receiver
 * @param totalAmountFen {@code total_amount} in fen
 * @param totalNum       {@code total_num}: 1 for a normal packet, at least 3 for a group packet
 * @param wishing        {@code wishing}
 * @param actName        {@code act_name}
 * @param remark         {@code remark}
 * @param clientIp       {@code client_ip} (normal packets), or {@code null}
 * @param sceneId        {@code scene_id} (required above 200 CNY), or {@code null}
 * @param riskInfo       {@code risk_info} as sent (URL-encoded), or {@code null}
 */
public record RedPacket(String mchBillno, String sendName, String reOpenid, long totalAmountFen, int totalNum,
                        String wishing, String actName, String remark, String clientIp, String sceneId, String riskInfo) {
    public RedPacket {
        Objects.requireNonNull(mchBillno, "mchBillno");
        if (mchBillno.isEmpty() || mchBillno.length() > 28) {
            throw new IllegalArgumentException("mch_billno must be 1-28 characters");
        }
        Objects.requireNonNull(sendName, "sendName");
        Objects.requireNonNull(reOpenid, "reOpenid");
        Objects.requireNonNull(wishing, "wishing");
        Objects.requireNonNull(actName, "actName");
        Objects.requireNonNull(remark, "remark");
        if (totalAmountFen <= 0 || totalNum <= 0) {
            throw new IllegalArgumentException("totalAmountFen and totalNum must be positive");
        }
    }

    /** A normal red packet for one receiver. */
    public static RedPacket of(String mchBillno, String sendName, String reOpenid, long totalAmountFen, String wishing,
                               String actName, String remark) {
        return new RedPacket(mchBillno, sendName, reOpenid, totalAmountFen, 1, wishing, actName, remark, null, null, null);
    }

    /** A group (fission) red packet shared by {@code totalNum} people, first sent to {@code reOpenid}. */
    public static RedPacket group(String mchBillno, String sendName, String reOpenid, long totalAmountFen, int totalNum,
                                  String wishing, String actName, String remark) {
        if (totalNum < 3) {
            throw new IllegalArgumentException("a group red packet needs total_num >= 3");
        }
        return new RedPacket(mchBillno, sendName, reOpenid, totalAmountFen, totalNum, wishing, actName, remark, null, null, null);
    }

    /** With {@code client_ip}. */
    public RedPacket clientIp(String ip) {
        return new RedPacket(mchBillno, sendName, reOpenid, totalAmountFen, totalNum, wishing, actName, remark, ip, sceneId, riskInfo);
    }

    /** With {@code scene_id}, e.g. {@code PRODUCT_8}. */
    public RedPacket sceneId(String value) {
        return new RedPacket(mchBillno, sendName, reOpenid, totalAmountFen, totalNum, wishing, actName, remark, clientIp, value, riskInfo);
    }

    /** With {@code risk_info} (already URL-encoded, signed as sent). */
    public RedPacket riskInfo(String value) {
        return new RedPacket(mchBillno, sendName, reOpenid, totalAmountFen, totalNum, wishing, actName, remark, clientIp, sceneId, value);
    }

    /** The request fields (without nonce and sign), in the documented order. */
    Map<String, String> fields(String mchId, String appId, boolean group) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("mch_billno", mchBillno);
        m.put("mch_id", mchId);
        m.put("wxappid", appId);
        m.put("send_name", sendName);
        m.put("re_openid", reOpenid);
        m.put("total_amount", Long.toString(totalAmountFen));
        m.put("total_num", Integer.toString(totalNum));
        if (group) {
            m.put("amt_type", "ALL_RAND");
        }
        m.put("wishing", wishing);
        if (!group && clientIp != null) {
            m.put("client_ip", clientIp);
        }
        m.put("act_name", actName);
        m.put("remark", remark);
        if (sceneId != null) {
            m.put("scene_id", sceneId);
        }
        if (riskInfo != null) {
            m.put("risk_info", riskInfo);
        }
        return m;
    }
}
