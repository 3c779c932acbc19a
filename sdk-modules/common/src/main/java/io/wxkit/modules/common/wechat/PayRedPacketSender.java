package io.wxkit.modules.common.wechat;

import io.wxkit.pay.WxPay;
import io.wxkit.pay.redpack.RedPacket;
import io.wxkit.pay.redpack.RedPacketResult;
import io.wxkit.modules.common.spi.RedPacketSender;
import java.util.Objects;

/**
 * The {@link RedPacketSender} of a merchant: {@code pay.redPackets().send(..)} (API v2
 * {@code sendredpack} over mutual TLS). A transport failure is {@link Outcome#UNKNOWN}: the win keeps its
 * bill number and a retry re-sends the same one, which WeChat pays at most once.
 *
 * <pre>{@code
 * ModuleContext.builder(ds).redPackets(PayRedPacketSender.of(pay, "Demo shop", "感谢参与")).build();
 * }</pre>
 */
public final class PayRedPacketSender implements RedPacketSender {
    private final WxPay pay;
    private final String sendName;
    private final String wishing;

    private PayRedPacketSender(WxPay pay, String sendName, String wishing) {
        this.pay = pay;
        this.sendName = sendName;
        this.wishing = wishing;
    }

    /**
     * Sends through {@code pay} as {@code sendName} with {@code wishing} on every packet.
     *
     * @param pay      the merchant paying (its client certificate signs {@code sendredpack})
     * @param sendName the sender name shown on the packet ({@code send_name})
     * @param wishing  the blessing shown on the packet ({@code wishing})
     * @return the sender
     * @throws NullPointerException if any argument is null
     */
    public static PayRedPacketSender of(WxPay pay, String sendName, String wishing) {
        return new PayRedPacketSender(Objects.requireNonNull(pay, "pay"), Objects.requireNonNull(sendName, "sendName"),
                Objects.requireNonNull(wishing, "wishing"));
    }

    @Override
    public Outcome send(Request request) {
        RedPacket packet = RedPacket.of(request.billNo(), sendName, request.openid(), request.amountFen(), wishing,
                request.activity(), request.activity());
        RedPacketResult result;
        try {
            result = pay.redPackets().send(packet);
        } catch (RuntimeException e) {
            return Outcome.UNKNOWN;
        }
        return switch (result.outcome()) {
            case SENT -> Outcome.SENT;
            case FAILED -> Outcome.FAILED;
            case UNKNOWN_RETRY_SAME_BILLNO -> Outcome.UNKNOWN;
        };
    }
}
