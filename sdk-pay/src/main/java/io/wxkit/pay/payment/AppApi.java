package io.wxkit.pay.payment;

import io.wxkit.core.internal.crypto.pay.FrontEndPaySign;
import io.wxkit.pay.internal.PayClient;
import io.wxkit.pay.observe.PayPipeline;
import io.wxkit.pay.internal.PayContext;

/**
 * App payment (APP支付): {@code POST /v3/pay/transactions/app} and the signed {@code PayReq} fields.
 *
 * <pre>{@code
 * AppPayParams p = pay.app().prepay(Order.of(outTradeNo, "Ticket", 990).notifyUrl(url));
 * }</pre>
 *
 * <p>Thread-safe; blocks on HTTP.
 */
public final class AppApi {
    private final PayClient client;

    /**
     * This API over {@code pipeline}; applications call {@code pay.app()}, which passes its merchant's pipeline.
     *
     * @param pipeline the merchant's signed call pipeline, as built by {@code WxPay.builder()}
     * @throws IllegalArgumentException if {@code pipeline} was not built by {@code WxPay.builder()}
     */
    public AppApi(PayPipeline pipeline) {
        this.client = PayClient.of(pipeline);
    }

    /**
     * Places the order for the builder's {@code appId} (the mobile app's appid) and signs {@code PayReq}.
     *
     * @param order the order; no openid is needed
     * @return the fields of the WeChat SDK's {@code PayReq}, e.g. {@code req.prepayId = p.prepayId()}
     * @throws io.wxkit.pay.WxPayException on an error answer or a response that fails verification
     */
    public AppPayParams prepay(Order order) {
        return prepay(order, client.context().appId());
    }

    /**
     * As {@link #prepay(Order)} for another appid bound to the merchant: {@code POST /v3/pay/transactions/app}.
     *
     * @param order the order
     * @param appId the mobile app's {@code appid} (registered on the open platform)
     * @return the fields of the WeChat SDK's {@code PayReq}, signed for {@code appId}
     * @throws io.wxkit.pay.WxPayException on an error answer or a response that fails verification
     */
    public AppPayParams prepay(Order order, String appId) {
        String prepayId = Prepay.post(client, "/v3/pay/transactions/app", order, appId, "prepay_id");
        PayContext ctx = client.context();
        String timestamp = Prepay.timestamp(ctx);
        String nonce = Prepay.nonce(ctx);
        String sign = ctx.signer().sign(FrontEndPaySign.appMessage(appId, timestamp, nonce, prepayId));
        return new AppPayParams(appId, ctx.mchId(), prepayId, "Sign=WXPay", nonce, timestamp, sign);
    }
}
