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
    /**
     * A packet; prefer {@link #of} and {@link #group}.
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
     * @throws NullPointerException if {@code mchBillno}, {@code sendName}, {@code reOpenid}, {@code wishing},
     *     {@code actName} or {@code remark} is null
     * @throws IllegalArgumentException if {@code mchBillno} is empty or longer than 28 characters, or the amount
     *     or the number of receivers is not positive
     */
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

    /**
     * A normal red packet for one receiver ({@code total_num} 1).
     *
     * @param mchBillno      the merchant's packet number ({@code mch_billno}, 1..28 characters), reused by every retry
     * @param sendName       {@code send_name}: the merchant name shown on the packet (at most 32 characters)
     * @param reOpenid       {@code re_openid}: the receiver's openid under the merchant's appid
     * @param totalAmountFen {@code total_amount} in fen, e.g. {@code 1000} for ¥10 (WeChat: 1 to 200 yuan without a {@code scene_id})
     * @param wishing        {@code wishing}: the blessing text (at most 128 characters)
     * @param actName        {@code act_name}: the activity name (at most 32 characters)
     * @param remark         {@code remark} (at most 256 characters)
     * @return the packet, without {@code client_ip}, {@code scene_id} or {@code risk_info}
     * @throws NullPointerException if a text argument is null
     * @throws IllegalArgumentException if {@code mchBillno} is empty or too long, or {@code totalAmountFen} not positive
     */
    public static RedPacket of(String mchBillno, String sendName, String reOpenid, long totalAmountFen, String wishing,
                               String actName, String remark) {
        return new RedPacket(mchBillno, sendName, reOpenid, totalAmountFen, 1, wishing, actName, remark, null, null, null);
    }

    /**
     * A group (fission) red packet shared by {@code totalNum} people, first sent to {@code reOpenid}, who
     * shares it on; WeChat splits the amount at random ({@code amt_type=ALL_RAND}).
     *
     * @param mchBillno      the merchant's packet number ({@code mch_billno}, 1..28 characters), reused by every retry
     * @param sendName       {@code send_name}: the merchant name shown on the packet (at most 32 characters)
     * @param reOpenid       {@code re_openid}: the receiver's openid under the merchant's appid
     * @param totalAmountFen {@code total_amount} in fen for the whole group
     * @param totalNum       {@code total_num}: how many people share it, at least 3
     * @param wishing        {@code wishing}: the blessing text
     * @param actName        {@code act_name}: the activity name
     * @param remark         {@code remark}
     * @return the packet, for {@link RedPacketsApi#sendGroup}
     * @throws IllegalArgumentException if {@code totalNum} is below 3, or as {@link #of}
     */
    public static RedPacket group(String mchBillno, String sendName, String reOpenid, long totalAmountFen, int totalNum,
                                  String wishing, String actName, String remark) {
        if (totalNum < 3) {
            throw new IllegalArgumentException("a group red packet needs total_num >= 3");
        }
        return new RedPacket(mchBillno, sendName, reOpenid, totalAmountFen, totalNum, wishing, actName, remark, null, null, null);
    }

    /**
     * With {@code client_ip}: the IP of the machine that calls the API; normal packets only.
     *
     * @param ip an IPv4 address, e.g. {@code "192.168.0.1"}
     * @return a copy with the IP
     */
    public RedPacket clientIp(String ip) {
        return new RedPacket(mchBillno, sendName, reOpenid, totalAmountFen, totalNum, wishing, actName, remark, ip, sceneId, riskInfo);
    }

    /**
     * With {@code scene_id}, required for packets under 1 or above 200 yuan, e.g. {@code PRODUCT_8}.
     *
     * @param value one of WeChat's scene ids, {@code PRODUCT_1} to {@code PRODUCT_8}
     * @return a copy with the scene
     */
    public RedPacket sceneId(String value) {
        return new RedPacket(mchBillno, sendName, reOpenid, totalAmountFen, totalNum, wishing, actName, remark, clientIp, value, riskInfo);
    }

    /**
     * With {@code risk_info} (already URL-encoded, signed as sent).
     *
     * @param value e.g. {@code "posttime%3d123123412%26clientversion%3d234134"}
     * @return a copy with the risk information
     */
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
