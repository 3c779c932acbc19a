package io.wxkit.modules.shop;

import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.internal.db.Transactions;
import java.util.List;

/**
 * One cart per openid: SKUs and quantities. Prices are not kept here; checkout reads today's.
 *
 * <p>Thread-safe.
 */
public final class Carts {
    static final int MAX_QUANTITY = 999;
    private final ModuleContext context;
    private final Transactions tx;

    Carts(ModuleContext context, Transactions tx) {
        this.context = context;
        this.tx = tx;
    }

    /**
     * Sets the quantity of {@code skuId} in {@code openid}'s cart (0 removes it).
     *
     * @param openid the buyer, 1-64 characters of {@code [A-Za-z0-9_-]}
     * @param skuId the SKU's id
     * @param quantity 0–999
     * @throws ModuleException {@code NOT_FOUND} for an unknown SKU, {@code INVALID_INPUT} outside 0–999
     */
    public void put(String openid, long skuId, int quantity) {
        Orders.requireOpenid(openid);
        if (quantity < 0 || quantity > MAX_QUANTITY) {
            throw new ModuleException(CommonError.INVALID_INPUT, "quantity must be 0-" + MAX_QUANTITY);
        }
        tx.use(h -> {
            if (Catalogue.sku(h, skuId) == null) {
                throw new ModuleException(ShopError.NOT_FOUND, "no sku " + skuId);
            }
            h.createUpdate("DELETE FROM wxkit_shop_cart WHERE openid = :o AND sku_id = :s").bind("o", openid).bind("s", skuId).execute();
            if (quantity > 0) {
                h.createUpdate("INSERT INTO wxkit_shop_cart (openid, sku_id, quantity, added_at) VALUES (:o, :s, :q, :at)")
                        .bind("o", openid).bind("s", skuId).bind("q", quantity).bind("at", context.clock().millis()).execute();
            }
        });
    }

    /**
     * The cart's lines in the order they were added.
     *
     * @param openid the buyer
     * @return the lines with today's titles, specs and prices, empty for an empty or unknown cart
     */
    public List<CartLine> lines(String openid) {
        return context.jdbi().withHandle(h -> h.createQuery("SELECT c.sku_id, p.title, s.spec, s.price_fen, c.quantity, p.on_shelf"
                        + " FROM wxkit_shop_cart c JOIN wxkit_shop_sku s ON s.id = c.sku_id JOIN wxkit_shop_product p ON p.id = s.product_id"
                        + " WHERE c.openid = :o ORDER BY c.added_at, c.sku_id").bind("o", openid)
                .map((rs, c) -> new CartLine(rs.getLong("sku_id"), rs.getString("title"), rs.getString("spec"),
                        rs.getLong("price_fen"), rs.getInt("quantity"), rs.getBoolean("on_shelf")))
                .list());
    }

    /**
     * A cart line at today's price.
     *
     * @param skuId    the SKU
     * @param title    the product title
     * @param spec     the spec combination
     * @param priceFen today's unit price in fen
     * @param quantity how many
     * @param onShelf  whether it can be ordered now
     */
    public record CartLine(long skuId, String title, String spec, long priceFen, int quantity, boolean onShelf) {
        /**
         * {@code priceFen × quantity}.
         *
         * @return the line's amount at today's price, in fen
         */
        public long amountFen() {
            return priceFen * quantity;
        }
    }
}
