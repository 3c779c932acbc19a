package io.wxkit.modules.shop;

import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Untrusted;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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

    List<ShopOrder> byOpenid(Handle h, String openid, long afterId, int size) {
        return h.createQuery("SELECT " + COLUMNS + " FROM wxkit_shop_order WHERE openid = :o AND id < :a ORDER BY id DESC")
                .bind("o", openid).bind("a", afterId).setMaxRows(size + 1)
                .map((rs, c) -> order(h, rs)).list();
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
        long id = rs.getLong("id");
        List<OrderItem> items = h.createQuery("SELECT sku_id, title, spec, price_fen, quantity FROM wxkit_shop_order_item"
                        + " WHERE order_id = :o ORDER BY id").bind("o", id)
                .map((r, c) -> new OrderItem(r.getLong("sku_id"), r.getString("title"), r.getString("spec"), r.getLong("price_fen"),
                        r.getInt("quantity")))
                .list();
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
