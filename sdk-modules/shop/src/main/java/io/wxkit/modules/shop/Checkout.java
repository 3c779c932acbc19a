package io.wxkit.modules.shop;

import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.ModuleException;
import java.util.List;
import java.util.Objects;

/**
 * What a buyer confirms at checkout: the lines, the total the page showed (re-checked against today's
 * prices), and the delivery address.
 *
 * @param lines             1–50 lines with distinct SKUs
 * @param expectedTotalFen  the total the buyer saw and agreed to pay
 * @param address           where to deliver
 */
public record Checkout(List<Line> lines, long expectedTotalFen, Address address) {
    /**
     * Checks the lines and copies them.
     *
     * @param lines 1–50 lines with distinct SKUs
     * @param expectedTotalFen the total the buyer saw, in fen
     * @param address where to deliver; not null
     * @throws NullPointerException if {@code lines}, a line or {@code address} is null
     * @throws ModuleException {@code INVALID_INPUT} if there are not 1–50 lines or two share a SKU
     */
    public Checkout {
        lines = List.copyOf(lines);
        Objects.requireNonNull(address, "address");
        if (lines.isEmpty() || lines.size() > 50 || lines.stream().map(Line::skuId).distinct().count() != lines.size()) {
            throw new ModuleException(CommonError.INVALID_INPUT, "a checkout has 1-50 lines with distinct SKUs");
        }
    }

    /**
     * One line.
     *
     * @param skuId the SKU
     * @param quantity 1–999
     */
    public record Line(long skuId, int quantity) {
        /**
         * Checks the quantity.
         *
         * @param skuId the SKU's id
         * @param quantity 1–999
         * @throws ModuleException {@code INVALID_INPUT} if {@code quantity} is outside 1–999
         */
        public Line {
            if (quantity < 1 || quantity > Carts.MAX_QUANTITY) {
                throw new ModuleException(CommonError.INVALID_INPUT, "quantity must be 1-" + Carts.MAX_QUANTITY);
            }
        }
    }
}
