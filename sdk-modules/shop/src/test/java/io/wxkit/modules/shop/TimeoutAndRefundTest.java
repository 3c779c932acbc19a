package io.wxkit.modules.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.modules.common.ModuleException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The timeout pass (release, query-on-timeout) and refunds through their answers and notifications. */
class TimeoutAndRefundTest {
    private ShopFixture f;

    @BeforeEach
    void setUp() {
        f = new ShopFixture("timeout");
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void anUnpaidOrderIsCancelledAfterItsWindowAndItsStockReleased() {
        ShopOrder never = f.buy(f.medium, 3);
        ShopOrder prepaid = f.buy(f.large, 2);
        f.shop.payments().prepay(prepaid.outTradeNo(), ShopFixture.BUYER);
        f.pay.queryAnswers.put(prepaid.outTradeNo(), FakeShopPay.transaction(FakeShopPay.APP_ID, FakeShopPay.MCH_ID,
                prepaid.outTradeNo(), "NOTPAY", prepaid.totalFen()));
        assertThat(f.stock(f.medium)).isEqualTo(2);
        assertThat(f.stock(f.large)).isZero();

        f.advance(Duration.ofMinutes(29));
        assertThat(f.shop.payments().expireOverdue(100)).isEqualTo(new Payments.ExpiryReport(0, 0, 0));
        f.advance(Duration.ofMinutes(1));
        assertThat(f.shop.payments().expireOverdue(100)).isEqualTo(new Payments.ExpiryReport(0, 2, 0));

        assertThat(f.status(never)).isEqualTo(OrderStatus.CANCELLED);
        assertThat(f.status(prepaid)).isEqualTo(OrderStatus.CANCELLED);
        assertThat(f.pay.closed).containsExactly(prepaid.outTradeNo()); // only what WeChat Pay knows is closed there
        assertThat(f.stock(f.medium)).isEqualTo(5);
        assertThat(f.stock(f.large)).isEqualTo(2);
        assertThat(f.shop.orders().history(never.outTradeNo())).last().satisfies(e -> assertThat(e.actor()).isEqualTo("timeout"));
        assertThatThrownBy(() -> f.shop.payments().prepay(never.outTradeNo(), ShopFixture.BUYER)).isInstanceOf(ModuleException.class);
    }

    @Test
    void anOrderWhoseNotificationNeverCameIsPaidByTheQueryAndKeepsItsStock() {
        ShopOrder o = f.buy(f.medium, 1);
        f.shop.payments().prepay(o.outTradeNo(), ShopFixture.BUYER);
        f.pay.queryAnswers.put(o.outTradeNo(), FakeShopPay.transaction(FakeShopPay.APP_ID, FakeShopPay.MCH_ID, o.outTradeNo(), "SUCCESS", 9900));
        f.advance(Duration.ofMinutes(31));
        assertThat(f.shop.payments().expireOverdue(100)).isEqualTo(new Payments.ExpiryReport(1, 0, 0));
        assertThat(f.status(o)).isEqualTo(OrderStatus.PAID);
        assertThat(f.stock(f.medium)).isEqualTo(4);
        // the late notification then finds it applied
        assertThat(f.shop.payments().onPayment(FakeShopPay.paid("EV-late", o.outTradeNo(), 9900))).isEqualTo(PaymentOutcome.ALREADY_APPLIED);
    }

    @Test
    void aQueryAnswerOfAnotherAmountIsFlaggedAndTheOrderWaits() {
        ShopOrder o = f.buy(f.medium, 1);
        f.shop.payments().prepay(o.outTradeNo(), ShopFixture.BUYER);
        f.pay.queryAnswers.put(o.outTradeNo(), FakeShopPay.transaction(FakeShopPay.APP_ID, FakeShopPay.MCH_ID, o.outTradeNo(), "SUCCESS", 1));
        f.advance(Duration.ofMinutes(31));
        assertThat(f.shop.payments().expireOverdue(100)).isEqualTo(new Payments.ExpiryReport(0, 0, 1));
        assertThat(f.status(o)).isEqualTo(OrderStatus.CREATED);
        assertThat(f.shop.payments().flags(5)).singleElement().satisfies(fl -> assertThat(fl.reason()).contains("amount.total"));
    }

    @Test
    void theBuyerCancelsAndTheStockComesBack() {
        ShopOrder o = f.buy(f.large, 2);
        assertThatThrownBy(() -> f.shop.payments().cancel(o.outTradeNo(), "oSomeoneElse01")).isInstanceOfSatisfying(ModuleException.class,
                e -> assertThat(e.is(ShopError.NOT_FOUND)).isTrue());
        f.shop.payments().cancel(o.outTradeNo(), ShopFixture.BUYER);
        assertThat(f.status(o)).isEqualTo(OrderStatus.CANCELLED);
        assertThat(f.stock(f.large)).isEqualTo(2);
    }

    @Test
    void aRefundAnsweredSuccessAtOnceIsAppliedAndItsNotificationFindsItDone() {
        ShopOrder o = f.paidOrder(f.medium, 1);
        f.pay.refundStatus = "SUCCESS";
        String no = f.shop.refunds().refund(o.outTradeNo(), 9900, "out of stock", "ann");
        assertThat(f.status(o)).isEqualTo(OrderStatus.REFUNDED);
        assertThat(f.shop.refunds().onRefund(FakeShopPay.refundResult("EV-R", o.outTradeNo(), no, "SUCCESS", 9900, 9900)))
                .isEqualTo(PaymentOutcome.ALREADY_APPLIED);
        assertThat(f.shop.refunds().onRefund(FakeShopPay.refundResult("EV-R", o.outTradeNo(), no, "SUCCESS", 9900, 9900)))
                .isEqualTo(PaymentOutcome.DUPLICATE);
        assertThat(f.shop.orders().get(o.outTradeNo()).refundedFen()).isEqualTo(9900);
    }

    @Test
    void aFailedRefundCallKeepsTheRefundForARetryWithTheSameNumber() {
        ShopOrder o = f.paidOrder(f.medium, 1);
        f.pay.failRefunds = true;
        assertThatThrownBy(() -> f.shop.refunds().refund(o.outTradeNo(), 500, "x", "ann")).isInstanceOfSatisfying(ModuleException.class,
                e -> assertThat(e.is(ShopError.PAY_FAILED)).isTrue());
        assertThat(f.status(o)).isEqualTo(OrderStatus.REFUNDING);
        f.pay.failRefunds = false;
        f.pay.refundStatus = "SUCCESS";
        f.shop.refunds().retry("R" + o.outTradeNo() + "-1");
        assertThat(f.pay.refunded).containsExactly("R" + o.outTradeNo() + "-1");
        assertThat(f.shop.orders().get(o.outTradeNo())).satisfies(p -> {
            assertThat(p.status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
            assertThat(p.refundedFen()).isEqualTo(500);
        });
    }

    @Test
    void aRefundNotificationOfAnotherAmountIsFlaggedNotApplied() {
        ShopOrder o = f.paidOrder(f.medium, 1);
        String no = f.shop.refunds().refund(o.outTradeNo(), 900, "x", "ann");
        assertThat(f.shop.refunds().onRefund(FakeShopPay.refundResult("EV-R", o.outTradeNo(), no, "SUCCESS", 9900, 9900)))
                .isEqualTo(PaymentOutcome.FLAGGED);
        assertThat(f.status(o)).isEqualTo(OrderStatus.REFUNDING);
    }
}
