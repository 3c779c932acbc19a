package io.wxkit.emulator.internal.pay;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Router;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.regex.Pattern;

/**
 * Refunds (api-reference §14): {@code POST /v3/refund/domestic/refunds} by transaction_id or out_trade_no,
 * out_refund_no 1–64 of {@code [0-9A-Za-z_-|*@]} (the same number returns the same refund), reason ≤ 80 bytes,
 * amount.total equal to the order's and amount.refund within what is left (else 403 NOT_ENOUGH). The create answer
 * says PROCESSING; the refund then succeeds at once (REFUND.SUCCESS follows) unless the manual-refund option holds
 * it for the control API. {@code GET /v3/refund/domestic/refunds/{out_refund_no}} queries;
 * {@code POST /v3/refund/domestic/refunds/{refund_id}/apply-abnormal-refund} sends an ABNORMAL refund to a bank card
 * (card number and name RSA-OAEP encrypted, {@code Wechatpay-Serial} required) or to the merchant's account.
 */
final class RefundEndpoints {
    private static final Pattern OUT_REFUND_NO = Pattern.compile("[0-9A-Za-z_\\-|*@]{1,64}");
    private final PayState state;
    private final PayGate gate;
    private final Refunds refunds;
    private final SensitiveInput sensitive;
    private final Clock clock;
    private final PayIds ids;

    RefundEndpoints(PayState state, PayGate gate, Refunds refunds, SensitiveInput sensitive, Clock clock, PayIds ids) {
        this.state = state;
        this.gate = gate;
        this.refunds = refunds;
        this.sensitive = sensitive;
        this.clock = clock;
        this.ids = ids;
    }

    void routes(Router router) {
        router.post("/v3/refund/domestic/refunds", gate.guard(this::create));
        router.get("/v3/refund/domestic/refunds/{no}", gate.guard(this::query));
        router.post("/v3/refund/domestic/refunds/{id}/apply-abnormal-refund", gate.guard(this::applyAbnormal));
    }

    private Answer create(Merchant m, Request r) {
        JsonNode b = r.json();
        String outRefundNo = b.path("out_refund_no").asText("");
        if (!OUT_REFUND_NO.matcher(outRefundNo).matches()) {
            throw PayError.param("out_refund_no 必须是1到64位的数字、字母、_-|*@");
        }
        Refund existing = state.refund(m.mchId(), outRefundNo);
        if (existing != null) {
            return Answer.json(Transactions.refund(r.codec(), existing));
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
        Refund created = new Refund(m.mchId(), "50" + ids.digits(30), outRefundNo, o, refund,
                b.path("reason").asText(""), b.path("notify_url").asText(null), clock.instant());
        state.put(created);
        // WeChat answers PROCESSING and finishes asynchronously; the answer is rendered before the refund moves on
        Answer answer = Answer.json(Transactions.refund(r.codec(), created));
        refunds.started(created);
        return answer;
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
        return Answer.json(Transactions.refund(r.codec(), refund));
    }

    private Answer applyAbnormal(Merchant m, Request r) {
        JsonNode b = r.json();
        Refund refund = state.refundById(r.pathParam("id"));
        if (refund == null || !refund.mchId.equals(m.mchId())) {
            throw new PayError(404, "RESOURCE_NOT_EXISTS", "退款单不存在");
        }
        if (!refund.outRefundNo.equals(b.path("out_refund_no").asText())) {
            throw PayError.param("out_refund_no 与 refund_id 不匹配");
        }
        String account = switch (b.path("type").asText("")) {
            case "USER_BANK_CARD" -> bankCard(m, r, b);
            case "MERCHANT_BANK_CARD" -> "商户银行账户";
            default -> throw PayError.param("type 只能是 USER_BANK_CARD 或 MERCHANT_BANK_CARD");
        };
        if (!refund.redirect("OTHER_BANKCARD", account)) {
            throw new PayError(400, "INVALID_REQUEST", "退款单状态不是 ABNORMAL, 不能发起异常退款");
        }
        Answer answer = Answer.json(Transactions.refund(r.codec(), refund));
        refunds.started(refund);
        return answer;
    }

    /** "bank_type 尾号1234": the account as the user sees it, from the decrypted card number. */
    private String bankCard(Merchant m, Request r, JsonNode b) {
        String bankType = b.path("bank_type").asText("");
        if (bankType.isEmpty() || !b.hasNonNull("bank_account") || !b.hasNonNull("real_name")) {
            throw PayError.param("USER_BANK_CARD 需要 bank_type、bank_account 和 real_name");
        }
        String card = sensitive.decrypt(m, r, "bank_account", b.get("bank_account").asText());
        String name = sensitive.decrypt(m, r, "real_name", b.get("real_name").asText());
        if (!card.matches("[0-9]{8,30}") || name.isBlank()) {
            throw PayError.param("bank_account 必须是8到30位数字, real_name 不能为空");
        }
        return bankType + " 尾号" + card.substring(card.length() - 4);
    }
}
