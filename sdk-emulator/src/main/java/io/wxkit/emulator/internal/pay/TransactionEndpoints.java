package io.wxkit.emulator.internal.pay;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Router;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * APIv3 transactions (api-reference §13–14): prepay for JSAPI, APP, H5 and Native; query by
 * {@code out_trade_no} or {@code transaction_id}; close (204). Field rules: description ≤ 127 characters,
 * out_trade_no 6–32 of {@code [0-9A-Za-z_-|*]}, attach ≤ 128, notify_url without query, amount.total ≥ 1 fen,
 * payer.openid for JSAPI; appid must be the merchant's; {@code time_expire} 1 minute to 90 days ahead (7 days when
 * absent). Re-posting the same unpaid order returns a fresh prepay id; a paid one ORDERPAID, a closed one ORDER_CLOSED.
 */
final class TransactionEndpoints {
    private static final Pattern OUT_TRADE_NO = Pattern.compile("[0-9A-Za-z_\\-|*]{6,32}");
    private final PayState state;
    private final PayGate gate;
    private final Clock clock;
    private final SecureRandom random;

    TransactionEndpoints(PayState state, PayGate gate, Clock clock, SecureRandom random) {
        this.state = state;
        this.gate = gate;
        this.clock = clock;
        this.random = random;
    }

    void routes(Router router) {
        router.post("/v3/pay/transactions/jsapi", gate.guard((m, r) -> prepay(m, r, "JSAPI")));
        router.post("/v3/pay/transactions/app", gate.guard((m, r) -> prepay(m, r, "APP")));
        router.post("/v3/pay/transactions/h5", gate.guard((m, r) -> prepay(m, r, "MWEB")));
        router.post("/v3/pay/transactions/native", gate.guard((m, r) -> prepay(m, r, "NATIVE")));
        router.get("/v3/pay/transactions/out-trade-no/{no}", gate.guard(this::byOutTradeNo));
        router.get("/v3/pay/transactions/id/{id}", gate.guard(this::byTransactionId));
        router.post("/v3/pay/transactions/out-trade-no/{no}/close", gate.guard(this::close));
    }

    private Answer prepay(Merchant m, Request r, String tradeType) {
        JsonNode b = r.json();
        String outTradeNo = checkOrder(m, b, tradeType);
        String fingerprint = tradeType + b.path("description").asText() + b.path("amount").toString()
                + b.path("notify_url").asText() + b.path("payer").path("openid").asText();
        Order existing = state.order(m.mchId(), outTradeNo);
        Order o = existing;
        if (existing != null) {
            switch (existing.state()) {
                case "NOTPAY" -> {
                    if (!existing.fingerprint.equals(fingerprint)) {
                        throw new PayError(403, "OUT_TRADE_NO_USED", "商户订单号重复");
                    }
                }
                case "SUCCESS", "REFUND" -> throw new PayError(400, "ORDERPAID", "该订单已支付");
                case "CLOSED" -> throw new PayError(400, "ORDER_CLOSED", "该订单已关闭");
                default -> throw new PayError(403, "OUT_TRADE_NO_USED", "商户订单号重复");
            }
        }
        if (o == null) {
            Order.Terms terms = new Order.Terms(tradeType, b.path("description").asText(),
                    b.path("attach").asText(null), b.path("notify_url").asText(), b.path("amount").path("total").asLong(),
                    b.path("amount").path("currency").asText("CNY"), b.path("payer").path("openid").asText(null),
                    fingerprint);
            o = new Order(m.mchId(), m.appId(), outTradeNo, terms, clock, expiry(b.path("time_expire")));
            state.put(o);
        }
        o.prepayId(prepayId());
        return switch (tradeType) {
            case "NATIVE" -> Answer.json(r.codec().object().put("code_url", "weixin://wxpay/bizpayurl?pr="
                    + o.prepayId().substring(2, 14)));
            case "MWEB" -> Answer.json(r.codec().object().put("h5_url", r.baseUrl() + "/emulator/pay/h5?prepay_id="
                    + o.prepayId() + "&mchid=" + m.mchId()));
            default -> Answer.json(r.codec().object().put("prepay_id", o.prepayId()));
        };
    }

    /**
     * {@code time_expire} (RFC 3339): at least 1 minute and at most 90 days after the order; without it an order
     * can be paid for 7 days.
     */
    private Instant expiry(JsonNode timeExpire) {
        Instant now = clock.instant();
        if (timeExpire.isMissingNode() || timeExpire.isNull()) {
            return now.plus(Duration.ofDays(7));
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(timeExpire.asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw PayError.param("time_expire 格式错误, 应为 rfc3339 格式, 如 2018-06-08T10:34:56+08:00");
        }
        Instant min = now.plus(Duration.ofMinutes(1));
        Instant max = now.plus(Duration.ofDays(90));
        return at.isBefore(min) ? min : at.isAfter(max) ? max : at;
    }

    private String checkOrder(Merchant m, JsonNode b, String tradeType) {
        if (!m.mchId().equals(b.path("mchid").asText())) {
            throw PayError.param("mchid 与请求头中的商户号不一致");
        }
        if (!m.appId().equals(b.path("appid").asText())) {
            throw new PayError(400, "APPID_MCHID_NOT_MATCH", "appid和mch_id不匹配");
        }
        String description = b.path("description").asText("");
        if (description.isEmpty() || description.codePointCount(0, description.length()) > 127) {
            throw PayError.param("description 长度必须在1到127之间");
        }
        String outTradeNo = b.path("out_trade_no").asText("");
        if (!OUT_TRADE_NO.matcher(outTradeNo).matches()) {
            throw PayError.param("out_trade_no 必须是6到32位的数字、字母、_-|*");
        }
        if (b.path("attach").asText("").codePointCount(0, b.path("attach").asText("").length()) > 128) {
            throw PayError.param("attach 长度不能超过128");
        }
        String notifyUrl = b.path("notify_url").asText("");
        if (!(notifyUrl.startsWith("https://") || notifyUrl.startsWith("http://")) || notifyUrl.contains("?")
                || notifyUrl.length() > 255) {
            throw PayError.param("notify_url 必须是不带参数的完整URL");
        }
        JsonNode total = b.path("amount").path("total");
        if (!total.isIntegralNumber() || total.asLong() < 1) {
            throw PayError.param("amount.total 必须是大于0的整数(分)");
        }
        if (!b.path("amount").path("currency").asText("CNY").equals("CNY")) {
            throw PayError.param("amount.currency 只支持CNY");
        }
        if (tradeType.equals("JSAPI") && b.path("payer").path("openid").asText("").isEmpty()) {
            throw PayError.param("JSAPI下单必须提供 payer.openid");
        }
        if (tradeType.equals("MWEB") && b.path("scene_info").path("h5_info").path("type").asText("").isEmpty()) {
            throw PayError.param("H5下单必须提供 scene_info.h5_info.type");
        }
        return outTradeNo;
    }

    private Answer byOutTradeNo(Merchant m, Request r) {
        requireMchIdQuery(m, r);
        Order o = state.order(m.mchId(), r.pathParam("no"));
        if (o == null) {
            throw new PayError(404, "ORDER_NOT_EXIST", "订单不存在");
        }
        return Answer.json(Transactions.transaction(r.codec(), o));
    }

    private Answer byTransactionId(Merchant m, Request r) {
        requireMchIdQuery(m, r);
        Order o = state.byTransaction(r.pathParam("id"));
        if (o == null || !o.mchId.equals(m.mchId())) {
            throw new PayError(404, "ORDER_NOT_EXIST", "订单不存在");
        }
        return Answer.json(Transactions.transaction(r.codec(), o));
    }

    private static void requireMchIdQuery(Merchant m, Request r) {
        if (!m.mchId().equals(r.query("mchid"))) {
            throw PayError.param("查询参数 mchid 缺失或与商户号不一致");
        }
    }

    private Answer close(Merchant m, Request r) {
        if (!m.mchId().equals(r.json().path("mchid").asText())) {
            throw PayError.param("mchid 缺失或与商户号不一致");
        }
        Order o = state.order(m.mchId(), r.pathParam("no"));
        if (o == null) {
            throw new PayError(404, "ORDER_NOT_EXIST", "订单不存在");
        }
        switch (o.state()) {
            case "SUCCESS", "REFUND" -> throw new PayError(400, "ORDERPAID", "订单已支付");
            case "CLOSED", "REVOKED" -> throw new PayError(400, "ORDER_CLOSED", "订单已关闭");
            default -> o.move("CLOSED");
        }
        return Answer.empty(204);
    }

    private String prepayId() {
        byte[] b = new byte[17];
        random.nextBytes(b);
        return ("wx" + HexFormat.of().formatHex(b)).toLowerCase(Locale.ROOT);
    }
}
