package io.wxkit.modules.shop;

import java.time.Instant;
import java.util.List;

/**
 * An order as stored.
 *
 * @param id            the database id
 * @param outTradeNo    the merchant order number sent to WeChat Pay ({@code out_trade_no})
 * @param openid        the buyer
 * @param status        where it is
 * @param totalFen      what the buyer pays, in fen
 * @param refundedFen   what was refunded so far, in fen
 * @param address       delivery address and contact
 * @param items         the lines
 * @param createdAt     placed at
 * @param expiresAt     unpaid orders are cancelled after this instant
 * @param paidAt        when paid, or {@code null}
 * @param transactionId WeChat Pay's {@code transaction_id}, or {@code null}
 * @param carrier       the carrier once shipped, or {@code null}
 * @param trackingNo    the tracking number once shipped, or {@code null}
 */
public record ShopOrder(long id, String outTradeNo, String openid, OrderStatus status, long totalFen, long refundedFen,
                        Address address, List<OrderItem> items, Instant createdAt, Instant expiresAt, Instant paidAt,
                        String transactionId, String carrier, String trackingNo) {
    /**
     * Copies the items.
     *
     * @param id the database id
     * @param outTradeNo the merchant order number sent to WeChat Pay ({@code out_trade_no})
     * @param openid the buyer
     * @param status where it is
     * @param totalFen what the buyer pays, in fen
     * @param refundedFen what was refunded so far, in fen
     * @param address delivery address and contact
     * @param items the lines; not null
     * @param createdAt placed at
     * @param expiresAt unpaid orders are cancelled after this instant
     * @param paidAt when paid, or {@code null}
     * @param transactionId WeChat Pay's {@code transaction_id}, or {@code null}
     * @param carrier the carrier once shipped, or {@code null}
     * @param trackingNo the tracking number once shipped, or {@code null}
     * @throws NullPointerException if {@code items} or an item is null
     */
    public ShopOrder {
        items = List.copyOf(items);
    }
}
