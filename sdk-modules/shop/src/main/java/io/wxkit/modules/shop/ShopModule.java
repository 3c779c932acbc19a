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
 * ShopModule shop = ShopModule.create(context, WxPayShopPay.of(pay), Duration.ofMinutes(30));
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
     * @throws IllegalArgumentException if {@code payWithin} is not between 1 minute and 2 hours
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

    /** Categories, products, SKUs, shelf and stock. */
    public Catalogue catalogue() {
        return catalogue;
    }

    /** Carts per openid. */
    public Carts carts() {
        return carts;
    }

    /** Checkout, orders, shipping. */
    public Orders orders() {
        return orders;
    }

    /** Prepay, notifications, cancel, the timeout pass. */
    public Payments payments() {
        return payments;
    }

    /** Refunds. */
    public Refunds refunds() {
        return refunds;
    }

    /** The daily reconciliation against the trade bill. */
    public Reconciliation reconciliation() {
        return reconciliation;
    }

    /** Daily sales. */
    public SalesStatistics statistics() {
        return statistics;
    }
}
