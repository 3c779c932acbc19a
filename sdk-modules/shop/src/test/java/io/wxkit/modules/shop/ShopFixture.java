package io.wxkit.modules.shop;

import io.wxkit.modules.common.ModuleContext;
import io.wxkit.modules.common.testkit.ModuleTestContext;
import java.time.Duration;
import java.util.List;

/** A shop on a fresh H2 database with the scripted WeChat Pay, a hand-moved clock and one product of two SKUs. */
final class ShopFixture implements AutoCloseable {
    static final String BUYER = "oBuyer000001";
    static final Address HOME = new Address("张三", "+86 138-0000-0000", "上海市浦东新区世纪大道 1 号");
    final ModuleTestContext db;
    final ModuleContext context;
    final FakeShopPay pay = new FakeShopPay();
    final ShopModule shop;
    final Product shirt;
    final Sku medium;
    final Sku large;

    ShopFixture(String name) {
        db = new ModuleTestContext(name);
        context = db.build();
        shop = ShopModule.create(context, pay, Duration.ofMinutes(30));
        Category c = shop.catalogue().createCategory("Clothes", 1, "ann");
        shirt = shop.catalogue().publish(ProductDraft.of(c.id(), "T-shirt", "100% cotton")
                .image(Image.url("https://cdn.example.com/t.jpg")).image(Image.mediaId("MEDIA_abc-1"))
                .sku("颜色:白;尺码:M", 9900, 5).sku("颜色:白;尺码:L", 10900, 2), "ann");
        medium = shirt.skus().get(0);
        large = shirt.skus().get(1);
    }

    ShopOrder buy(Sku sku, int quantity) {
        return shop.orders().checkout(BUYER, new Checkout(List.of(new Checkout.Line(sku.id(), quantity)), sku.priceFen() * quantity, HOME));
    }

    ShopOrder paidOrder(Sku sku, int quantity) {
        ShopOrder o = buy(sku, quantity);
        shop.payments().prepay(o.outTradeNo(), BUYER);
        shop.payments().onPayment(FakeShopPay.paid("EV-" + o.outTradeNo(), o.outTradeNo(), o.totalFen()));
        return shop.orders().get(o.outTradeNo());
    }

    int stock(Sku sku) {
        return shop.catalogue().product(sku.productId()).skus().stream().filter(s -> s.id() == sku.id()).findFirst().orElseThrow().stock();
    }

    OrderStatus status(ShopOrder o) {
        return shop.orders().get(o.outTradeNo()).status();
    }

    void advance(Duration d) {
        db.clock.advance(d);
    }

    @Override
    public void close() {
        db.close();
    }
}
