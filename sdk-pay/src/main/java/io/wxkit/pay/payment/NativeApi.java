package io.wxkit.pay.payment;

import io.wxkit.pay.internal.PayClient;
import io.wxkit.pay.observe.PayPipeline;

/**
 * Native payment (Native支付, QR code): {@code POST /v3/pay/transactions/native} returns the
 * {@code code_url} to render as a QR code.
 *
 * <pre>{@code
 * String codeUrl = pay.nativePay().prepay(Order.of(outTradeNo, "Ticket", 990).notifyUrl(url));
 * }</pre>
 *
 * <p>Thread-safe; blocks on HTTP.
 */
public final class NativeApi {
    private final PayClient client;

    /**
     * This API over {@code pipeline}; applications call {@code pay.nativePay()}, which passes its merchant's pipeline.
     *
     * @param pipeline the merchant's signed call pipeline, as built by {@code WxPay.builder()}
     * @throws IllegalArgumentException if {@code pipeline} was not built by {@code WxPay.builder()}
     */
    public NativeApi(PayPipeline pipeline) {
        this.client = PayClient.of(pipeline);
    }

    /**
     * Places the order and returns {@code code_url} ({@code weixin://wxpay/bizpayurl?pr=...}).
     *
     * @param order the order; no openid is needed
     * @return the {@code code_url} to render as a QR code; valid two hours
     * @throws io.wxkit.pay.WxPayException on an error answer or a response that fails verification
     */
    public String prepay(Order order) {
        return Prepay.post(client, "/v3/pay/transactions/native", order, client.context().appId(), "code_url");
    }
}
