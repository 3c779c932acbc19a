package io.wxkit.examples.shop;

import io.wxkit.modules.shop.OrderStatus;

/** The buyer's words for an order state. */
final class OrderStatusText {

    private OrderStatusText() {
    }

    static String of(OrderStatus status) {
        return switch (status) {
            case CREATED -> "待支付 to pay";
            case PAID -> "已支付 paid";
            case SHIPPED -> "已发货 shipped";
            case COMPLETED -> "已完成 completed";
            case CANCELLED -> "已取消 cancelled";
            case REFUNDING -> "退款中 refunding";
            case REFUNDED -> "已退款 refunded";
            case PARTIALLY_REFUNDED -> "部分退款 partly refunded";
        };
    }
}
