package io.wxkit.pay.payment;

import io.wxkit.core.internal.crypto.pay.FrontEndPaySign;
import io.wxkit.pay.internal.PayClient;
import io.wxkit.pay.internal.PayContext;

/**
 * JSAPI and mini-program payment (JSAPI支付 / 小程序支付): {@code POST /v3/pay/transactions/jsapi}
 * and the signed parameters for {@code wx.requestPayment}.
 *
 * <pre>{@code
 * JsapiPayParams p = pay.jsapi().prepay(Order.of(outTradeNo, "Ticket", 990, openid).notifyUrl(url));
 * }</pre>
 *
 * <p>Thread-safe. Blocks on HTTP; retried on 5xx and transport errors (prepay with the same
 * {@code out_trade_no} is idempotent on WeChat's side).
 */
public final class JsapiApi {
    private final PayClient client;

    public JsapiApi(PayClient client) {
        this.client = client;
    }

    /**
     * Places the order for the builder's {@code appId} and signs the front-end parameters.
     *
     * @throws io.wxkit.pay.WxPayException on an error answer or a response that fails verification
     */
    public JsapiPayParams prepay(Order order) {
        return prepay(order, client.context().appId());
    }

    /** As {@link #prepay(Order)} for another appid bound to the merchant (e.g. a mini program). */
    public JsapiPayParams prepay(Order order, String appId) {
        if (order.openid() == null) {
            throw new IllegalArgumentException("JSAPI orders need the payer openid: Order.of(outTradeNo, description, totalFen, openid)");
        }
        String prepayId = Prepay.post(client, "/v3/pay/transactions/jsapi", order, appId, "prepay_id");
        return payParams(appId, prepayId);
    }

    /** Signs the front-end parameters for an existing {@code prepay_id} (valid two hours). */
    public JsapiPayParams payParams(String appId, String prepayId) {
        PayContext ctx = client.context();
        String timeStamp = Prepay.timestamp(ctx);
        String nonceStr = Prepay.nonce(ctx);
        String pkg = "prepay_id=" + prepayId;
        String paySign = ctx.signer().sign(FrontEndPaySign.jsapiMessage(appId, timeStamp, nonceStr, pkg));
        String signType = ctx.signer().scheme().contains("SM2") ? "SM2" : "RSA";
        return new JsapiPayParams(appId, timeStamp, nonceStr, pkg, signType, paySign);
    }
}
