package io.wxkit.modules.shop;

import io.wxkit.modules.common.AuditEntry;
import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Page;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.common.internal.db.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Orders: checkout (price re-check, stock reserved by conditional update), the buyer's cancel, the seller's
 * ship and complete, and reading an order with its transitions.
 *
 * <pre>{@code
 * ShopOrder o = shop.orders().checkout(openid, new Checkout(List.of(new Checkout.Line(skuId, 1)), 9900, address));
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class Orders {
    /** WeChat Pay's {@code amount.total} is an int of fen: no order may be larger (21,474,836.47 yuan). */
    static final long MAX_ORDER_TOTAL_FEN = Integer.MAX_VALUE;
    private final ModuleContext context;
    private final Transactions tx;
    private final OrderRows rows;
    private final Duration payWithin;

    Orders(ModuleContext context, Transactions tx, OrderRows rows, Duration payWithin) {
        this.context = context;
        this.tx = tx;
        this.rows = rows;
        this.payWithin = payWithin;
    }

    /**
     * Places an order: re-reads every SKU's price, refuses if the total differs from what the buyer saw,
     * reserves the stock (all lines or none) and removes the lines from the cart.
     *
     * @param openid the buyer, 6-64 of letters, digits, {@code _} and {@code -}
     * @param checkout the lines, the total the buyer saw and the address; not null
     * @return the order, CREATED, with its {@code out_trade_no} and payment deadline
     * @throws ModuleException {@code NOT_FOUND}, {@code OFF_SHELF}, {@code PRICE_CHANGED} or
     *     {@code OUT_OF_STOCK}; nothing is reserved then
     * @throws ModuleException also {@code INVALID_INPUT} for a malformed {@code openid} or a total above
     *     2,147,483,647 fen (WeChat Pay's {@code amount.total} is an int)
     */
    public ShopOrder checkout(String openid, Checkout checkout) {
        requireOpenid(openid);
        String outTradeNo = newOutTradeNo();
        tx.use(h -> {
            List<OrderItem> items = price(h, checkout);
            long total = items.stream().mapToLong(OrderItem::amountFen).sum();
            if (total != checkout.expectedTotalFen()) {
                throw new ModuleException(ShopError.PRICE_CHANGED, "the total is now " + total + " fen, not " + checkout.expectedTotalFen());
            }
            if (total > MAX_ORDER_TOTAL_FEN) {
                throw new ModuleException(CommonError.INVALID_INPUT, "the total " + total + " fen is above "
                        + MAX_ORDER_TOTAL_FEN + " fen, the most one WeChat Pay order can carry: split the order");
            }
            // ascending SKU ids: two checkouts of the same SKUs lock them in one order and cannot deadlock
            List<OrderItem> byId = new ArrayList<>(items);
            byId.sort(Comparator.comparingLong(OrderItem::skuId));
            for (OrderItem i : byId) {
                reserve(h, i);
            }
            long id = insert(h, outTradeNo, openid, total, checkout.address());
            for (OrderItem i : items) {
                h.createUpdate("INSERT INTO wxkit_shop_order_item (order_id, sku_id, title, spec, price_fen, quantity)"
                                + " VALUES (:o, :s, :t, :p, :f, :q)")
                        .bind("o", id).bind("s", i.skuId()).bind("t", i.title()).bind("p", i.spec()).bind("f", i.priceFen())
                        .bind("q", i.quantity()).execute();
                h.createUpdate("DELETE FROM wxkit_shop_cart WHERE openid = :o AND sku_id = :s").bind("o", openid).bind("s", i.skuId()).execute();
            }
            rows.event(h, id, null, OrderStatus.CREATED, openid, "checkout");
        });
        return get(outTradeNo);
    }

    /**
     * The order.
     *
     * @param outTradeNo the order's {@code out_trade_no}
     * @return the order with its items
     * @throws ModuleException {@code NOT_FOUND}
     */
    public ShopOrder get(String outTradeNo) {
        return context.jdbi().withHandle(h -> rows.require(h, outTradeNo, false));
    }

    /**
     * The buyer's orders, newest first.
     *
     * @param openid the buyer
     * @param page the cursor and size (1..{@value io.wxkit.modules.common.PageRequest#MAX_SIZE})
     * @return the page and the cursor of the next one
     */
    public Page<ShopOrder> of(String openid, PageRequest page) {
        return Page.of(context.jdbi().withHandle(h -> rows.byOpenid(h, openid, page.afterId(), page.size())), page, ShopOrder::id);
    }

    /**
     * The seller's order list: every buyer's orders, newest first (by placing time, then id), optionally only
     * those of {@code status} and placed in {@code [from, to)} ({@code null}: unbounded). Any page, of any day or
     * status, reads only itself (keyset on an index), whatever the size of the order history.
     *
     * <pre>{@code
     * Page<ShopOrder> paid = shop.orders().search(OrderStatus.PAID, null, null, PageRequest.first(50));
     * }</pre>
     *
     * @param status only orders in this status, or {@code null} for all
     * @param from placed at or after this instant, or {@code null}
     * @param to placed before this instant, or {@code null}
     * @param page the cursor and size (1..{@value io.wxkit.modules.common.PageRequest#MAX_SIZE})
     * @return the page and the cursor of the next one
     * @throws ModuleException {@code INVALID_INPUT} when the cursor is malformed or names no order
     */
    public Page<ShopOrder> search(OrderStatus status, Instant from, Instant to, PageRequest page) {
        Long f = from == null ? null : from.toEpochMilli();
        Long t = to == null ? null : to.toEpochMilli();
        return Page.of(context.jdbi().withHandle(h -> rows.search(h, status, f, t, page.afterId(), page.size())), page, ShopOrder::id);
    }

    /**
     * Every transition of the order, oldest first (the creation included).
     *
     * @param outTradeNo the order's {@code out_trade_no}
     * @return the transitions; empty for an unknown order
     */
    public List<OrderEvent> history(String outTradeNo) {
        return context.jdbi().withHandle(h -> rows.events(h, outTradeNo));
    }

    /**
     * The buyer cancels an unpaid order; its stock is released. The caller closes it at WeChat Pay
     * ({@link Payments#cancel} does both).
     *
     * @throws ModuleException {@code NOT_FOUND} (also for another buyer's order), {@code ILLEGAL_TRANSITION}
     */
    void cancel(String outTradeNo, String actor, String why) {
        tx.use(h -> {
            ShopOrder o = rows.require(h, outTradeNo, true);
            rows.move(h, o, OrderStatus.CANCELLED, actor, why);
            OrderRows.releaseStock(h, o);
        });
    }

    /**
     * The seller ships a paid order with the carrier and tracking number.
     *
     * @param outTradeNo the order's {@code out_trade_no}
     * @param carrier the carrier, 1–64 characters, not blank
     * @param trackingNo 4–64 letters, digits or {@code -}
     * @param seller who ships, recorded as {@code seller:<seller>} in the history and the audit log
     * @throws ModuleException {@code INVALID_INPUT} for a malformed carrier or tracking number, {@code NOT_FOUND},
     *     {@code ILLEGAL_TRANSITION} unless the order is PAID
     */
    public void ship(String outTradeNo, String carrier, String trackingNo, String seller) {
        if (carrier == null || carrier.isBlank() || carrier.length() > 64 || trackingNo == null || !trackingNo.matches("[A-Za-z0-9\\-]{4,64}")) {
            throw new ModuleException(CommonError.INVALID_INPUT, "carrier 1-64 characters, tracking number 4-64 letters, digits or '-'");
        }
        sellerMove(outTradeNo, OrderStatus.SHIPPED, seller, carrier + " " + trackingNo, h ->
                h.createUpdate("UPDATE wxkit_shop_order SET carrier = :c, tracking_no = :t WHERE out_trade_no = :n")
                        .bind("c", carrier.strip()).bind("t", trackingNo).bind("n", outTradeNo).execute());
    }

    /**
     * The seller marks a shipped order received.
     *
     * @param outTradeNo the order's {@code out_trade_no}
     * @param seller who completes it, recorded as {@code seller:<seller>} in the history and the audit log
     * @throws ModuleException {@code NOT_FOUND}, {@code ILLEGAL_TRANSITION} unless the order is SHIPPED
     */
    public void complete(String outTradeNo, String seller) {
        sellerMove(outTradeNo, OrderStatus.COMPLETED, seller, "completed", h -> { });
    }

    /** The unpaid orders whose payment window closed by {@code now}, oldest first, at most {@code limit}. */
    List<String> overdue(Instant now, int limit) {
        return context.jdbi().withHandle(h -> h.createQuery("SELECT out_trade_no FROM wxkit_shop_order"
                        + " WHERE status = 'CREATED' AND expires_at <= :now ORDER BY expires_at, id LIMIT :limit")
                .bind("now", now.toEpochMilli()).bind("limit", limit).mapTo(String.class).list());
    }

    private void sellerMove(String outTradeNo, OrderStatus to, String seller, String detail, java.util.function.Consumer<Handle> also) {
        String actor = "seller:" + seller;
        tx.use(h -> {
            ShopOrder o = rows.require(h, outTradeNo, true);
            rows.move(h, o, to, actor, detail);
            also.accept(h);
            context.audit().record(h, AuditEntry.of(ShopModule.NAME, actor, "order." + to.name().toLowerCase(java.util.Locale.ROOT),
                    "order:" + outTradeNo, "OK"));
        });
    }

    private List<OrderItem> price(Handle h, Checkout checkout) {
        List<OrderItem> items = new ArrayList<>();
        for (Checkout.Line line : checkout.lines()) {
            var row = h.createQuery("SELECT s.spec, s.price_fen, p.title, p.on_shelf FROM wxkit_shop_sku s"
                            + " JOIN wxkit_shop_product p ON p.id = s.product_id WHERE s.id = :id").bind("id", line.skuId())
                    .mapToMap().findOne()
                    .orElseThrow(() -> new ModuleException(ShopError.NOT_FOUND, "no sku " + line.skuId()));
            if (!Boolean.TRUE.equals(bool(row.get("on_shelf")))) {
                throw new ModuleException(ShopError.OFF_SHELF, "sku " + line.skuId() + " is off the shelf");
            }
            items.add(new OrderItem(line.skuId(), (String) row.get("title"), (String) row.get("spec"),
                    ((Number) row.get("price_fen")).longValue(), line.quantity()));
        }
        return items;
    }

    private static Boolean bool(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n ? n.intValue() != 0 : null;
    }

    private static void reserve(Handle h, OrderItem i) {
        int n = h.createUpdate("UPDATE wxkit_shop_sku SET stock = stock - :q WHERE id = :id AND stock >= :q")
                .bind("q", i.quantity()).bind("id", i.skuId()).execute();
        if (n == 0) {
            throw new ModuleException(ShopError.OUT_OF_STOCK, "sku " + i.skuId() + " has fewer than " + i.quantity() + " left");
        }
    }

    private long insert(Handle h, String outTradeNo, String openid, long total, Address a) {
        long now = context.clock().millis();
        return h.createUpdate("INSERT INTO wxkit_shop_order (out_trade_no, openid, status, total_fen, refunded_fen, receiver, phone,"
                        + " address, created_at, expires_at, prepaid) VALUES (:n, :o, 'CREATED', :t, 0, :r, :p, :a, :c, :e, FALSE)")
                .bind("n", outTradeNo).bind("o", openid).bind("t", total).bind("r", a.receiver()).bind("p", a.phone())
                .bind("a", a.address()).bind("c", now).bind("e", now + payWithin.toMillis())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** {@code S} + 20 random digits: 21 characters of {@code [0-9A-Z]}, inside out_trade_no's 6–32, unguessable. */
    private String newOutTradeNo() {
        StringBuilder b = new StringBuilder("S");
        for (int i = 0; i < 20; i++) {
            b.append((char) ('0' + context.random().nextInt(10)));
        }
        return b.toString();
    }

    static void requireOpenid(String openid) {
        if (openid == null || !openid.matches("[A-Za-z0-9_\\-]{6,64}")) {
            throw new ModuleException(CommonError.INVALID_INPUT, "openid must be 6-64 of letters, digits, '_' or '-'");
        }
    }
}
