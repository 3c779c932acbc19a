package io.wxkit.modules.shop;

import java.time.Instant;

/**
 * One recorded transition of an order.
 *
 * @param from   the status before ({@code null} for the creation)
 * @param to     the status after
 * @param actor  who moved it: the buyer's openid, {@code seller:<name>}, {@code wechatpay}, {@code timeout}
 * @param detail why (tracking number, notification id, refund number)
 * @param at     when
 */
public record OrderEvent(OrderStatus from, OrderStatus to, String actor, String detail, Instant at) {}
