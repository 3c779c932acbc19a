package io.wxkit.pay.payment;

import io.wxkit.pay.internal.PayCall;
import io.wxkit.pay.internal.PayClient;
import io.wxkit.pay.observe.PayPipeline;
import io.wxkit.pay.internal.PayContext;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Order query and close (查询订单 / 关闭订单) for every APIv3 payment type.
 *
 * <pre>{@code
 * Transaction t = pay.transactions().queryByOutTradeNo(outTradeNo);
 * if (!t.isPaid()) pay.transactions().close(outTradeNo);
 * }</pre>
 *
 * <p>Thread-safe; blocks on HTTP; retried on 5xx and transport errors.
 */
public final class TransactionsApi {
    private final PayClient client;

    /**
     * This API over {@code pipeline}; applications call {@code pay.transactions()}, which passes its merchant's pipeline.
     *
     * @param pipeline the merchant's signed call pipeline, as built by {@code WxPay.builder()}
     * @throws IllegalArgumentException if {@code pipeline} was not built by {@code WxPay.builder()}
     */
    public TransactionsApi(PayPipeline pipeline) {
        this.client = PayClient.of(pipeline);
    }

    /**
     * {@code GET /v3/pay/transactions/id/{transaction_id}?mchid=..}.
     *
     * @param transactionId WeChat Pay's order number ({@code transaction_id}, 32 digits)
     * @return the order as WeChat Pay has it now; {@link Transaction#tradeState()} says whether it is paid
     * @throws io.wxkit.pay.WxPayException e.g. {@code ORDER_NOT_EXIST} (404)
     */
    public Transaction queryByTransactionId(String transactionId) {
        return query("id", transactionId);
    }

    /**
     * {@code GET /v3/pay/transactions/out-trade-no/{out_trade_no}?mchid=..}.
     *
     * @param outTradeNo the merchant's order number ({@code out_trade_no}, 6..32 of {@code [A-Za-z0-9_*|-]})
     * @return the order as WeChat Pay has it now; {@link Transaction#tradeState()} says whether it is paid
     * @throws io.wxkit.pay.WxPayException e.g. {@code ORDER_NOT_EXIST} (404)
     */
    public Transaction queryByOutTradeNo(String outTradeNo) {
        return query("out-trade-no", outTradeNo);
    }

    /**
     * {@code POST /v3/pay/transactions/out-trade-no/{out_trade_no}/close} with {@code {"mchid":..}};
     * WeChat answers 204.
     *
     * @param outTradeNo the merchant's order number of an unpaid order
     * @throws io.wxkit.pay.WxPayException e.g. {@code ORDER_CLOSED}, {@code ORDERPAID}
     */
    public void close(String outTradeNo) {
        PayContext ctx = client.context();
        String path = "/v3/pay/transactions/out-trade-no/" + segment(outTradeNo) + "/close";
        var body = ctx.json().object().put("mchid", ctx.mchId());
        client.execute(PayCall.keyedPost(path, ctx.json().write(body)));
    }

    private Transaction query(String kind, String id) {
        PayContext ctx = client.context();
        String path = "/v3/pay/transactions/" + kind + "/" + segment(id) + "?mchid=" + ctx.mchId();
        return ctx.json().read(client.execute(PayCall.get(path)).body(), Transaction.class);
    }

    static String segment(String value) {
        Objects.requireNonNull(value, "id");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("id must not be empty");
        }
        return new HttpUrl.Builder().scheme("http").host("h").addPathSegment(value).build().encodedPath().substring(1);
    }
}
