package io.wxkit.pay.payment;

import io.wxkit.pay.internal.PayClient;

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

    public NativeApi(PayClient client) {
        this.client = client;
    }

    /**
     * Places the order and returns {@code code_url} ({@code weixin://wxpay/bizpayurl?pr=...}).
     *
     * @throws io.wxkit.pay.WxPayException on an error answer or a response that fails verification
     */
    public String prepay(Order order) {
        return Prepay.post(client, "/v3/pay/transactions/native", order, client.context().appId(), "code_url");
    }
}
