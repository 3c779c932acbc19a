package io.wxkit.benchmarks.shared;

import java.util.Map;

/**
 * The checks every side's answers pass in setup (and in the smoke tests): the same for wxkit, the
 * incumbents and the JDK floor, so that no side is timed doing less work or the wrong work.
 */
public final class Answers {
    private Answers() {
    }

    /** A plain reply: the routed text answer as XML. */
    public static <T> T plainReply(String xml, T result) {
        WechatSide.checkTextReply(xml);
        return result;
    }

    /** A safe-mode reply: signed, encrypted for this appid, and the routed text answer inside. */
    public static <T> T safeReply(String xml, T result) {
        WechatSide.checkTextReply(WechatSide.openReply(xml));
        return result;
    }

    /** A verified, decrypted payment notification: the right order, paid, 100 fen. */
    public static void payment(WechatSide.Notification sent, String outTradeNo, String tradeState, long totalFen) {
        if (!sent.outTradeNo().equals(outTradeNo) || !"SUCCESS".equals(tradeState) || totalFen != 100) {
            throw new IllegalStateException("wrong payment: " + outTradeNo + " " + tradeState + " " + totalFen);
        }
    }

    /** A v2 {@code sign} over the red packet fields: the independently computed value. */
    public static void v2Sign(String sign, boolean hmac) {
        String expected = WechatSide.v2Sign(Inputs.redPacketFields(), hmac);
        if (!expected.equals(sign)) {
            throw new IllegalStateException("v2 sign " + sign + ", expected " + expected);
        }
    }

    /** The template message body: every field and keyword value present as JSON members. */
    public static void templateJson(String json) {
        String compact = json.replace(" ", "").replace("\n", "");
        check(compact, "\"touser\":\"" + Inputs.OPENID + "\"");
        check(compact, "\"template_id\":\"" + Inputs.TEMPLATE_ID + "\"");
        check(compact, "\"url\":\"" + Inputs.TEMPLATE_URL + "\"");
        for (Map.Entry<String, String> e : Inputs.templateData().entrySet()) {
            check(compact, "\"" + e.getKey() + "\":{");
            check(compact, "\"value\":\"" + e.getValue().replace(" ", "") + "\"");
        }
        check(compact, "\"color\":\"" + Inputs.TEMPLATE_COLOR + "\"");
    }

    /** The cached access token. */
    public static void token(String token) {
        if (!Inputs.ACCESS_TOKEN.equals(token)) {
            throw new IllegalStateException("not the cached token: " + token);
        }
    }

    private static void check(String json, String member) {
        if (!json.contains(member)) {
            throw new IllegalStateException("template JSON lacks " + member + ": " + json);
        }
    }
}
