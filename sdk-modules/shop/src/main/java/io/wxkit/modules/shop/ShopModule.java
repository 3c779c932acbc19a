package io.wxkit.modules.shop;

import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.ModuleDatabase;
import io.wxkit.modules.common.internal.db.Transactions;
import java.time.Duration;
import java.util.Objects;

/**
 * The shop module (微电商): catalogue with SKUs, carts, checkout with price re-check, orders with an
 * explicit state machine ({@link OrderStatus}), stock reserved at checkout and never oversold, JSAPI
 * payment, refunds, the timeout pass, the daily reconciliation against the trade bill and daily sales.
 *
 * <pre>{@code
 * ShopModule shop = ShopModule.create(context, WxPayShopPay.of(pay, notifyUrl), Duration.ofMinutes(30));
 * ShopOrder o = shop.orders().checkout(openid, checkout);
 * Map<String, String> params = shop.payments().prepay(o.outTradeNo(), openid);
 * }</pre>
 *
 * <p>Immutable and thread-safe; create one per application.
 */
public final class ShopModule {
    /** The module name: migrations in {@code db/wxkit/shop}, history in {@code wxkit_shop_schema_history}. */
    public static final String NAME = "shop";
    private final Catalogue catalogue;
    private final Carts carts;
    private final Orders orders;
    private final Payments payments;
    private final Refunds refunds;
    private final Reconciliation reconciliation;
    private final SalesStatistics statistics;

    private ShopModule(ModuleContext context, ShopPay pay, Duration payWithin) {
        Transactions tx = Transactions.on(context.jdbi());
        OrderRows rows = new OrderRows(context.clock());
        this.catalogue = new Catalogue(context, tx);
        this.carts = new Carts(context, tx);
        this.orders = new Orders(context, tx, rows, payWithin);
        this.refunds = new Refunds(context, tx, rows, pay);
        this.payments = new Payments(context, tx, rows, orders, refunds, pay);
        this.reconciliation = new Reconciliation(context, pay);
        this.statistics = new SalesStatistics(context);
    }

    /**
     * Applies the shop migrations and returns the module; unpaid orders are cancelled {@code payWithin}
     * after checkout (WeChat Pay's {@code time_expire} says the same).
     *
     * @param context the database, clock, zone and WeChat hooks the module uses; not null
     * @param pay the WeChat Pay side, e.g. {@code WxPayShopPay.of(pay, notifyUrl)}; not null
     * @param payWithin how long an order may stay unpaid, 1 minute to 2 hours
     * @return the module
     * @throws IllegalArgumentException if {@code payWithin} is not between 1 minute and 2 hours
     * @throws NullPointerException if an argument is null
     */
    public static ShopModule create(ModuleContext context, ShopPay pay, Duration payWithin) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(pay, "pay");
        if (payWithin.compareTo(Duration.ofMinutes(1)) < 0 || payWithin.compareTo(Duration.ofHours(2)) > 0) {
            throw new IllegalArgumentException("payWithin must be 1 minute to 2 hours (a prepay_id lives two hours)");
        }
        ModuleDatabase.migrate(context.dataSource(), NAME);
        return new ShopModule(context, pay, payWithin);
    }

    /**
     * Categories, products, SKUs, shelf and stock.
     *
     * <p>{@code Product p = shop.catalogue().product(productId);}
     *
     * @return the catalogue API (one instance per module)
     */
    public Catalogue catalogue() {
        return catalogue;
    }

    /**
     * Carts per openid.
     *
     * <p>{@code shop.carts().put(openid, skuId, 2);}
     *
     * @return the carts API (one instance per module)
     */
    public Carts carts() {
        return carts;
    }

    /**
     * Checkout, orders, shipping.
     *
     * <p>{@code ShopOrder o = shop.orders().get(outTradeNo);}
     *
     * @return the orders API (one instance per module)
     */
    public Orders orders() {
        return orders;
    }

    /**
     * Prepay, notifications, cancel, the timeout pass.
     *
     * <p>{@code NotificationAnswer a = shop.payments().handle(headers, body);}
     *
     * @return the payments API (one instance per module)
     */
    public Payments payments() {
        return payments;
    }

    /**
     * Refunds.
     *
     * <p>{@code String outRefundNo = shop.refunds().refund(outTradeNo, 500, "damaged", "ann");}
     *
     * @return the refunds API (one instance per module)
     */
    public Refunds refunds() {
        return refunds;
    }

    /**
     * The daily reconciliation against the trade bill.
     *
     * <p>{@code List<Reconciliation.Difference> d = shop.reconciliation().reconcile(LocalDate.now().minusDays(1));}
     *
     * @return the reconciliation API (one instance per module)
     */
    public Reconciliation reconciliation() {
        return reconciliation;
    }

    /**
     * Daily sales.
     *
     * <p>{@code SalesStatistics.DailySales today = shop.statistics().of(LocalDate.now());}
     *
     * @return the sales statistics API (one instance per module)
     */
    public SalesStatistics statistics() {
        return statistics;
    }
}
