package io.wxkit.pay.payment;

import io.wxkit.core.internal.crypto.pay.FrontEndPaySign;
import io.wxkit.pay.internal.PayClient;
import io.wxkit.pay.observe.PayPipeline;
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

    /**
     * This API over {@code pipeline}; applications call {@code pay.jsapi()}, which passes its merchant's pipeline.
     *
     * @param pipeline the merchant's signed call pipeline, as built by {@code WxPay.builder()}
     * @throws IllegalArgumentException if {@code pipeline} was not built by {@code WxPay.builder()}
     */
    public JsapiApi(PayPipeline pipeline) {
        this.client = PayClient.of(pipeline);
    }

    /**
     * Places the order for the builder's {@code appId} and signs the front-end parameters.
     *
     * @param order the order; it must carry the payer's {@code openid} under the builder's appid
     * @return the parameters for {@code wx.requestPayment(..)}, e.g. {@code p.toMap()} rendered as JSON into the page
     * @throws io.wxkit.pay.WxPayException on an error answer or a response that fails verification
     */
    public JsapiPayParams prepay(Order order) {
        return prepay(order, client.context().appId());
    }

    /**
     * As {@link #prepay(Order)} for another appid bound to the merchant (e.g. a mini program):
     * {@code POST /v3/pay/transactions/jsapi}.
     *
     * @param order the order; its {@code openid} must be the payer's under {@code appId}
     * @param appId the {@code appid} the order is placed and the parameters signed for
     * @return the parameters for {@code wx.requestPayment(..)} or {@code WeixinJSBridge}
     * @throws IllegalArgumentException if the order has no payer openid
     * @throws io.wxkit.pay.WxPayException on an error answer or a response that fails verification
     */
    public JsapiPayParams prepay(Order order, String appId) {
        if (order.openid() == null) {
            throw new IllegalArgumentException("JSAPI orders need the payer openid: Order.of(outTradeNo, description, totalFen, openid)");
        }
        String prepayId = Prepay.post(client, "/v3/pay/transactions/jsapi", order, appId, "prepay_id");
        return payParams(appId, prepayId);
    }

    /**
     * Signs the front-end parameters for an existing {@code prepay_id} (valid two hours), e.g. to let the
     * user pay again after closing the pay sheet; makes no call.
     *
     * <pre>{@code
     * JsapiPayParams again = pay.jsapi().payParams(appId, savedPrepayId);
     * }</pre>
     *
     * @param appId    the appid the prepay id was created for
     * @param prepayId WeChat Pay's {@code prepay_id}, e.g. {@code "wx201410272009395522657a690389285100"}
     * @return fresh {@code timeStamp}, {@code nonceStr} and {@code paySign} ({@code RSA}, or {@code SM2} for an SM2 merchant key)
     */
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
