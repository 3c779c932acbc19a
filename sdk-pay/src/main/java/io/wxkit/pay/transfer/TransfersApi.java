package io.wxkit.pay.transfer;

import io.wxkit.core.internal.crypto.pay.SensitiveFields;
import io.wxkit.pay.WxPayException;
import io.wxkit.pay.internal.PayCall;
import io.wxkit.pay.internal.PayClient;
import io.wxkit.pay.observe.PayPipeline;
import io.wxkit.pay.internal.PayContext;
import okhttp3.HttpUrl;

/**
 * Merchant transfers to users' balance (商家转账, the transfer-bill API): create, query by either
 * number, cancel before the user confirms, and the result notification.
 *
 * <pre>{@code
 * TransferBill b = pay.transfers().create(TransferRequest.of(outBillNo, "1000", openid, 400, "Prize").reportInfo("活动名称", "Quiz"));
 * }</pre>
 *
 * <p>Thread-safe; blocks on HTTP. On an unknown result (timeout, 5xx, an unfamiliar error code)
 * query with the same {@code out_bill_no} and never retry with a new one: that could pay twice.
 */
public final class TransfersApi {
    private final PayClient client;

    /**
     * This API over {@code pipeline}; applications call {@code pay.transfers()}, which passes its merchant's pipeline.
     *
     * @param pipeline the merchant's signed call pipeline, as built by {@code WxPay.builder()}
     * @throws IllegalArgumentException if {@code pipeline} was not built by {@code WxPay.builder()}
     */
    public TransfersApi(PayPipeline pipeline) {
        this.client = PayClient.of(pipeline);
    }

    /**
     * {@code POST /v3/fund-app/mch-transfer/transfer-bills}; a real name is encrypted with the
     * platform key and {@code Wechatpay-Serial} is sent.
     *
     * @param request the transfer, e.g. {@code TransferRequest.of("B20240101001", "1000", openid, 100, "活动奖励")};
     *     sending the same {@code out_bill_no} again is safe (WeChat Pay deduplicates it)
     * @return the bill as accepted; while {@link TransferBill#awaitsUserConfirmation()}, its {@code packageInfo()} is what
     *     the user confirms the receipt with ({@code wx.requestMerchantTransfer})
     * @throws IllegalArgumentException if the merchant has no default appid
     * @throws WxPayException e.g. {@code NOT_ENOUGH}, {@code PARAM_ERROR}
     */
    public TransferBill create(TransferRequest request) {
        PayContext ctx = client.context();
        String encryptedName = null;
        if (request.userName() != null) {
            encryptedName = SensitiveFields.encrypt(client.platformKeys().encryptionKey().publicKey(), request.userName(), ctx.random());
        }
        if (ctx.appId() == null) {
            throw new IllegalArgumentException("appid is required: WxPay.builder().appId(..)");
        }
        String body = ctx.json().write(request.toJson(ctx.json().object(), ctx.appId(), encryptedName));
        PayCall call = PayCall.keyedPost("/v3/fund-app/mch-transfer/transfer-bills", body, encryptedName != null);
        return ctx.json().read(client.execute(call).body(), TransferBill.class);
    }

    /**
     * {@code GET /v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}} (last 30 days).
     *
     * @param outBillNo the merchant's bill number ({@code out_bill_no}, 1–32 letters and digits)
     * @return the bill as WeChat Pay has it now; {@link TransferBill#state()} says where it is
     * @throws IllegalArgumentException if {@code outBillNo} is null or empty
     * @throws WxPayException e.g. {@code NOT_FOUND}
     */
    public TransferBill queryByOutBillNo(String outBillNo) {
        return get("/v3/fund-app/mch-transfer/transfer-bills/out-bill-no/" + segment(outBillNo));
    }

    /**
     * {@code GET /v3/fund-app/mch-transfer/transfer-bills/transfer-bill-no/{transfer_bill_no}}.
     *
     * @param transferBillNo WeChat Pay's bill number ({@code transfer_bill_no})
     * @return the bill as WeChat Pay has it now
     * @throws IllegalArgumentException if {@code transferBillNo} is null or empty
     * @throws WxPayException e.g. {@code NOT_FOUND}
     */
    public TransferBill queryByTransferBillNo(String transferBillNo) {
        return get("/v3/fund-app/mch-transfer/transfer-bills/transfer-bill-no/" + segment(transferBillNo));
    }

    /**
     * {@code POST /v3/fund-app/mch-transfer/transfer-bills/out-bill-no/{out_bill_no}/cancel}: only
     * before the user confirms; the answer (CANCELING / CANCELLED) means accepted, query for the outcome.
     *
     * @param outBillNo the merchant's bill number of a transfer the user has not confirmed yet
     * @return the bill with state {@code CANCELING} or {@code CANCELLED}
     * @throws IllegalArgumentException if {@code outBillNo} is null or empty
     * @throws WxPayException e.g. when the user already confirmed
     */
    public TransferBill cancel(String outBillNo) {
        PayContext ctx = client.context();
        PayCall call = PayCall.keyedPost("/v3/fund-app/mch-transfer/transfer-bills/out-bill-no/" + segment(outBillNo) + "/cancel", null);
        return ctx.json().read(client.execute(call).body(), TransferBill.class);
    }

    private TransferBill get(String path) {
        return client.context().json().read(client.execute(PayCall.get(path)).body(), TransferBill.class);
    }

    private static String segment(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("bill number must not be empty");
        }
        return new HttpUrl.Builder().scheme("http").host("h").addPathSegment(value).build().encodedPath().substring(1);
    }
}
