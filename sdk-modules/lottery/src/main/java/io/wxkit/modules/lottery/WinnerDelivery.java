package io.wxkit.modules.lottery;

import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.internal.db.Transactions;
import io.wxkit.modules.common.spi.RedPacketSender;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens after a win committed: the event, the template message to the winner and, for red-packet
 * prizes, the payout. WeChat calls never run inside the draw's transaction (a slow WeChat must not hold
 * stock rows locked) and their failure never undoes the win: the win's payout status and notified flag
 * record what happened, and staff retry the payout with the same bill number.
 */
final class WinnerDelivery {
    private static final Logger log = LoggerFactory.getLogger(WinnerDelivery.class);
    private final ModuleContext context;
    private final Transactions tx;

    WinnerDelivery(ModuleContext context, Transactions tx) {
        this.context = context;
        this.tx = tx;
    }

    Win deliver(Activity activity, Prize prize, Win win) {
        context.publish(new PrizeWon(win));
        notifyWinner(activity, prize, win);
        return prize.kind() == PrizeKind.RED_PACKET ? pay(activity, prize, win) : win;
    }

    /** Sends (or re-sends) the red packet of {@code win} with its stable bill number and records the outcome. */
    Win pay(Activity activity, Prize prize, Win win) {
        if (context.redPackets().isEmpty()) {
            return win;
        }
        RedPacketSender.Outcome outcome;
        try {
            outcome = context.redPackets().get().send(new RedPacketSender.Request(billNo(win.id()), win.openid(),
                    prize.redPacketFen(), activity.title().length() > 32 ? activity.title().substring(0, 32) : activity.title()));
        } catch (RuntimeException e) {
            log.warn("red packet of win {} failed; its status stays UNKNOWN for a retry with the same bill number", win.id(), e);
            outcome = RedPacketSender.Outcome.UNKNOWN;
        }
        PayoutStatus status = switch (outcome) {
            case SENT -> PayoutStatus.SENT;
            case FAILED -> PayoutStatus.FAILED;
            case UNKNOWN -> PayoutStatus.UNKNOWN;
        };
        tx.use(h -> PlayRows.payout(h, win.id(), status));
        return new Win(win.id(), win.activityId(), win.prizeId(), win.openid(), win.code(), win.wonAt(), win.redeemedAt(),
                win.redeemedBy(), status);
    }

    /** The merchant bill number of a win's red packet: the same for every retry, so WeChat pays it at most once. */
    static String billNo(long winId) {
        return "WXKITLW" + String.format("%021d", winId);
    }

    private void notifyWinner(Activity activity, Prize prize, Win win) {
        if (activity.notifyTemplateId() == null || context.templates().isEmpty()) {
            return;
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put("thing1", clip(activity.title()));
        data.put("thing2", clip(prize.name()));
        data.put("character_string3", win.code());
        try {
            context.templates().get().send(win.openid(), activity.notifyTemplateId(), data, null);
            tx.use(h -> PlayRows.notified(h, win.id()));
        } catch (RuntimeException e) {
            log.warn("winner notification of win {} failed; the win stands and shows notified = false", win.id(), e);
        }
    }

    // template "thing" values are capped at 20 characters by WeChat
    private static String clip(String value) {
        return value.length() <= 20 ? value : value.substring(0, 20);
    }
}
