package io.wxkit.examples.shop;

import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.shop.ShopError;
import io.wxkit.modules.shop.ShopModule;
import io.wxkit.spring.pay.PaymentSucceededEvent;
import io.wxkit.spring.pay.RefundSucceededEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands the starter's verified pay notifications (from {@code /wx/pay/notify}) to the shop, which checks each
 * against its order (amount, merchant, appid) and applies it once per notification id. Payments of orders that
 * are not the shop's are left alone, so other features may take payments too. A listener that throws makes the
 * endpoint answer failure and WeChat Pay redeliver, which is what a database hiccup here should cause.
 */
@Component
class ShopPayListener {
    private static final Logger log = LoggerFactory.getLogger(ShopPayListener.class);

    private final ShopModule shop;

    ShopPayListener(ShopModule shop) {
        this.shop = shop;
    }

    @EventListener
    void paid(PaymentSucceededEvent event) {
        String no = event.notification().outTradeNo();
        if (isShopOrder(no)) {
            log.info("shop order {} payment: {}", no, shop.payments().onPayment(event.notification()));
        }
    }

    @EventListener
    void refunded(RefundSucceededEvent event) {
        String no = event.notification().refund().outTradeNo();
        if (isShopOrder(no)) {
            log.info("shop order {} refund: {}", no, shop.refunds().onRefund(event.notification()));
        }
    }

    private boolean isShopOrder(String outTradeNo) {
        try {
            shop.orders().get(outTradeNo);
            return true;
        } catch (ModuleException e) {
            if (e.is(ShopError.NOT_FOUND)) {
                return false;
            }
            throw e;
        }
    }
}
