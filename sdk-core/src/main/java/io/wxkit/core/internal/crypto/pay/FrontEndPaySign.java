package io.wxkit.core.internal.crypto.pay;

/**
 * The {@code paySign} the front end passes to WeChat to start an APIv3 payment: JSAPI / mini
 * program ({@code wx.requestPayment}, {@code getBrandWCPayRequest}) and App ({@code PayReq.sign}).
 * Signed with the merchant API key, each line ending in {@code \n}.
 *
 * <pre>{@code
 * String paySign = signer.sign(FrontEndPaySign.jsapiMessage(appId, timeStamp, nonceStr, "prepay_id=" + id));
 * }</pre>
 */
public final class FrontEndPaySign {
    private FrontEndPaySign() {}

    /** JSAPI / mini program: {@code appId\ntimeStamp\nnonceStr\npackage\n}; {@code signType} is not signed. */
    public static String jsapiMessage(String appId, String timeStamp, String nonceStr, String packageValue) {
        return appId + '\n' + timeStamp + '\n' + nonceStr + '\n' + packageValue + '\n';
    }

    /** App: {@code appid\ntimestamp\nnoncestr\nprepayid\n}. */
    public static String appMessage(String appId, String timestamp, String nonceStr, String prepayId) {
        return appId + '\n' + timestamp + '\n' + nonceStr + '\n' + prepayId + '\n';
    }
}
