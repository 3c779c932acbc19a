package io.wxkit.pay.payment;

import io.wxkit.pay.internal.PayClient;
import io.wxkit.pay.observe.PayPipeline;
import io.wxkit.pay.internal.PayContext;

/**
 * H5 payment (H5支付, mobile browsers outside WeChat): {@code POST /v3/pay/transactions/h5}
 * returns the {@code h5_url} to redirect the user to.
 *
 * <pre>{@code
 * String h5Url = pay.h5().prepay(Order.of(outTradeNo, "Ticket", 990).payerClientIp(ip).notifyUrl(url));
 * }</pre>
 *
 * <p>Thread-safe; blocks on HTTP.
 */
public final class H5Api {
    private final PayClient client;

    /**
     * This API over {@code pipeline}; applications call {@code pay.h5()}, which passes its merchant's pipeline.
     *
     * @param pipeline the merchant's signed call pipeline, as built by {@code WxPay.builder()}
     * @throws IllegalArgumentException if {@code pipeline} was not built by {@code WxPay.builder()}
     */
    public H5Api(PayPipeline pipeline) {
        this.client = PayClient.of(pipeline);
    }

    /**
     * Places the order with {@code scene_info.h5_info.type = Wap} and returns {@code h5_url}.
     *
     * @param order the order, with {@code payerClientIp} set (the user's browser IP, IPv4 or IPv6)
     * @return the {@code h5_url} to send the browser to (valid five minutes; append {@code &redirect_url=..} to come back)
     * @throws IllegalArgumentException if the order has no {@code payerClientIp}
     * @throws io.wxkit.pay.WxPayException on an error answer or a response that fails verification
     */
    public String prepay(Order order) {
        if (order.payerClientIp() == null) {
            throw new IllegalArgumentException("H5 orders need the user's IP: order.payerClientIp(ip)");
        }
        PayContext ctx = client.context();
        String appId = Prepay.requireAppId(ctx.appId());
        var body = order.toJson(ctx, appId);
        body.withObjectProperty("scene_info").putObject("h5_info").put("type", "Wap");
        var call = io.wxkit.pay.internal.PayCall.keyedPost("/v3/pay/transactions/h5", ctx.json().write(body));
        var r = client.execute(call);
        var url = ctx.json().tree(r.body()).path("h5_url").asText("");
        if (url.isEmpty()) {
            throw new io.wxkit.pay.WxPayException(r.status(), "MALFORMED", "prepay answer lacks h5_url", null, r.requestId(), call.endpoint(), 1, null);
        }
        return url;
    }
}
