package io.wxkit.emulator.pay;

import java.time.Instant;

/** A refund as the emulator records it (it succeeds at once). */
record Refund(String refundId, String outRefundNo, String outTradeNo, String transactionId, long refund, long total,
              String reason, String notifyUrl, Instant createTime, Instant successTime) {
}
