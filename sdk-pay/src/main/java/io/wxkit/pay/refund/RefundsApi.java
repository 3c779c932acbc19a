package io.wxkit.pay.refund;

import io.wxkit.core.internal.crypto.pay.SensitiveFields;
import io.wxkit.pay.internal.PayCall;
import io.wxkit.pay.internal.PayClient;
import io.wxkit.pay.observe.PayPipeline;
import io.wxkit.pay.internal.PayContext;
import io.wxkit.pay.internal.PlatformKeys;
import okhttp3.HttpUrl;

/**
 * Refunds (退款): apply, query by {@code out_refund_no}, and abnormal refund.
 *
 * <pre>{@code
 * Refund r = pay.refunds().create(RefundRequest.ofOutTradeNo(outTradeNo, outRefundNo, 500, 990));
 * }</pre>
 *
 * <p>Thread-safe; blocks on HTTP. Retries on 5xx/transport reuse the same {@code out_refund_no},
 * which WeChat refunds only once.
 */
public final class RefundsApi {
    private final PayClient client;

    /**
     * This API over {@code pipeline}; applications call {@code pay.refunds()}, which passes its merchant's pipeline.
     *
     * @param pipeline the merchant's signed call pipeline, as built by {@code WxPay.builder()}
     * @throws IllegalArgumentException if {@code pipeline} was not built by {@code WxPay.builder()}
     */
    public RefundsApi(PayPipeline pipeline) {
        this.client = PayClient.of(pipeline);
    }

    /**
     * {@code POST /v3/refund/domestic/refunds}.
     *
     * @param request the refund, e.g. {@code RefundRequest.ofOutTradeNo("T20240101001", "R20240101001", 100, 990)};
     *     sending the same {@code out_refund_no} again is safe (WeChat Pay deduplicates it)
     * @return the refund as accepted; usually {@code PROCESSING}, the result comes by notification or {@link #query}
     * @throws io.wxkit.pay.WxPayException e.g. {@code NOT_ENOUGH}, {@code INVALID_REQUEST}
     */
    public Refund create(RefundRequest request) {
        PayContext ctx = client.context();
        String body = ctx.json().write(request.toJson(ctx));
        return ctx.json().read(client.execute(PayCall.keyedPost("/v3/refund/domestic/refunds", body)).body(), Refund.class);
    }

    /**
     * {@code GET /v3/refund/domestic/refunds/{out_refund_no}}.
     *
     * @param outRefundNo the merchant's refund number ({@code out_refund_no}, 1..64 of {@code [A-Za-z0-9_*|@-]})
     * @return the refund as WeChat Pay has it now; {@link Refund#status()} is SUCCESS, CLOSED, PROCESSING or ABNORMAL
     * @throws IllegalArgumentException if {@code outRefundNo} is null or empty
     * @throws io.wxkit.pay.WxPayException e.g. {@code RESOURCE_NOT_EXISTS}
     */
    public Refund query(String outRefundNo) {
        PayContext ctx = client.context();
        String path = "/v3/refund/domestic/refunds/" + segment(outRefundNo);
        return ctx.json().read(client.execute(PayCall.get(path)).body(), Refund.class);
    }

    /**
     * {@code POST /v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund} for a refund whose
     * status is ABNORMAL; card number and name are RSA-OAEP encrypted with the platform key and the
     * request carries {@code Wechatpay-Serial}.
     *
     * @param refundId    WeChat Pay's {@code refund_id} of the ABNORMAL refund
     * @param outRefundNo the merchant's {@code out_refund_no} of the same refund
     * @param target      where the money goes instead: {@link AbnormalRefund#toUserBankCard} or {@link AbnormalRefund#toMerchantBankCard()}
     * @return the refund after the request, usually back to {@code PROCESSING}
     * @throws IllegalArgumentException if {@code refundId} is null or empty
     * @throws io.wxkit.pay.WxPayException on an error answer
     */
    public Refund applyAbnormalRefund(String refundId, String outRefundNo, AbnormalRefund target) {
        PayContext ctx = client.context();
        var body = ctx.json().object().put("out_refund_no", outRefundNo).put("type", target.type());
        boolean sensitive = target.bankAccount() != null;
        if (sensitive) {
            PlatformKeys.EncryptionKey key = client.platformKeys().encryptionKey();
            body.put("bank_type", target.bankType());
            body.put("bank_account", SensitiveFields.encrypt(key.publicKey(), target.bankAccount(), ctx.random()));
            body.put("real_name", SensitiveFields.encrypt(key.publicKey(), target.realName(), ctx.random()));
        }
        String path = "/v3/refund/domestic/refunds/" + segment(refundId) + "/apply-abnormal-refund";
        var call = PayCall.keyedPost(path, ctx.json().write(body), sensitive);
        return ctx.json().read(client.execute(call).body(), Refund.class);
    }

    private static String segment(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("id must not be empty");
        }
        return new HttpUrl.Builder().scheme("http").host("h").addPathSegment(value).build().encodedPath().substring(1);
    }
}
