package io.wxkit.examples.shop;

import io.wxkit.modules.common.ModuleException;

/** What a buyer reads for each refusal of the shop module. */
final class ShopMessages {

    private ShopMessages() {
    }

    static String of(ModuleException e) {
        return switch (e.code()) {
            case "NOT_FOUND" -> "没有找到这件商品或订单。Not found.";
            case "OFF_SHELF" -> "商品已下架。The product is off the shelf.";
            case "OUT_OF_STOCK" -> "库存不足。Not enough stock.";
            case "PRICE_CHANGED" -> "价格有变动，请确认新的金额后再下单。The price changed: check the new total.";
            case "ILLEGAL_TRANSITION" -> "订单当前状态不能进行此操作。Not possible in the order's state.";
            case "REFUND_NOT_ALLOWED" -> "此订单不能退款。This order cannot be refunded.";
            case "PAY_FAILED" -> "微信支付暂时不可用，请稍后再试。WeChat Pay did not answer, try again.";
            case "INVALID_INPUT" -> "填写的内容有误。Check what you entered.";
            case "BUSY" -> "系统繁忙，请稍后再试。Busy, try again.";
            default -> "操作失败 (" + e.code() + ")。";
        };
    }

    /** {@code 12800} → {@code "128.00"}. */
    static String yuan(long fen) {
        return String.format("%d.%02d", fen / 100, fen % 100);
    }
}
