package io.wxkit.modules.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.RateLimits;
import io.wxkit.modules.common.testkit.Race;
import io.wxkit.modules.common.testkit.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 500 buyers on the last 10 units at once on H2, PostgreSQL and MariaDB (database {@code wxkit_shop}, 25
 * connections): exactly 10 orders reserve stock, then each is notified twice concurrently and exactly 10 are paid.
 */
class ShopOversellRaceIT {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void fiveHundredBuyersOnTenItemsEndInExactlyTenPaidOrders(TestDatabase db) throws Exception {
        try (HikariDataSource ds = db.fresh("wxkit_shop", 25)) {
            ModuleContext context = ModuleContext.builder(ds).rateLimits(RateLimits.perMinute(10_000, 10_000)).build();
            FakeShopPay pay = new FakeShopPay();
            ShopModule shop = ShopModule.create(context, pay, Duration.ofMinutes(30));
            Category c = shop.catalogue().createCategory("Limited", 1, "ann");
            Sku sku = shop.catalogue().publish(ProductDraft.of(c.id(), "Limited mug", "").sku("默认", 4900, 10), "ann").skus().get(0);

            List<Race.Outcome<ShopOrder>> bought = Race.run(500, Duration.ofMinutes(3), i -> () -> shop.orders().checkout(
                    "oRaceBuyer" + String.format("%04d", i), new Checkout(List.of(new Checkout.Line(sku.id(), 1)), 4900, ShopFixture.HOME)));
            Map<String, Long> codes = bought.stream().collect(Collectors.groupingBy(o -> o.ok() ? "ORDERED"
                    : o.error() instanceof ModuleException m ? m.code() : o.error().toString(), Collectors.counting()));
            assertThat(codes).as("%s", codes).containsExactlyInAnyOrderEntriesOf(Map.of("ORDERED", 10L, "OUT_OF_STOCK", 490L));

            List<ShopOrder> orders = bought.stream().filter(Race.Outcome::ok).map(Race.Outcome::value).toList();
            List<Race.Outcome<PaymentOutcome>> paid = Race.run(20, Duration.ofMinutes(2), i -> () -> shop.payments().onPayment(
                    FakeShopPay.paid("EV-" + orders.get(i % 10).outTradeNo(), orders.get(i % 10).outTradeNo(), 4900)));
            assertThat(paid).allSatisfy(o -> assertThat(o.ok()).as("%s", o.error()).isTrue());
            assertThat(paid.stream().filter(o -> o.value() == PaymentOutcome.APPLIED)).hasSize(10);

            Jdbi jdbi = context.jdbi();
            assertThat(count(jdbi, "SELECT COUNT(*) FROM wxkit_shop_order WHERE status = 'PAID'")).isEqualTo(10);
            assertThat(count(jdbi, "SELECT COUNT(*) FROM wxkit_shop_order")).isEqualTo(10);
            assertThat(count(jdbi, "SELECT stock FROM wxkit_shop_sku WHERE id = " + sku.id())).isZero();
            assertThat(count(jdbi, "SELECT COUNT(*) FROM wxkit_shop_order_event WHERE to_status = 'PAID'")).isEqualTo(10);
        }
    }

    private static long count(Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
