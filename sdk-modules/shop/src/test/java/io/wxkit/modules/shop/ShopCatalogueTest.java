package io.wxkit.modules.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.pay.bill.TradeBillRow;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Catalogue, cart, checkout rules, reconciliation against the bill and daily sales. */
class ShopCatalogueTest {
    private ShopFixture f;

    @BeforeEach
    void setUp() {
        f = new ShopFixture("catalogue");
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void aPublishedProductKeepsItsImagesAndSkusAndListsWhileOnShelf() {
        Product p = f.shop.catalogue().product(f.shirt.id());
        assertThat(p.images()).containsExactly(Image.url("https://cdn.example.com/t.jpg"), Image.mediaId("MEDIA_abc-1"));
        assertThat(p.skus()).extracting(Sku::spec, Sku::priceFen, Sku::stock)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("颜色:白;尺码:M", 9900L, 5), org.assertj.core.groups.Tuple.tuple("颜色:白;尺码:L", 10900L, 2));
        assertThat(f.shop.catalogue().onShelf(p.categoryId())).hasSize(1);
        f.shop.catalogue().shelve(p.id(), false, "ann");
        assertThat(f.shop.catalogue().onShelf(p.categoryId())).isEmpty();
        assertCode(() -> f.buy(f.medium, 1), ShopError.OFF_SHELF);
        assertCode(() -> Image.url("http://insecure.example.com/a.jpg"), CommonError.INVALID_INPUT);
        assertCode(() -> ProductDraft.of(p.categoryId(), "x", "").sku("M", 100, 1).sku("M", 200, 1), CommonError.INVALID_INPUT);
    }

    @Test
    void aPriceChangeSinceThePageWasShownIsRefused() {
        f.shop.catalogue().reprice(f.medium.id(), 8900, "ann");
        assertCode(() -> f.buy(f.medium, 1), ShopError.PRICE_CHANGED); // the page showed 9900
        assertThat(f.stock(f.medium)).isEqualTo(5);
        ShopOrder o = f.shop.orders().checkout(ShopFixture.BUYER,
                new Checkout(List.of(new Checkout.Line(f.medium.id(), 1)), 8900, ShopFixture.HOME));
        f.shop.payments().prepay(o.outTradeNo(), ShopFixture.BUYER);
        assertThat(f.pay.prepaid).singleElement().satisfies(p -> assertThat(p.totalFen()).isEqualTo(8900));
    }

    @Test
    void aRepriceKeepsAPublishedPriceInRangeAndAnOrderWithinWhatWeChatPayCanCarry() {
        assertCode(() -> f.shop.catalogue().reprice(f.medium.id(), 100_000_000_01L, "ann"), CommonError.INVALID_INPUT);
        assertCode(() -> f.shop.catalogue().reprice(f.medium.id(), 0, "ann"), CommonError.INVALID_INPUT);
        assertThat(f.shop.catalogue().product(f.shirt.id()).skus().get(0).priceFen()).isEqualTo(9900);

        f.shop.catalogue().reprice(f.large.id(), 100_000_000_00L, "ann"); // the most a SKU may cost: 100 million yuan
        f.shop.catalogue().restock(f.large.id(), 1, "ann");
        Sku large = f.shop.catalogue().product(f.shirt.id()).skus().get(1);
        assertCode(() -> f.buy(large, 1), CommonError.INVALID_INPUT); // above WeChat Pay's int amount.total
        assertThat(f.stock(large)).isEqualTo(3); // nothing reserved
        assertThat(f.pay.prepaid).isEmpty();
    }

    @Test
    void aCheckoutReservesAllLinesOrNoneAndEmptiesTheCartLines() {
        f.shop.carts().put(ShopFixture.BUYER, f.medium.id(), 2);
        f.shop.carts().put(ShopFixture.BUYER, f.large.id(), 3);
        assertThat(f.shop.carts().lines(ShopFixture.BUYER)).extracting(Carts.CartLine::amountFen).containsExactly(19800L, 32700L);
        Checkout tooMany = new Checkout(List.of(new Checkout.Line(f.medium.id(), 2), new Checkout.Line(f.large.id(), 3)), 52500, ShopFixture.HOME);
        assertCode(() -> f.shop.orders().checkout(ShopFixture.BUYER, tooMany), ShopError.OUT_OF_STOCK);
        assertThat(f.stock(f.medium)).isEqualTo(5); // the first line's reservation rolled back with the second's failure
        f.shop.carts().put(ShopFixture.BUYER, f.large.id(), 2);
        ShopOrder o = f.shop.orders().checkout(ShopFixture.BUYER,
                new Checkout(List.of(new Checkout.Line(f.medium.id(), 2), new Checkout.Line(f.large.id(), 2)), 41600, ShopFixture.HOME));
        assertThat(o.items()).hasSize(2);
        assertThat(o.status()).isEqualTo(OrderStatus.CREATED);
        assertThat(f.stock(f.medium)).isEqualTo(3);
        assertThat(f.stock(f.large)).isZero();
        assertThat(f.shop.carts().lines(ShopFixture.BUYER)).isEmpty();
        assertThat(f.shop.orders().of(ShopFixture.BUYER, PageRequest.first(10)).items()).extracting(ShopOrder::outTradeNo)
                .containsExactly(o.outTradeNo());
        assertCode(() -> new Address("", "123", "x"), CommonError.INVALID_INPUT);
    }

    @Test
    void theReconciliationReportsEveryDifferenceAndTheDailySalesAddUp() {
        ShopOrder ok = f.paidOrder(f.medium, 1);
        ShopOrder missing = f.paidOrder(f.medium, 1);
        ShopOrder other = f.paidOrder(f.large, 1);
        f.pay.refundStatus = "SUCCESS";
        String refund = f.shop.refunds().refund(ok.outTradeNo(), 900, "x", "ann");
        LocalDate day = LocalDate.ofInstant(f.db.clock.instant(), ZoneId.of("Asia/Shanghai"));
        f.pay.bill = List.of(row(ok.outTradeNo(), "SUCCESS", 9900, null, 0), row(other.outTradeNo(), "SUCCESS", 100, null, 0),
                row("S99999999999999999999", "SUCCESS", 500, null, 0), row(ok.outTradeNo(), "REFUND", 0, refund, 900),
                row(ok.outTradeNo(), "REFUND", 0, "RUNKNOWN-1", 300));
        assertThat(f.shop.reconciliation().reconcile(day)).containsExactly(
                new Reconciliation.Difference(Reconciliation.Difference.Kind.PAID_HERE_NOT_IN_BILL, missing.outTradeNo(), 9900, 0),
                new Reconciliation.Difference(Reconciliation.Difference.Kind.IN_BILL_NOT_PAID_HERE, "S99999999999999999999", 0, 500),
                new Reconciliation.Difference(Reconciliation.Difference.Kind.AMOUNT_DIFFERS, other.outTradeNo(), 10900, 100),
                new Reconciliation.Difference(Reconciliation.Difference.Kind.REFUND_IN_BILL_NOT_HERE, "RUNKNOWN-1", 0, 300));
        SalesStatistics.DailySales sales = f.shop.statistics().of(day);
        assertThat(sales).isEqualTo(new SalesStatistics.DailySales(day, 3, 3, 9900 + 9900 + 10900, 900));
        assertThat(sales.netFen()).isEqualTo(29800);
        assertThat(f.shop.statistics().of(day.plusDays(1)).paidOrders()).isZero();
    }

    private static TradeBillRow row(String outTradeNo, String state, long totalFen, String outRefundNo, long refundFen) {
        return new TradeBillRow(null, FakeShopPay.APP_ID, FakeShopPay.MCH_ID, null, null, "4200" + outTradeNo, outTradeNo, "oBuyer000001",
                "JSAPI", state, "OTHERS", "CNY", totalFen, 0, outRefundNo == null ? null : "50" + outRefundNo, outRefundNo, refundFen, 0,
                outRefundNo == null ? null : "ORIGINAL", outRefundNo == null ? null : "SUCCESS", "T-shirt", null, 0, "0.60%", totalFen, refundFen,
                null, Map.of());
    }

    private static void assertCode(Runnable action, io.wxkit.modules.common.ErrorCode code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ModuleException.class, e -> assertThat(e.is(code)).as(e.getMessage()).isTrue());
    }
}
