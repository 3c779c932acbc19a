package io.wxkit.emulator.internal.pay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxkit.emulator.internal.http.Answer;
import io.wxkit.emulator.internal.http.ControlError;
import io.wxkit.emulator.internal.http.Request;
import io.wxkit.emulator.internal.http.Router;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Control API for the states real payments pass through: {@code POST /emulator/orders/{no}/user-paying|fail|revoke}
 * (USERPAYING, PAYERROR, REVOKED), {@code GET /emulator/refunds/{no}}, {@code POST /emulator/refunds/{no}/finish}
 * ({@code {"status":"SUCCESS|ABNORMAL|CLOSED"}}), and {@code GET|POST /emulator/pay/options}
 * ({@code {"refunds":"instant|manual","notifyRetriesMs":[..]|"notifyRetryDivisor":N|"notifyRetries":"wechat"}}).
 */
final class PayScenarioEndpoints {
    private final PayState state;
    private final PayControlEndpoints control;
    private final Refunds refunds;
    private final Notifier notifier;

    PayScenarioEndpoints(PayState state, PayControlEndpoints control, Refunds refunds, Notifier notifier) {
        this.state = state;
        this.control = control;
        this.refunds = refunds;
        this.notifier = notifier;
    }

    void routes(Router router) {
        router.post("/emulator/orders/{no}/user-paying", r -> move(r, "USERPAYING"));
        router.post("/emulator/orders/{no}/fail", r -> move(r, "PAYERROR"));
        router.post("/emulator/orders/{no}/revoke", r -> move(r, "REVOKED"));
        router.get("/emulator/refunds/{no}", r -> Answer.json(refund(r, refund(r.pathParam("no"), r.query("mchId")))));
        router.post("/emulator/refunds/{no}/finish", this::finish);
        router.get("/emulator/pay/options", r -> Answer.json(options(r)));
        router.post("/emulator/pay/options", this::setOptions);
    }

    private Answer move(Request r, String target) {
        Order o = control.order(r.pathParam("no"), r.query("mchId"));
        move(o, target);
        return Answer.json(Transactions.transaction(r.codec(), o));
    }

    /** An open order to {@code target}; 400 for a target that is not a state, 409 when the order is not open. */
    void move(Order o, String target) {
        if (!List.of("USERPAYING", "PAYERROR", "REVOKED", "CLOSED").contains(target)) {
            throw new ControlError(400, "trade state must be USERPAYING, PAYERROR, REVOKED or CLOSED");
        }
        if (!o.move(target)) {
            throw new ControlError(409, "order " + o.outTradeNo + " is " + o.state() + ", cannot become " + target);
        }
    }

    /** Finishes a held refund (as {@code POST /emulator/refunds/{no}/finish}). */
    Refund finish(String outRefundNo, String mchId, String status) {
        if (!List.of("SUCCESS", "ABNORMAL", "CLOSED").contains(status)) {
            throw new ControlError(400, "status must be SUCCESS, ABNORMAL or CLOSED");
        }
        Refund refund = refund(outRefundNo, mchId);
        if (!refunds.finish(refund, status)) {
            throw new ControlError(409, "refund " + outRefundNo + " is " + refund.status() + ", not PROCESSING");
        }
        return refund;
    }

    private Answer finish(Request r) {
        JsonNode b = r.body().length == 0 ? r.codec().object() : r.json();
        return Answer.json(refund(r, finish(r.pathParam("no"), r.query("mchId"), b.path("status").asText("SUCCESS"))));
    }

    private Refund refund(String outRefundNo, String mchId) {
        List<Refund> found = state.refundsByOutRefundNo(outRefundNo).stream()
                .filter(x -> mchId == null || x.mchId.equals(mchId)).toList();
        if (found.isEmpty()) {
            throw new ControlError(404, "no refund " + outRefundNo);
        }
        if (found.size() > 1) {
            throw new ControlError(409, "several merchants used " + outRefundNo + "; add ?mchId=");
        }
        return found.get(0);
    }

    private static ObjectNode refund(Request r, Refund refund) {
        ObjectNode out = Transactions.refund(r.codec(), refund);
        PayControlEndpoints.attempts(out, refund.attempts());
        return out;
    }

    private Answer setOptions(Request r) {
        JsonNode b = r.json();
        if (b.has("refunds")) {
            String mode = b.get("refunds").asText();
            if (!mode.equals("instant") && !mode.equals("manual")) {
                throw new ControlError(400, "refunds must be instant or manual");
            }
            state.manualRefunds(mode.equals("manual"));
        }
        if (b.has("notifyRetriesMs")) {
            List<Duration> delays = new ArrayList<>();
            for (JsonNode d : b.get("notifyRetriesMs")) {
                if (!d.canConvertToLong() || d.asLong() < 0) {
                    throw new ControlError(400, "notifyRetriesMs must be an array of non-negative milliseconds");
                }
                delays.add(Duration.ofMillis(d.asLong()));
            }
            notifier.plan(new Notifier.Plan(delays, 1));
        } else if (b.has("notifyRetryDivisor")) {
            long divisor = b.get("notifyRetryDivisor").asLong(0);
            if (divisor < 1) {
                throw new ControlError(400, "notifyRetryDivisor must be a positive integer");
            }
            notifier.plan(new Notifier.Plan(null, divisor));
        } else if ("wechat".equals(b.path("notifyRetries").asText(null))) {
            notifier.plan(new Notifier.Plan(null, 1));
        }
        return Answer.json(options(r));
    }

    private ObjectNode options(Request r) {
        Notifier.Plan plan = notifier.plan();
        ObjectNode out = r.codec().object().put("refunds", state.manualRefunds() ? "manual" : "instant");
        var payment = out.putArray("paymentRetriesMs");
        plan.delays(Notifier.Kind.PAYMENT).forEach(d -> payment.add(d.toMillis()));
        var transfer = out.putArray("transferRetriesMs");
        plan.delays(Notifier.Kind.TRANSFER).forEach(d -> transfer.add(d.toMillis()));
        return out;
    }
}
