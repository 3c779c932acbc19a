package io.wxkit.emulator.internal.pay;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxkit.emulator.internal.http.Json;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Renders orders and refunds in WeChat Pay's JSON shape (times RFC 3339 in +08:00). */
final class Transactions {
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private Transactions() {
    }

    static String time(Instant at) {
        return OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.SECONDS), CHINA)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static ObjectNode transaction(Json json, Order o) {
        String state = o.state();
        ObjectNode n = json.object().put("appid", o.appId).put("mchid", o.mchId).put("out_trade_no", o.outTradeNo);
        if (o.transactionId() != null) {
            n.put("transaction_id", o.transactionId());
        }
        n.put("trade_type", o.tradeType).put("trade_state", state).put("trade_state_desc", describe(state));
        if (o.successTime() != null) {
            n.put("bank_type", "OTHERS");
        }
        n.put("attach", o.attach == null ? "" : o.attach);
        if (o.successTime() != null) {
            n.put("success_time", time(o.successTime()));
        }
        if (o.payerOpenid() != null) {
            n.putObject("payer").put("openid", o.payerOpenid());
        }
        ObjectNode amount = n.putObject("amount").put("total", o.total);
        if (o.successTime() != null) {
            amount.put("payer_total", o.total);
        }
        amount.put("currency", o.currency);
        if (o.successTime() != null) {
            amount.put("payer_currency", o.currency);
        }
        n.putArray("promotion_detail");
        return n;
    }

    static ObjectNode refund(Json json, Refund r) {
        String status = r.status();
        ObjectNode n = json.object().put("refund_id", r.refundId).put("out_refund_no", r.outRefundNo)
                .put("transaction_id", r.transactionId).put("out_trade_no", r.outTradeNo)
                .put("channel", r.channel()).put("user_received_account", r.receivedAccount())
                .put("create_time", time(r.createTime));
        if (r.successTime() != null) {
            n.put("success_time", time(r.successTime()));
        }
        n.put("status", status).put("funds_account", "AVAILABLE");
        n.putObject("amount").put("total", r.total).put("refund", r.refund).put("payer_total", r.total)
                .put("payer_refund", r.refund).put("settlement_refund", r.refund)
                .put("settlement_total", r.total).put("discount_refund", 0).put("currency", "CNY");
        n.putArray("promotion_detail");
        return n;
    }

    private static String describe(String state) {
        return switch (state) {
            case "SUCCESS" -> "支付成功";
            case "REFUND" -> "转入退款";
            case "CLOSED" -> "已关闭";
            case "USERPAYING" -> "用户支付中";
            case "PAYERROR" -> "支付失败，请重新下单支付";
            case "REVOKED" -> "已撤销";
            default -> "未支付";
        };
    }
}
