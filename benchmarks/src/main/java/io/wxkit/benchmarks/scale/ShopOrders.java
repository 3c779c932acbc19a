package io.wxkit.benchmarks.scale;

import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.Page;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.shop.OrderStatus;
import io.wxkit.modules.shop.SalesStatistics.DailySales;
import io.wxkit.modules.shop.ShopModule;
import io.wxkit.modules.shop.ShopOrder;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * Shop orders, one item each, {@value #PER_DAY} a day from 2025-01-01 UTC (10 M orders = one year: the
 * table grows by history, a day's volume stays the same); every hundredth order belongs to one heavy
 * buyer, the rest to {@value #BUYERS} buyers at random; one in twenty is cancelled unpaid, the others
 * paid a minute after checkout. Read through {@code ShopModule}: the buyer's orders by keyset, the order
 * by {@code out_trade_no} and the day's sales statistics (the admin console's reads).
 */
final class ShopOrders implements Dataset {
    static final int PER_DAY = 27_400;
    static final int BUYERS = 1_000_000;
    static final String HEAVY_BUYER = "oheavybuyer000000000000000000";
    static final long T0 = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
    private static final long DAY = 86_400_000L;
    private final DataSource ds;
    private final CopyLoader copy;
    private final ShopModule shop;
    private final SqlCapture capture;

    ShopOrders(DataSource ds) throws SQLException {
        this.ds = ds;
        ModuleContext context = ModuleContext.builder(ds).zone(ZoneOffset.UTC).build();
        this.shop = ShopModule.create(context, new ReadOnlyShopPay(), Duration.ofMinutes(30));
        this.capture = SqlCapture.on(context.jdbi());
        this.copy = new CopyLoader(ds, 250_000);
    }

    @Override
    public String name() {
        return "shop";
    }

    @Override
    public long rows() throws SQLException {
        return copy.loaded("shop.orders");
    }

    @Override
    public SqlCapture capture() {
        return capture;
    }

    @Override
    public void loadUpTo(long rows) throws SQLException {
        copy.reserveIds("wxkit_shop_order");
        copy.reserveIds("wxkit_shop_order_item");
        copy.loadUpTo("shop.orders", rows, List.of(
                new CopyLoader.Table("COPY wxkit_shop_order (id, out_trade_no, openid, status, total_fen, refunded_fen,"
                        + " receiver, phone, address, created_at, expires_at, prepaid, paid_at, transaction_id, carrier,"
                        + " tracking_no) FROM STDIN", ShopOrders::order),
                new CopyLoader.Table("COPY wxkit_shop_order_item (id, order_id, sku_id, title, spec, price_fen, quantity)"
                        + " FROM STDIN", (i, out) -> out.append(i).append('\t').append(i).append('\t').append(1 + i % 500)
                        .append("\tProduct ").append(1 + i % 500).append("\tDefault\t").append(price(i)).append("\t1\n"))));
        rebuildSalesRollup();
        // vacuumed, not only analysed: the visibility map lets the planner choose index-only scans (autovacuum's job
        // on a live shop), and the planner will not choose them before
        copy.vacuumAnalyze("wxkit_shop_order", "wxkit_shop_order_item", "wxkit_shop_sales_rollup");
    }

    /**
     * COPY writes orders behind the shop's back, so the daily-sales rollup that payments keep (shop migration V3) is
     * rebuilt from them with the migration's own backfill statements: the figures measured are the ones a shop that
     * took these payments one by one would hold.
     */
    private void rebuildSalesRollup() throws SQLException {
        String migration;
        try (java.io.InputStream in = ShopModule.class.getResourceAsStream("/db/wxkit/shop/V3__daily_sales_rollup.sql")) {
            migration = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | NullPointerException e) {
            throw new SQLException("the shop's V3 migration is not on the classpath", e);
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("DELETE FROM wxkit_shop_sales_rollup");
            for (String statement : migration.replaceAll("(?m)^--.*$", "").split(";")) {
                String sql = statement.strip();
                if (sql.startsWith("INSERT")) {
                    s.execute(sql);
                }
            }
            c.commit();
        }
    }

    private static void order(long i, StringBuilder out) {
        long created = created(i);
        boolean cancelled = i % 20 == 0;
        out.append(i).append('\t').append(outTradeNo(i)).append('\t').append(buyer(i)).append('\t')
                .append(cancelled ? "CANCELLED" : "COMPLETED").append('\t').append(price(i)).append("\t0\tZhang San\t")
                .append("13800000000\tNo. ").append(i % 999).append(" Example Road, Shanghai\t").append(created).append('\t')
                .append(created + 30 * 60_000L).append("\tt\t");
        if (cancelled) {
            out.append("\\N\t\\N");
        } else {
            out.append(created + 60_000L).append('\t').append(Mix.id("4200", i, 24));
        }
        out.append("\t\\N\t\\N\n");
    }

    static long created(long i) {
        return T0 + (i - 1) * DAY / PER_DAY;
    }

    static String outTradeNo(long i) {
        return Mix.id("T", i, 12);
    }

    static String buyer(long i) {
        return i % 100 == 0 ? HEAVY_BUYER : Mix.id("os", Mix.below(i, 11, BUYERS), 8);
    }

    static long price(long i) {
        return 100 + Mix.below(i, 12, 50_000);
    }

    @Override
    public List<Operation> operations() throws SQLException {
        long loaded = rows();
        long mid = Math.max(1, loaded / 2) | 1; // odd: not the heavy buyer's, not cancelled
        String typical = buyer(mid);
        long heavyOrders = loaded / 100;
        int page = (int) Math.min(100, Math.max(2, heavyOrders / 20 - 1));
        String cursor = Long.toString(idAt("SELECT id FROM wxkit_shop_order WHERE openid = '" + HEAVY_BUYER
                + "' ORDER BY id DESC OFFSET " + ((long) (page - 1) * 20 - 1) + " LIMIT 1"), 36);
        String number = outTradeNo(mid);
        LocalDate day = Instant.ofEpochMilli(created(mid)).atZone(ZoneOffset.UTC).toLocalDate();
        // the month ends on a day with 30 days of orders before it at every size (at 1 M the middle day is only the
        // 19th): the same 31 days of rollup at 1 M and 10 M, so the growth compares the table, not the window
        // (a data set under 31 days, the smoke test's, ends the month on its last day)
        LocalDate firstDay = Instant.ofEpochMilli(T0).atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate lastDay = Instant.ofEpochMilli(created(loaded)).atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate monthEnd = day.isBefore(firstDay.plusDays(30)) ? firstDay.plusDays(30) : day;
        LocalDate end = monthEnd.isAfter(lastDay) ? lastDay : monthEnd;
        List<Operation> buyerAndSales = List.of(
                new Operation("shop: my orders page 1 (typical buyer)", () -> {
                    Page<ShopOrder> p = shop.orders().of(typical, PageRequest.first(20));
                    Dataset.require(!p.items().isEmpty() && p.items().get(0).openid().equals(typical), "the buyer's orders");
                    return p;
                }),
                new Operation("shop: my orders page 1 (buyer with " + heavyOrders + " orders)",
                        () -> full(shop.orders().of(HEAVY_BUYER, PageRequest.first(20)), ShopOrders::heavyBuyers)),
                new Operation("shop: my orders page " + page + " (same buyer, keyset)",
                        () -> full(shop.orders().of(HEAVY_BUYER, PageRequest.after(cursor, 20)), ShopOrders::heavyBuyers)),
                new Operation("shop: admin order by out_trade_no", () -> {
                    ShopOrder o = shop.orders().get(number);
                    Dataset.require(o.outTradeNo().equals(number) && o.items().size() == 1, "the order and its item");
                    return o;
                }),
                new Operation("shop: admin daily sales " + day, () -> {
                    DailySales s = shop.statistics().of(day);
                    Dataset.require(s.paidOrders() > 0 && s.unitsSold() == s.paidOrders(), "a day's paid orders");
                    return s;
                }),
                new Operation("shop: admin daily sales, the 31 days to " + end, () -> {
                    List<DailySales> month = shop.statistics().between(end.minusDays(30), end);
                    Dataset.require(month.size() == 31 && month.stream().allMatch(s -> s.unitsSold() == s.paidOrders()
                            && (s.paidOrders() > 0 || s.day().isBefore(firstDay))), "31 days, each in the data with paid orders");
                    return month;
                }));
        List<Operation> all = new ArrayList<>(buyerAndSales);
        all.addAll(adminSearch(day));
        return all;
    }

    /**
     * The seller's order list ({@code orders().search}): the newest orders, one day's (the middle day: half the
     * history is newer), the next page of that day by keyset, and that day's cancelled orders (1 in 20).
     */
    private List<Operation> adminSearch(LocalDate day) {
        Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = from.plus(Duration.ofDays(1));
        String second = shop.orders().search(null, from, to, PageRequest.first(20)).next().orElseThrow();
        return List.of(
                new Operation("shop: admin search, newest orders page 1", () -> full(
                        shop.orders().search(null, null, null, PageRequest.first(20)), o -> true)),
                new Operation("shop: admin search, one day's orders page 1", () -> full(
                        shop.orders().search(null, from, to, PageRequest.first(20)), o -> within(o, from, to))),
                new Operation("shop: admin search, one day's orders page 2 (keyset)", () -> full(
                        shop.orders().search(null, from, to, PageRequest.after(second, 20)), o -> within(o, from, to))),
                new Operation("shop: admin search, one day's cancelled orders page 1", () -> full(
                        shop.orders().search(OrderStatus.CANCELLED, from, to, PageRequest.first(20)),
                        o -> within(o, from, to) && o.status() == OrderStatus.CANCELLED)));
    }

    private static boolean within(ShopOrder o, Instant from, Instant to) {
        return !o.createdAt().isBefore(from) && o.createdAt().isBefore(to);
    }

    private static Page<ShopOrder> full(Page<ShopOrder> page, Predicate<ShopOrder> wanted) {
        Dataset.require(page.items().size() == 20 && page.items().stream().allMatch(wanted)
                && page.items().stream().allMatch(o -> o.items().size() == 1), "a full page of the orders asked for");
        return page;
    }

    private static boolean heavyBuyers(ShopOrder o) {
        return o.openid().equals(HEAVY_BUYER);
    }

    private long idAt(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            Dataset.require(rs.next(), sql);
            return rs.getLong(1);
        }
    }
}
