package io.wxkit.benchmarks.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The inputs every side of the side-by-side run (wxkit, WxJava, wechatpay-java, the careful JDK
 * floor) is fed, byte for byte: compiled into both benchmark jars from {@code benchmarks/src/shared},
 * JDK-only so that it cannot favour anyone's library.
 *
 * <p>The callbacks are a pool of {@link #POOL} distinct messages (their own {@code MsgId} and
 * nonce), so neither side's dedup ever recognises one; the pool is signed and encrypted here, with
 * WeChat's algorithm written against the JDK ({@link WechatSide}).
 */
public final class Inputs {
    /** Distinct callbacks per pool: more than any side's dedup sees within one measurement pass. */
    public static final int POOL = 16_384;
    public static final String APP_ID = "wxb11529c136998cb6";
    public static final String TOKEN = "pamtest";
    public static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    public static final String OFFICIAL_ACCOUNT = "gh_123456789abc";
    public static final String OPENID = "oUser_abcdefghijklmnopqrstu";
    /** The callbacks' timestamp: wxkit's window is judged by a clock fixed here, WxJava has none. */
    public static final long CALLBACK_TIME = 1_700_000_000L;
    public static final String REPLY = "您的订单今天发货，请注意查收";
    /** The inbound text (Chinese, as followers write): rules match its {@code order} prefix. */
    public static final String CONTENT = "order 42 请问我的订单什么时候发货？谢谢";

    /** Merchant of the Pay rows (the TEST-ONLY keys of ../shared/vectors). */
    public static final String MCH_ID = "1900000001";
    public static final String PAY_APP_ID = "wxd678efh567hg6787";
    public static final String API_V3_KEY = "wxkitTestApiV3Key0123456789ABCDE";
    public static final String MERCHANT_SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";
    public static final String PUBLIC_KEY_ID = "PUB_KEY_ID_0114232134912410000000000000000001";
    public static final String API_V2_KEY = "192006250b4c09247ec02edce69f6a2d";
    /** Distinct payment notifications (own out_trade_no, nonce and signature each). */
    public static final int NOTIFICATION_POOL = 256;

    public static final String ACCESS_TOKEN = "ACCESS_TOKEN_90_e6Wq2ZTkDYdGzuUUfXyz0123456789";

    private Inputs() {
    }

    /** The inner XML WeChat posts for text message {@code i} (≈ 320 bytes, Chinese content). */
    public static String textMessage(int i) {
        return "<xml><ToUserName><![CDATA[" + OFFICIAL_ACCOUNT + "]]></ToUserName>"
                + "<FromUserName><![CDATA[" + OPENID + "]]></FromUserName>"
                + "<CreateTime>" + CALLBACK_TIME + "</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                + "<Content><![CDATA[" + CONTENT + "]]></Content><MsgId>" + msgId(i) + "</MsgId></xml>";
    }

    /** The {@code MsgId} of message {@code i}: distinct across the pool. */
    public static long msgId(int i) {
        return 23_456_789_012_345_678L + i;
    }

    /** The request nonce of message {@code i}. */
    public static String nonce(int i) {
        return Integer.toString(1_000_000_000 + i);
    }

    /** The 13 fields of a red packet request ({@code sendredpack}), before {@code sign}. */
    public static Map<String, String> redPacketFields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("nonce_str", "5K8264ILTKCH16CQ2502SI8ZNMTM67VS");
        f.put("mch_billno", "10000098201411111234567890");
        f.put("mch_id", MCH_ID);
        f.put("wxappid", PAY_APP_ID);
        f.put("send_name", "天虹百货");
        f.put("re_openid", "oxTWIuGaIt6gTKsQRLau2M0yL16E");
        f.put("total_amount", "1000");
        f.put("total_num", "1");
        f.put("wishing", "感谢您参加猜灯谜活动，祝您元宵节快乐！");
        f.put("client_ip", "192.168.0.1");
        f.put("act_name", "猜灯谜抢红包活动");
        f.put("remark", "猜越多得越多，快来抢！");
        f.put("scene_id", "PRODUCT_2");
        return f;
    }

    /** The keywords of the template message row, in order. */
    public static Map<String, String> templateData() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("thing1", "季度经营分析会");
        d.put("time2", "2026年12月03日 15:00");
        d.put("thing3", "深圳腾讯滨海大厦 32 楼 3201 会议室");
        d.put("phrase4", "已确认");
        return d;
    }

    public static final String TEMPLATE_ID = "ngqIpbwh8bUfcSsECmogfXcV14J0tQlEpBO27izEYtY";
    public static final String TEMPLATE_URL = "https://example.com/meetings/42";
    public static final String TEMPLATE_COLOR = "#173177";
}
