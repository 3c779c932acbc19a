package io.wxkit.pay.refund;

import io.wxkit.core.internal.crypto.pay.SensitiveFields;
import io.wxkit.pay.internal.PayCall;
import io.wxkit.pay.internal.PayClient;
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

    public RefundsApi(PayClient client) {
        this.client = client;
    }

    /**
     * {@code POST /v3/refund/domestic/refunds}.
     *
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
