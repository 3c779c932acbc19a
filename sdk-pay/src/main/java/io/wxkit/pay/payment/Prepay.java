package io.wxkit.pay.payment;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.core.internal.crypto.pay.Nonces;
import io.wxkit.pay.WxPayException;
import io.wxkit.pay.internal.PayCall;
import io.wxkit.pay.internal.PayClient;
import io.wxkit.pay.internal.PayContext;
import io.wxkit.pay.internal.PayResponse;

/** The shared steps of the prepay endpoints: post the order, read one field of the answer. */
final class Prepay {
    private Prepay() {}

    static String post(PayClient client, String path, Order order, String appId, String field) {
        PayContext ctx = client.context();
        PayCall call = PayCall.keyedPost(path, ctx.json().write(order.toJson(ctx, requireAppId(appId))));
        PayResponse r = client.execute(call);
        JsonNode value = ctx.json().tree(r.body()).get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new WxPayException(r.status(), "MALFORMED", "prepay answer lacks " + field, null, r.requestId(), call.endpoint(), 1, null);
        }
        return value.asText();
    }

    static String requireAppId(String appId) {
        if (appId == null || appId.isEmpty()) {
            throw new IllegalArgumentException("appid is required: set WxPay.builder().appId(..) or pass it");
        }
        return appId;
    }

    static String timestamp(PayContext ctx) {
        return Long.toString(ctx.clock().instant().getEpochSecond());
    }

    static String nonce(PayContext ctx) {
        return Nonces.next(ctx.random());
    }
}
