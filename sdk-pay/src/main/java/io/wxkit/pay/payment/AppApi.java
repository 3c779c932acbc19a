package io.wxkit.pay.payment;

import io.wxkit.core.internal.crypto.pay.FrontEndPaySign;
import io.wxkit.pay.internal.PayClient;
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

    public AppApi(PayClient client) {
        this.client = client;
    }

    /**
     * Places the order for the builder's {@code appId} (the mobile app's appid) and signs {@code PayReq}.
     *
     * @throws io.wxkit.pay.WxPayException on an error answer or a response that fails verification
     */
    public AppPayParams prepay(Order order) {
        return prepay(order, client.context().appId());
    }

    /** As {@link #prepay(Order)} for another appid. */
    public AppPayParams prepay(Order order, String appId) {
        String prepayId = Prepay.post(client, "/v3/pay/transactions/app", order, appId, "prepay_id");
        PayContext ctx = client.context();
        String timestamp = Prepay.timestamp(ctx);
        String nonce = Prepay.nonce(ctx);
        String sign = ctx.signer().sign(FrontEndPaySign.appMessage(appId, timestamp, nonce, prepayId));
        return new AppPayParams(appId, ctx.mchId(), prepayId, "Sign=WXPay", nonce, timestamp, sign);
    }
}
