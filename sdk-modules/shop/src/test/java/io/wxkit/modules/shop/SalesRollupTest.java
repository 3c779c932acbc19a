package io.wxkit.modules.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.modules.common.CommonError;
import io.wxkit.modules.common.ModuleException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The daily sales come from the rollup that payments and refunds keep in their own transactions: they equal
 * what the orders say, day by day in the shop's zone (Asia/Shanghai), over a range, and after the migration's
 * backfill of an installation that already had sales.
 */
class SalesRollupTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final ShopFixture f = new ShopFixture("shopsalesrollup");

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void daysAndRangesAddUpPaymentsAndRefundsAcrossTheZonesMidnight() {
        Sku tea = f.shop.catalogue().publish(ProductDraft.of(f.shirt.categoryId(), "Tea", "green")
                .image(Image.url("https://cdn.example.com/tea.jpg")).sku("50 g", 3900, 1000), "ann").skus().get(0);
        LocalDate first = LocalDate.ofInstant(f.db.clock.instant(), SHANGHAI); // 10:00 in Shanghai
        f.paidOrder(tea, 2);                                    // day 1: 2 units, 7800
        f.advance(Duration.ofHours(13).plusMinutes(59));        // 23:59 Shanghai, still day 1
        ShopOrder late = f.paidOrder(tea, 1);                   // day 1: 1 unit, 3900
        f.advance(Duration.ofMinutes(2));                       // 00:01 of day 2
        f.paidOrder(tea, 3);                                    // day 2: 3 units, 11700
        f.pay.refundStatus = "SUCCESS";
        f.shop.refunds().refund(late.outTradeNo(), 1000, "dented", "ann"); // refunded on day 2
        f.advance(Duration.ofDays(2));                          // day 4: nothing on day 3
        f.paidOrder(tea, 1);

        List<SalesStatistics.DailySales> days = f.shop.statistics().between(first, first.plusDays(4));

        assertThat(days).containsExactly(
                new SalesStatistics.DailySales(first, 2, 3, 11700, 0),
                new SalesStatistics.DailySales(first.plusDays(1), 1, 3, 11700, 1000),
                new SalesStatistics.DailySales(first.plusDays(2), 0, 0, 0, 0),
                new SalesStatistics.DailySales(first.plusDays(3), 1, 1, 3900, 0),
                new SalesStatistics.DailySales(first.plusDays(4), 0, 0, 0, 0));
        assertThat(f.shop.statistics().of(first.plusDays(1))).isEqualTo(days.get(1));
        assertThat(days).isEqualTo(fromOrders(first, 5));
    }

    @Test
    void aRepeatedNotificationIsCountedOnce() {
        ShopOrder o = f.buy(f.medium, 1);
        f.shop.payments().prepay(o.outTradeNo(), ShopFixture.BUYER);
        f.shop.payments().onPayment(FakeShopPay.paid("EV-1", o.outTradeNo(), o.totalFen()));
        f.shop.payments().onPayment(FakeShopPay.paid("EV-1", o.outTradeNo(), o.totalFen()));
        f.shop.payments().onPayment(FakeShopPay.paid("EV-2", o.outTradeNo(), o.totalFen())); // a second event, same payment

        LocalDate day = LocalDate.ofInstant(f.db.clock.instant(), SHANGHAI);
        assertThat(f.shop.statistics().of(day)).isEqualTo(new SalesStatistics.DailySales(day, 1, 1, o.totalFen(), 0));
    }

    @Test
    void theMigrationsBackfillGivesWhatTheLiveRollupGives() throws IOException {
        Sku tea = f.shop.catalogue().publish(ProductDraft.of(f.shirt.categoryId(), "Tea", "green")
                .image(Image.url("https://cdn.example.com/tea.jpg")).sku("50 g", 3900, 1000), "ann").skus().get(0);
        LocalDate first = LocalDate.ofInstant(f.db.clock.instant(), SHANGHAI);
        for (int i = 0; i < 12; i++) {
            ShopOrder o = f.paidOrder(tea, 1 + i % 3);
            if (i % 4 == 0) {
                f.pay.refundStatus = "SUCCESS";
                f.shop.refunds().refund(o.outTradeNo(), 500, "x", "ann");
            }
            f.advance(Duration.ofHours(7));
        }
        List<SalesStatistics.DailySales> live = f.shop.statistics().between(first, first.plusDays(4));

        String[] backfill = migration().replaceAll("(?m)^--.*$", "").split(";");
        f.context.jdbi().useHandle(h -> {
            h.execute("DELETE FROM wxkit_shop_sales_rollup");
            Arrays.stream(backfill).map(String::strip).filter(s -> s.startsWith("INSERT")).forEach(h::execute);
        });

        assertThat(f.shop.statistics().between(first, first.plusDays(4))).isEqualTo(live).isEqualTo(fromOrders(first, 5));
    }

    @Test
    void aRangeIsOneToFourHundredDays() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertThatThrownBy(() -> f.shop.statistics().between(day, day.minusDays(1)))
                .isInstanceOfSatisfying(ModuleException.class, e -> assertThat(e.code()).isEqualTo(CommonError.INVALID_INPUT.name()));
        assertThatThrownBy(() -> f.shop.statistics().between(day, day.plusDays(400)))
                .isInstanceOfSatisfying(ModuleException.class, e -> assertThat(e.code()).isEqualTo(CommonError.INVALID_INPUT.name()));
        assertThat(f.shop.statistics().between(day, day.plusDays(399))).hasSize(400);
    }

    /** The reference: the same figures summed from the orders and refunds themselves. */
    private List<SalesStatistics.DailySales> fromOrders(LocalDate first, int days) {
        return java.util.stream.IntStream.range(0, days).mapToObj(first::plusDays).map(day -> {
            long from = day.atStartOfDay(SHANGHAI).toInstant().toEpochMilli();
            long to = day.plusDays(1).atStartOfDay(SHANGHAI).toInstant().toEpochMilli();
            return f.context.jdbi().withHandle(h -> new SalesStatistics.DailySales(day,
                    h.createQuery("SELECT COUNT(*) FROM wxkit_shop_order WHERE paid_at >= :f AND paid_at < :t").bind("f", from).bind("t", to)
                            .mapTo(Long.class).one(),
                    h.createQuery("SELECT COALESCE(SUM(i.quantity), 0) FROM wxkit_shop_order_item i JOIN wxkit_shop_order o ON o.id = i.order_id"
                            + " WHERE o.paid_at >= :f AND o.paid_at < :t").bind("f", from).bind("t", to).mapTo(Long.class).one(),
                    h.createQuery("SELECT COALESCE(SUM(total_fen), 0) FROM wxkit_shop_order WHERE paid_at >= :f AND paid_at < :t")
                            .bind("f", from).bind("t", to).mapTo(Long.class).one(),
                    h.createQuery("SELECT COALESCE(SUM(refund_fen), 0) FROM wxkit_shop_refund WHERE status = 'SUCCESS'"
                            + " AND finished_at >= :f AND finished_at < :t").bind("f", from).bind("t", to).mapTo(Long.class).one()));
        }).toList();
    }

    private static String migration() throws IOException {
        try (InputStream in = SalesRollupTest.class.getResourceAsStream("/db/wxkit/shop/V3__daily_sales_rollup.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
