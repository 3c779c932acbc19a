package io.wxkit.modules.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.modules.common.ModuleException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every allowed and every forbidden transition, in the table and through the operations on stored orders. */
class OrderStateMachineTest {
    private static final Map<OrderStatus, Set<OrderStatus>> ALLOWED = Map.of(
            OrderStatus.CREATED, EnumSet.of(OrderStatus.PAID, OrderStatus.CANCELLED),
            OrderStatus.PAID, EnumSet.of(OrderStatus.SHIPPED, OrderStatus.REFUNDING),
            OrderStatus.SHIPPED, EnumSet.of(OrderStatus.COMPLETED),
            OrderStatus.REFUNDING, EnumSet.of(OrderStatus.REFUNDED, OrderStatus.PARTIALLY_REFUNDED, OrderStatus.PAID),
            OrderStatus.PARTIALLY_REFUNDED, EnumSet.of(OrderStatus.REFUNDING),
            OrderStatus.COMPLETED, EnumSet.noneOf(OrderStatus.class),
            OrderStatus.CANCELLED, EnumSet.noneOf(OrderStatus.class),
            OrderStatus.REFUNDED, EnumSet.noneOf(OrderStatus.class));

    private ShopFixture f;

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void theTableAllowsExactlyTheDocumentedMoves(OrderStatus from) {
        for (OrderStatus to : OrderStatus.values()) {
            assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(ALLOWED.get(from).contains(to));
        }
    }

    @Test
    void aCreatedOrderCannotBeShippedCompletedOrRefunded() {
        f = new ShopFixture("sm_created");
        ShopOrder o = f.buy(f.medium, 1);
        assertIllegal(() -> f.shop.orders().ship(o.outTradeNo(), "SF", "SF123456", "ann"));
        assertIllegal(() -> f.shop.orders().complete(o.outTradeNo(), "ann"));
        assertIllegal(() -> f.shop.refunds().refund(o.outTradeNo(), 100, "x", "ann"));
        assertThat(f.status(o)).isEqualTo(OrderStatus.CREATED);
    }

    @Test
    void aPaidOrderCannotBeCancelledOrCompletedButShipsThenCompletes() {
        f = new ShopFixture("sm_paid");
        ShopOrder o = f.paidOrder(f.medium, 1);
        assertIllegal(() -> f.shop.payments().cancel(o.outTradeNo(), ShopFixture.BUYER));
        assertIllegal(() -> f.shop.orders().complete(o.outTradeNo(), "ann"));
        f.shop.orders().ship(o.outTradeNo(), "SF Express", "SF1234567890", "ann");
        assertThat(f.shop.orders().get(o.outTradeNo()).trackingNo()).isEqualTo("SF1234567890");
        assertIllegal(() -> f.shop.orders().ship(o.outTradeNo(), "SF", "SF999999", "ann"));
        assertIllegal(() -> f.shop.payments().cancel(o.outTradeNo(), ShopFixture.BUYER));
        assertIllegal(() -> f.shop.refunds().refund(o.outTradeNo(), 100, "x", "ann"));
        f.shop.orders().complete(o.outTradeNo(), "ann");
        assertThat(f.status(o)).isEqualTo(OrderStatus.COMPLETED);
        assertIllegal(() -> f.shop.orders().complete(o.outTradeNo(), "ann"));
        assertIllegal(() -> f.shop.refunds().refund(o.outTradeNo(), 100, "x", "ann"));
        assertThat(f.shop.orders().history(o.outTradeNo())).extracting(OrderEvent::to)
                .containsExactly(OrderStatus.CREATED, OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.COMPLETED);
    }

    @Test
    void aCancelledOrderIsFinalAndAPaymentForItIsFlagged() {
        f = new ShopFixture("sm_cancelled");
        ShopOrder o = f.buy(f.medium, 1);
        f.shop.payments().cancel(o.outTradeNo(), ShopFixture.BUYER);
        assertIllegal(() -> f.shop.payments().cancel(o.outTradeNo(), ShopFixture.BUYER));
        assertIllegal(() -> f.shop.orders().ship(o.outTradeNo(), "SF", "SF123456", "ann"));
        assertIllegal(() -> f.shop.payments().prepay(o.outTradeNo(), ShopFixture.BUYER));
        assertThat(f.shop.payments().onPayment(FakeShopPay.paid("EV-late", o.outTradeNo(), o.totalFen())))
                .isEqualTo(PaymentOutcome.FLAGGED);
        assertThat(f.status(o)).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void refundingBlocksASecondRefundAndShippingAndEndsRefundedOrPartially() {
        f = new ShopFixture("sm_refund");
        ShopOrder o = f.paidOrder(f.medium, 2); // 19800 fen
        String first = f.shop.refunds().refund(o.outTradeNo(), 5000, "one shirt damaged", "ann");
        assertThat(f.status(o)).isEqualTo(OrderStatus.REFUNDING);
        assertIllegal(() -> f.shop.refunds().refund(o.outTradeNo(), 100, "x", "ann"));
        assertIllegal(() -> f.shop.orders().ship(o.outTradeNo(), "SF", "SF123456", "ann"));
        f.shop.refunds().onRefund(FakeShopPay.refundResult("EV-R1", o.outTradeNo(), first, "SUCCESS", 5000, 19800));
        assertThat(f.status(o)).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
        assertIllegal(() -> f.shop.orders().ship(o.outTradeNo(), "SF", "SF123456", "ann"));
        assertThatThrownBy(() -> f.shop.refunds().refund(o.outTradeNo(), 14801, "too much", "ann"))
                .isInstanceOfSatisfying(ModuleException.class, e -> assertThat(e.is(ShopError.REFUND_NOT_ALLOWED)).isTrue());
        String second = f.shop.refunds().refund(o.outTradeNo(), 14800, "rest", "ann");
        f.shop.refunds().onRefund(FakeShopPay.refundResult("EV-R2", o.outTradeNo(), second, "SUCCESS", 14800, 19800));
        assertThat(f.shop.orders().get(o.outTradeNo())).satisfies(done -> {
            assertThat(done.status()).isEqualTo(OrderStatus.REFUNDED);
            assertThat(done.refundedFen()).isEqualTo(19800);
        });
        assertIllegal(() -> f.shop.refunds().refund(o.outTradeNo(), 1, "x", "ann"));
        assertThat(f.shop.orders().history(o.outTradeNo())).extracting(OrderEvent::to).containsExactly(OrderStatus.CREATED,
                OrderStatus.PAID, OrderStatus.REFUNDING, OrderStatus.PARTIALLY_REFUNDED, OrderStatus.REFUNDING, OrderStatus.REFUNDED);
    }

    @Test
    void aClosedRefundReturnsTheOrderToPaid() {
        f = new ShopFixture("sm_refund_closed");
        ShopOrder o = f.paidOrder(f.medium, 1);
        String no = f.shop.refunds().refund(o.outTradeNo(), 9900, "x", "ann");
        assertThat(f.shop.refunds().onRefund(FakeShopPay.refundResult("EV-C", o.outTradeNo(), no, "CLOSED", 9900, 9900)))
                .isEqualTo(PaymentOutcome.APPLIED);
        assertThat(f.shop.orders().get(o.outTradeNo())).satisfies(back -> {
            assertThat(back.status()).isEqualTo(OrderStatus.PAID);
            assertThat(back.refundedFen()).isZero();
        });
    }

    private static void assertIllegal(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ModuleException.class,
                e -> assertThat(e.is(ShopError.ILLEGAL_TRANSITION)).as(e.getMessage()).isTrue());
    }
}
