package io.wxkit.emulator.pay;

/**
 * The result of paying an order through the emulator.
 *
 * @param transactionId WeChat Pay's {@code transaction_id}
 * @param notified      whether the merchant accepted the first notification (HTTP 200/204 in time); when false,
 *                      retries continue on the emulator's retry schedule
 */
public record PaidOrder(String transactionId, boolean notified) {
}
