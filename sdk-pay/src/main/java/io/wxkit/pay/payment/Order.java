package io.wxkit.pay.payment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wxkit.pay.internal.PayContext;
import io.wxkit.pay.internal.PayJson;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A WeChat Pay APIv3 order to prepay (下单): merchant order number, description shown on the
 * user's bill, amount in fen, and for JSAPI the payer's openid.
 *
 * <pre>{@code
 * Order order = Order.of("T20240101001", "Ticket", 990, openid).notifyUrl("https://example.com/pay/notify");
 * }</pre>
 *
 * @param outTradeNo    {@code out_trade_no}: 6–32 of {@code [0-9a-zA-Z_-|*]}, unique per merchant
 * @param description   {@code description}: 1–127 characters
 * @param totalFen      {@code amount.total} in fen (分), positive
 * @param openid        {@code payer.openid} (JSAPI; {@code null} for Native, H5 and App)
 * @param notifyUrl     {@code notify_url}, or {@code null} for the builder's default
 * @param attach        {@code attach}: data echoed back in query and notification, ≤128 chars, or {@code null}
 * @param timeExpire    {@code time_expire}, or {@code null}
 * @param goodsTag      {@code goods_tag} (coupon tag), or {@code null}
 * @param payerClientIp {@code scene_info.payer_client_ip} (required for H5), or {@code null}
 */
public record Order(String outTradeNo, String description, int totalFen, String openid, String notifyUrl,
                    String attach, Instant timeExpire, String goodsTag, String payerClientIp) {
    private static final Pattern OUT_TRADE_NO = Pattern.compile("[0-9A-Za-z_\\-|*]{6,32}");

    /**
     * An order; prefer {@link #of(String, String, int, String)} or {@link #of(String, String, int)} and the
     * {@code with}-style methods.
     *
     * @param outTradeNo    {@code out_trade_no}: 6–32 of {@code [0-9a-zA-Z_-|*]}, unique per merchant
     * @param description   {@code description}: 1–127 characters
     * @param totalFen      {@code amount.total} in fen (分), positive
     * @param openid        {@code payer.openid} (JSAPI; {@code null} for Native, H5 and App)
     * @param notifyUrl     {@code notify_url}, or {@code null} for the builder's default
     * @param attach        {@code attach}: data echoed back in query and notification, ≤128 chars, or {@code null}
     * @param timeExpire    {@code time_expire}, or {@code null}
     * @param goodsTag      {@code goods_tag} (coupon tag), or {@code null}
     * @param payerClientIp {@code scene_info.payer_client_ip} (required for H5), or {@code null}
     * @throws NullPointerException if {@code outTradeNo} is null
     * @throws IllegalArgumentException if {@code outTradeNo}, {@code description}, {@code totalFen} or
     *     {@code attach} breaks the limits above
     */
    public Order {
        Objects.requireNonNull(outTradeNo, "outTradeNo");
        if (!OUT_TRADE_NO.matcher(outTradeNo).matches()) {
            throw new IllegalArgumentException("out_trade_no must be 6-32 of [0-9a-zA-Z_-|*]: " + outTradeNo);
        }
        if (description == null || description.isEmpty() || description.length() > 127) {
            throw new IllegalArgumentException("description must be 1-127 characters");
        }
        if (totalFen <= 0) {
            throw new IllegalArgumentException("totalFen must be positive: " + totalFen);
        }
        if (attach != null && attach.length() > 128) {
            throw new IllegalArgumentException("attach must be at most 128 characters");
        }
    }

    /**
     * A JSAPI / mini-program order paid by {@code openid}, e.g. {@code Order.of("T20240101001", "Ticket", 990, openid)}.
     *
     * @param outTradeNo  the merchant's order number ({@code out_trade_no}): 6–32 of {@code [0-9a-zA-Z_-|*]}, unique per merchant
     * @param description {@code description}, shown on the user's bill: 1–127 characters
     * @param totalFen    {@code amount.total} in fen (分), positive: {@code 990} is ¥9.90
     * @param openid      {@code payer.openid}: the payer's openid under the appid the order is placed for
     * @return the order, with the builder's {@code notify_url} unless {@link #notifyUrl} sets one
     * @throws NullPointerException if {@code outTradeNo} or {@code openid} is null
     * @throws IllegalArgumentException if a value breaks WeChat Pay's limits
     */
    public static Order of(String outTradeNo, String description, int totalFen, String openid) {
        return new Order(outTradeNo, description, totalFen, Objects.requireNonNull(openid, "openid"), null, null, null, null, null);
    }

    /**
     * A Native, H5 or App order (no payer openid), e.g. {@code Order.of("T20240101002", "Ticket", 990)}.
     *
     * @param outTradeNo  the merchant's order number ({@code out_trade_no}): 6–32 of {@code [0-9a-zA-Z_-|*]}, unique per merchant
     * @param description {@code description}, shown on the user's bill: 1–127 characters
     * @param totalFen    {@code amount.total} in fen (分), positive
     * @return the order
     * @throws NullPointerException if {@code outTradeNo} is null
     * @throws IllegalArgumentException if a value breaks WeChat Pay's limits
     */
    public static Order of(String outTradeNo, String description, int totalFen) {
        return new Order(outTradeNo, description, totalFen, null, null, null, null, null, null);
    }

    /**
     * This order with {@code notify_url}.
     *
     * @param url an HTTPS URL without a query string, where WeChat Pay posts the payment notification
     * @return a copy with the URL
     */
    public Order notifyUrl(String url) {
        return new Order(outTradeNo, description, totalFen, openid, url, attach, timeExpire, goodsTag, payerClientIp);
    }

    /**
     * This order with {@code attach}: merchant data WeChat Pay echoes in the query answer and the notification.
     *
     * @param value at most 128 characters, e.g. {@code "store=7"}
     * @return a copy with the data
     * @throws IllegalArgumentException if {@code value} is longer than 128 characters
     */
    public Order attach(String value) {
        return new Order(outTradeNo, description, totalFen, openid, notifyUrl, value, timeExpire, goodsTag, payerClientIp);
    }

    /**
     * This order with {@code time_expire}: after it the user can no longer pay (sent as RFC 3339, {@code +08:00}).
     *
     * @param value the deadline, e.g. {@code Instant.now().plus(Duration.ofMinutes(15))}
     * @return a copy with the deadline
     */
    public Order timeExpire(Instant value) {
        return new Order(outTradeNo, description, totalFen, openid, notifyUrl, attach, value, goodsTag, payerClientIp);
    }

    /**
     * This order with {@code goods_tag}: the tag coupons of the merchant's promotions are matched against.
     *
     * @param value the tag configured in the merchant platform, e.g. {@code "WXG"}
     * @return a copy with the tag
     */
    public Order goodsTag(String value) {
        return new Order(outTradeNo, description, totalFen, openid, notifyUrl, attach, timeExpire, value, payerClientIp);
    }

    /**
     * This order with {@code scene_info.payer_client_ip}: the user's IP (required for H5).
     *
     * @param ip the user's browser IP as the server saw it, IPv4 or IPv6
     * @return a copy with the IP
     */
    public Order payerClientIp(String ip) {
        return new Order(outTradeNo, description, totalFen, openid, notifyUrl, attach, timeExpire, goodsTag, ip);
    }

    /** The prepay request body for {@code appId}. */
    ObjectNode toJson(PayContext ctx, String appId) {
        ObjectNode body = ctx.json().object();
        body.put("appid", appId);
        body.put("mchid", ctx.mchId());
        body.put("description", description);
        body.put("out_trade_no", outTradeNo);
        if (timeExpire != null) {
            body.put("time_expire", PayJson.rfc3339(timeExpire));
        }
        if (attach != null) {
            body.put("attach", attach);
        }
        body.put("notify_url", ctx.notifyUrlOr(notifyUrl));
        if (goodsTag != null) {
            body.put("goods_tag", goodsTag);
        }
        body.putObject("amount").put("total", totalFen).put("currency", "CNY");
        if (openid != null) {
            body.putObject("payer").put("openid", openid);
        }
        if (payerClientIp != null) {
            body.putObject("scene_info").put("payer_client_ip", payerClientIp);
        }
        return body;
    }
}
