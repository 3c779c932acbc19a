package io.wxkit.modules.shop;

import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Untrusted;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** The order table: reading, and the one way to move an order (a conditional update plus its event row). */
final class OrderRows {
    private static final String COLUMNS = "id, out_trade_no, openid, status, total_fen, refunded_fen, receiver, phone, address,"
            + " created_at, expires_at, paid_at, transaction_id, carrier, tracking_no";
    private final Clock clock;

    OrderRows(Clock clock) {
        this.clock = clock;
    }

    /** The order {@code outTradeNo}, its row locked until the transaction ends when {@code lock}. */
    Optional<ShopOrder> find(Handle h, String outTradeNo, boolean lock) {
        return h.createQuery("SELECT " + COLUMNS + " FROM wxkit_shop_order WHERE out_trade_no = :n" + (lock ? " FOR UPDATE" : ""))
                .bind("n", outTradeNo)
                .map((rs, c) -> order(h, rs))
                .findOne();
    }

    ShopOrder require(Handle h, String outTradeNo, boolean lock) {
        return find(h, outTradeNo, lock)
                .orElseThrow(() -> new ModuleException(ShopError.NOT_FOUND, "no order " + Untrusted.clip(outTradeNo)));
    }

    /**
     * The buyer's orders with their lines in two statements whatever the page size: the page of orders, then the
     * lines of all of them ({@code order_id IN (...)}, on the order-item index). Reading each order's lines as it
     * is mapped would be one statement per order (a 20-order page: 21).
     */
    List<ShopOrder> byOpenid(Handle h, String openid, long afterId, int size) {
        return withItems(h, h.createQuery("SELECT " + COLUMNS + " FROM wxkit_shop_order WHERE openid = :o AND id < :a ORDER BY id DESC LIMIT :limit")
                .bind("o", openid).bind("a", afterId).bind("limit", size + 1)
                .map((rs, c) -> order(rs, List.of())).list());
    }

    /**
     * The orders of every buyer, newest first, optionally of one status and placed within {@code [from, to)}
     * (epoch millis, {@code null}: unbounded): the seller's order list, with the lines in one more statement.
     * Keyset on {@code (created_at, id)}, on {@code ix_wxkit_shop_order_created} or, with a status,
     * {@code ix_wxkit_shop_order_status_created}: a page of last month's orders reads that page, not every newer
     * order (with the id alone as the key, a day half-way back in 10 M orders skipped 5 M rows: 2 s). The cursor is
     * still the last order's id; its {@code created_at} is looked up by primary key.
     *
     * @throws ModuleException {@code INVALID_INPUT} when the cursor names no order
     */
    List<ShopOrder> search(Handle h, OrderStatus status, Long from, Long to, long afterId, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> binds = new HashMap<>();
        binds.put("limit", size + 1);
        if (afterId != Long.MAX_VALUE) {
            binds.put("ca", h.createQuery("SELECT created_at FROM wxkit_shop_order WHERE id = :a").bind("a", afterId)
                    .mapTo(Long.class).findOne()
                    .orElseThrow(() -> new ModuleException(CommonError.INVALID_INPUT, "the page cursor names no order")));
            binds.put("a", afterId);
            // the row-value (created_at, id) < (:ca, :a), written so that every database uses the index's range
            where.add("created_at <= :ca AND (created_at < :ca OR id < :a)");
        }
        if (status != null) {
            where.add("status = :s");
            binds.put("s", status.name());
        }
        if (from != null) {
            where.add("created_at >= :f");
            binds.put("f", from);
        }
        if (to != null) {
            where.add("created_at < :t");
            binds.put("t", to);
        }
        return withItems(h, h.createQuery("SELECT " + COLUMNS + " FROM wxkit_shop_order"
                        + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + " ORDER BY created_at DESC, id DESC LIMIT :limit")
                .bindMap(binds).map((rs, c) -> order(rs, List.of())).list());
    }

    /** {@code bare} with each order's lines, read in one statement on the order-item index. */
    private static List<ShopOrder> withItems(Handle h, List<ShopOrder> bare) {
        if (bare.isEmpty()) {
            return bare;
        }
        Map<Long, List<OrderItem>> items = new HashMap<>();
        h.createQuery("SELECT order_id, sku_id, title, spec, price_fen, quantity FROM wxkit_shop_order_item"
                        + " WHERE order_id IN (<ids>) ORDER BY order_id, id")
                .bindList("ids", bare.stream().map(ShopOrder::id).toList())
                .map((r, c) -> Map.entry(r.getLong("order_id"), item(r)))
                .forEach(e -> items.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return bare.stream().map(o -> new ShopOrder(o.id(), o.outTradeNo(), o.openid(), o.status(), o.totalFen(), o.refundedFen(),
                o.address(), items.getOrDefault(o.id(), List.of()), o.createdAt(), o.expiresAt(), o.paidAt(), o.transactionId(),
                o.carrier(), o.trackingNo())).toList();
    }

    /**
     * Moves {@code order} from its status to {@code to} if the state machine allows it and no one moved it
     * meanwhile, and records the event.
     *
     * @throws ModuleException {@code ILLEGAL_TRANSITION} otherwise
     */
    void move(Handle h, ShopOrder order, OrderStatus to, String actor, String detail) {
        OrderStatus from = order.status();
        if (!from.canMoveTo(to)) {
            throw new ModuleException(ShopError.ILLEGAL_TRANSITION, "order " + order.outTradeNo() + " is " + from + ", cannot become " + to);
        }
        int n = h.createUpdate("UPDATE wxkit_shop_order SET status = :to WHERE id = :id AND status = :from")
                .bind("to", to.name()).bind("id", order.id()).bind("from", from.name()).execute();
        if (n == 0) {
            throw new ModuleException(ShopError.ILLEGAL_TRANSITION, "order " + order.outTradeNo() + " moved meanwhile; it is no longer " + from);
        }
        event(h, order.id(), from, to, actor, detail);
    }

    void event(Handle h, long orderId, OrderStatus from, OrderStatus to, String actor, String detail) {
        h.createUpdate("INSERT INTO wxkit_shop_order_event (order_id, from_status, to_status, actor, detail, at_ms)"
                        + " VALUES (:o, :f, :t, :a, :d, :at)")
                .bind("o", orderId).bind("f", from == null ? null : from.name()).bind("t", to.name())
                .bind("a", clip(actor, 64)).bind("d", clip(detail, 300)).bind("at", clock.millis()).execute();
    }

    List<OrderEvent> events(Handle h, String outTradeNo) {
        return h.createQuery("SELECT e.from_status, e.to_status, e.actor, e.detail, e.at_ms FROM wxkit_shop_order_event e"
                        + " JOIN wxkit_shop_order o ON o.id = e.order_id WHERE o.out_trade_no = :n ORDER BY e.id").bind("n", outTradeNo)
                .map((rs, c) -> new OrderEvent(rs.getString("from_status") == null ? null : OrderStatus.valueOf(rs.getString("from_status")),
                        OrderStatus.valueOf(rs.getString("to_status")), rs.getString("actor"), rs.getString("detail"),
                        Instant.ofEpochMilli(rs.getLong("at_ms"))))
                .list();
    }

    /** Gives the reserved units of {@code order} back to their SKUs. */
    static void releaseStock(Handle h, ShopOrder order) {
        for (OrderItem i : order.items()) {
            h.createUpdate("UPDATE wxkit_shop_sku SET stock = stock + :q WHERE id = :s").bind("q", i.quantity()).bind("s", i.skuId()).execute();
        }
    }

    private static ShopOrder order(Handle h, ResultSet rs) throws SQLException {
        List<OrderItem> items = h.createQuery("SELECT sku_id, title, spec, price_fen, quantity FROM wxkit_shop_order_item"
                        + " WHERE order_id = :o ORDER BY id").bind("o", rs.getLong("id"))
                .map((r, c) -> item(r))
                .list();
        return order(rs, items);
    }

    private static OrderItem item(ResultSet r) throws SQLException {
        return new OrderItem(r.getLong("sku_id"), r.getString("title"), r.getString("spec"), r.getLong("price_fen"), r.getInt("quantity"));
    }

    private static ShopOrder order(ResultSet rs, List<OrderItem> items) throws SQLException {
        long id = rs.getLong("id");
        long paid = rs.getLong("paid_at");
        Instant paidAt = rs.wasNull() ? null : Instant.ofEpochMilli(paid);
        return new ShopOrder(id, rs.getString("out_trade_no"), rs.getString("openid"), OrderStatus.valueOf(rs.getString("status")),
                rs.getLong("total_fen"), rs.getLong("refunded_fen"),
                new Address(rs.getString("receiver"), rs.getString("phone"), rs.getString("address")), items,
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("expires_at")), paidAt,
                rs.getString("transaction_id"), rs.getString("carrier"), rs.getString("tracking_no"));
    }

    static String clip(String value, int max) {
        String flat = value == null ? "" : value.replaceAll("\\p{Cntrl}", "?");
        return flat.length() <= max ? flat : flat.substring(0, max);
    }
}
