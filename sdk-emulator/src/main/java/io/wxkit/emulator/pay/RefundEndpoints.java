package io.wxkit.emulator.pay;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Router;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Refunds (api-reference §14): {@code POST /v3/refund/domestic/refunds} by transaction_id or out_trade_no,
 * out_refund_no 1–64 of {@code [0-9A-Za-z_-|*@]} (the same number returns the same refund), reason ≤ 80 bytes,
 * amount.total equal to the order's and amount.refund within what is left (else 403 NOT_ENOUGH). The refund
 * succeeds at once: the create answer says PROCESSING as WeChat usually does, a query says SUCCESS, and a
 * REFUND.SUCCESS notification follows. {@code GET /v3/refund/domestic/refunds/{out_refund_no}} queries.
 */
final class RefundEndpoints {
    private static final Pattern OUT_REFUND_NO = Pattern.compile("[0-9A-Za-z_\\-|*@]{1,64}");
    private final PayState state;
    private final PayGate gate;
    private final Notifier notifier;
    private final Clock clock;
    private final SecureRandom random;

    RefundEndpoints(PayState state, PayGate gate, Notifier notifier, Clock clock, SecureRandom random) {
        this.state = state;
        this.gate = gate;
        this.notifier = notifier;
        this.clock = clock;
        this.random = random;
    }

    void routes(Router router) {
        router.post("/v3/refund/domestic/refunds", gate.guard(this::create));
        router.get("/v3/refund/domestic/refunds/{no}", gate.guard(this::query));
    }

    private Answer create(Merchant m, Request r) {
        JsonNode b = r.json();
        String outRefundNo = b.path("out_refund_no").asText("");
        if (!OUT_REFUND_NO.matcher(outRefundNo).matches()) {
            throw PayError.param("out_refund_no 必须是1到64位的数字、字母、_-|*@");
        }
        Refund existing = state.refund(m.mchId(), outRefundNo);
        if (existing != null) {
            return Answer.json(Transactions.refund(r.codec(), existing, "PROCESSING"));
        }
        Order o = order(m, b);
        if (b.path("reason").asText("").getBytes(StandardCharsets.UTF_8).length > 80) {
            throw PayError.param("reason 不能超过80字节");
        }
        JsonNode amount = b.path("amount");
        if (amount.path("total").asLong(-1) != o.total) {
            throw PayError.param("amount.total 与原订单金额不一致");
        }
        long refund = amount.path("refund").asLong(0);
        if (refund < 1 || !amount.path("currency").asText("CNY").equals("CNY")) {
            throw PayError.param("amount.refund 必须是大于0的整数(分), currency 只支持CNY");
        }
        if (o.transactionId() == null) {
            throw new PayError(403, "TRADE_ERROR", "订单未支付, 不能退款");
        }
        if (!o.refund(refund)) {
            throw new PayError(403, "NOT_ENOUGH", "可退金额不足");
        }
        Instant now = clock.instant();
        Refund created = new Refund("50" + digits(30), outRefundNo, o.outTradeNo, o.transactionId(), refund, o.total,
                b.path("reason").asText(""), b.path("notify_url").asText(null), now, now);
        state.put(m.mchId(), created);
        notifier.refundSucceeded(m, o, created);
        return Answer.json(Transactions.refund(r.codec(), created, "PROCESSING"));
    }

    private Order order(Merchant m, JsonNode b) {
        Order o;
        if (b.hasNonNull("transaction_id")) {
            o = state.byTransaction(b.get("transaction_id").asText());
        } else if (b.hasNonNull("out_trade_no")) {
            o = state.order(m.mchId(), b.get("out_trade_no").asText());
        } else {
            throw PayError.param("transaction_id 和 out_trade_no 必须二选一");
        }
        if (o == null || !o.mchId.equals(m.mchId())) {
            throw new PayError(404, "RESOURCE_NOT_EXISTS", "订单不存在");
        }
        return o;
    }

    private Answer query(Merchant m, Request r) {
        Refund refund = state.refund(m.mchId(), r.pathParam("no"));
        if (refund == null) {
            throw new PayError(404, "RESOURCE_NOT_EXISTS", "退款单不存在");
        }
        return Answer.json(Transactions.refund(r.codec(), refund, "SUCCESS"));
    }

    private String digits(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(random.nextInt(10));
        }
        return sb.toString();
    }
}
