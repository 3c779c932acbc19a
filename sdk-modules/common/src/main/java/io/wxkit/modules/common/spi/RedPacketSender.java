package io.wxkit.modules.common.spi;

/**
 * Pays a cash red packet (现金红包) to a winner. The wired implementation is
 * {@code io.wxkit.modules.common.wechat.PayRedPacketSender} over {@code pay.redPackets()}.
 *
 * <pre>{@code
 * RedPacketSender.Outcome o = sender.send(new RedPacketSender.Request("LW000000000042", openid, 100, "Lucky draw"));
 * }</pre>
 */
@FunctionalInterface
public interface RedPacketSender {

    /**
     * What one red packet to pay.
     *
     * @param billNo    the merchant bill number, stable per win: every retry of the same win reuses it
     * @param openid    the receiver
     * @param amountFen the amount in fen
     * @param activity  the activity name shown to the user
     */
    record Request(String billNo, String openid, long amountFen, String activity) {
    }

    /** What happened to the money. */
    enum Outcome {
        /** Paid. */
        SENT,
        /** Refused for a definitive reason: nothing was paid. */
        FAILED,
        /** Unknown: query or retry with the same bill number, never a new one (it could pay twice). */
        UNKNOWN
    }

    /**
     * Sends the packet; a transport error means {@link Outcome#UNKNOWN} to the caller. Implementations must be
     * safe for concurrent use and must pay a bill number at most once.
     *
     * @param request what to pay, to whom, under which bill number
     * @return what happened to the money
     */
    Outcome send(Request request);
}
