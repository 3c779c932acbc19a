package io.wxkit.modules.shop;

/**
 * One line of an order, priced when the order was placed.
 *
 * @param skuId    the SKU
 * @param title    the product title then
 * @param spec     the SKU's spec combination then, e.g. {@code 颜色:红;尺码:L}
 * @param priceFen the unit price in fen then
 * @param quantity how many
 */
public record OrderItem(long skuId, String title, String spec, long priceFen, int quantity) {
    /**
     * {@code priceFen × quantity}.
     *
     * @return the line's amount in fen
     */
    public long amountFen() {
        return priceFen * quantity;
    }
}
