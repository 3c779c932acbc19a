package io.wxkit.modules.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.modules.common.testkit.Race;
import io.wxkit.pay.notification.NotificationAnswer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Forged, mismatched and duplicate payment notifications: only a verified, matching one pays, once. */
class PaymentNotificationTest {
    private ShopFixture f;
    private ShopOrder order;

    @BeforeEach
    void setUp() {
        f = new ShopFixture("notify");
        order = f.buy(f.medium, 2);
        f.shop.payments().prepay(order.outTradeNo(), ShopFixture.BUYER);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void aVerifiedMatchingNotificationPaysTheOrderThroughTheNotifyEndpoint() {
        f.pay.signedBodies.put("{\"id\":\"EV-1\"}", FakeShopPay.paid("EV-1", order.outTradeNo(), 19800));
        NotificationAnswer answer = f.shop.payments().handle(Map.of(), "{\"id\":\"EV-1\"}");
        assertThat(answer.isSuccess()).isTrue();
        ShopOrder paid = f.shop.orders().get(order.outTradeNo());
        assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
        assertThat(paid.transactionId()).isEqualTo("4200" + order.outTradeNo());
        assertThat(paid.paidAt()).isEqualTo(f.db.clock.instant());
    }

    @Test
    void aForgedNotificationIsAnsweredWithFailureAndPaysNothing() {
        NotificationAnswer answer = f.shop.payments().handle(Map.of("Wechatpay-Signature", "forged"), "{\"id\":\"EV-forged\"}");
        assertThat(answer.isSuccess()).isFalse();
        assertThat(answer.status()).isEqualTo(500);
        assertThat(f.status(order)).isEqualTo(OrderStatus.CREATED);
    }

    @Test
    void everyMismatchedFieldIsFlaggedAndLeavesTheOrderUnpaid() {
        String no = order.outTradeNo();
        List<PaymentOutcome> outcomes = List.of(
                f.shop.payments().onPayment(FakeShopPay.paid("EV-amount", no, 1)),
                f.shop.payments().onPayment(FakeShopPay.paid("EV-mch", FakeShopPay.transaction(FakeShopPay.APP_ID, "1900000999", no, "SUCCESS", 19800))),
                f.shop.payments().onPayment(FakeShopPay.paid("EV-app", FakeShopPay.transaction("wx9999999999999999", FakeShopPay.MCH_ID, no, "SUCCESS", 19800))),
                f.shop.payments().onPayment(FakeShopPay.paid("EV-state", FakeShopPay.transaction(FakeShopPay.APP_ID, FakeShopPay.MCH_ID, no, "PAYERROR", 19800))),
                f.shop.payments().onPayment(FakeShopPay.paid("EV-unknown", "S00000000000000000000", 19800)));
        assertThat(outcomes).containsOnly(PaymentOutcome.FLAGGED);
        assertThat(f.status(order)).isEqualTo(OrderStatus.CREATED);
        List<Payments.PaymentFlag> flags = f.shop.payments().flags(10);
        assertThat(flags).hasSize(5);
        assertThat(flags).anySatisfy(fl -> assertThat(fl.reason()).contains("amount.total expected 19800 got \"1\""));
        assertThat(flags).anySatisfy(fl -> assertThat(fl.reason()).contains("mchid"));
        assertThat(flags).anySatisfy(fl -> assertThat(fl.reason()).contains("appid"));
        assertThat(flags).anySatisfy(fl -> assertThat(fl.reason()).contains("trade_state expected SUCCESS got \"PAYERROR\""));
        assertThat(flags).anySatisfy(fl -> assertThat(fl.reason()).isEqualTo("no such order"));
        // a flagged notification is not retried into a payment either
        assertThat(f.shop.payments().onPayment(FakeShopPay.paid("EV-amount", no, 19800))).isEqualTo(PaymentOutcome.DUPLICATE);
        assertThat(f.status(order)).isEqualTo(OrderStatus.CREATED);
    }

    @Test
    void aDuplicateNotificationIsProcessedOnceEvenWhenRedeliveredConcurrently() throws Exception {
        var n = FakeShopPay.paid("EV-dup", order.outTradeNo(), 19800);
        List<Race.Outcome<PaymentOutcome>> outcomes = Race.run(20, Duration.ofSeconds(60), i -> () -> f.shop.payments().onPayment(n));
        assertThat(outcomes).allSatisfy(o -> assertThat(o.ok()).as("%s", o.error()).isTrue());
        assertThat(outcomes.stream().filter(o -> o.value() == PaymentOutcome.APPLIED)).hasSize(1);
        assertThat(outcomes.stream().filter(o -> o.value() == PaymentOutcome.DUPLICATE)).hasSize(19);
        assertThat(f.shop.orders().history(order.outTradeNo()).stream().filter(e -> e.to() == OrderStatus.PAID)).hasSize(1);
        // another notification id for the same payment (e.g. the query pass) changes nothing
        assertThat(f.shop.payments().onPayment(FakeShopPay.paid("EV-other", order.outTradeNo(), 19800)))
                .isEqualTo(PaymentOutcome.ALREADY_APPLIED);
    }
}
