package io.wxkit.modules.shop;

/**
 * One purchasable spec combination of a product (规格).
 *
 * @param id        the id
 * @param productId its product
 * @param spec      the combination, e.g. {@code 颜色:红;尺码:L}
 * @param priceFen  today's unit price in fen
 * @param stock     units left to sell (reserved units are already subtracted)
 */
public record Sku(long id, long productId, String spec, long priceFen, int stock) {}
