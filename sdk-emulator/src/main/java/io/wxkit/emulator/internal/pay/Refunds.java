package io.wxkit.emulator.internal.pay;

import io.wxkit.emulator.internal.account.Accounts;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.account.InboxEntry;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a refund ends: SUCCESS (money leaves the merchant's ledger, the payer gets a refund notice in the chat),
 * ABNORMAL (the payer's account cannot take it) or CLOSED (the amount becomes refundable again); each sends its
 * {@code REFUND.*} notification. Thread-safe.
 */
final class Refunds {
    private final PayState state;
    private final Notifier notifier;
    private final Accounts accounts;
    private final Clock clock;
    private final PayIds ids;

    Refunds(PayState state, Notifier notifier, Accounts accounts, Clock clock, PayIds ids) {
        this.state = state;
        this.notifier = notifier;
        this.accounts = accounts;
        this.clock = clock;
        this.ids = ids;
    }

    /** A refund that succeeds at once unless the manual-refund option is on. */
    void started(Refund r) {
        if (!state.manualRefunds()) {
            finish(r, "SUCCESS");
        }
    }

    /** PROCESSING → {@code status} (SUCCESS, ABNORMAL or CLOSED) with its effects; false when not processing. */
    boolean finish(Refund r, String status) {
        Instant now = clock.instant();
        if (!r.finish(status, now)) {
            return false;
        }
        Order o = state.order(r.mchId, r.outTradeNo);
        switch (status) {
            case "SUCCESS" -> {
                state.ledger.record(r.mchId, now, r.refundId, flowId(), "退款", "退款", -r.refund, r.outRefundNo,
                        r.reason);
                notice(o, r, now);
            }
            case "CLOSED" -> o.unrefund(r.refund);
            default -> { } // ABNORMAL: the money stays with WeChat until the merchant applies for another account
        }
        notifier.refundFinished(state.merchant(r.mchId), o, r);
        return true;
    }

    private void notice(Order o, Refund r, Instant now) {
        FakeUser payer = o.payerOpenid() == null ? null : accounts.user(o.payerOpenid());
        if (payer == null) {
            return;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("outTradeNo", r.outTradeNo);
        fields.put("outRefundNo", r.outRefundNo);
        fields.put("description", o.description);
        fields.put("refundFen", r.refund);
        fields.put("account", r.receivedAccount());
        payer.receive(new InboxEntry("refund", "refund", fields, now));
    }

    String flowId() {
        return "4200" + ids.digits(24);
    }
}
