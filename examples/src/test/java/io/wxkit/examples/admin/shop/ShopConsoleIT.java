package io.wxkit.examples.admin.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.examples.AppSuite;
import io.wxkit.examples.admin.AdminArea.Role;
import io.wxkit.examples.admin.Console;
import io.wxkit.examples.admin.audit.AuditLog;
import io.wxkit.examples.admin.staff.StaffAccounts;
import io.wxkit.examples.browser.Browser;
import io.wxkit.examples.modules.PhoneUser;
import io.wxkit.modules.shop.Address;
import io.wxkit.modules.shop.Checkout;
import io.wxkit.modules.shop.OrderStatus;
import io.wxkit.modules.shop.Product;
import io.wxkit.modules.shop.ProductDraft;
import io.wxkit.modules.shop.ShopModule;
import io.wxkit.modules.shop.ShopOrder;
import io.wxkit.modules.shop.Sku;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 22, 微商城: a shop manager changes a price and restocks, finds the paid orders by status, ships one, refunds
 * the other through WeChat Pay (the emulator, whose refund notification finishes it), and sees the day's sales chart.
 */
class ShopConsoleIT extends AppSuite {

    @Autowired
    StaffAccounts staff;
    @Autowired
    ShopModule shop;
    @Autowired
    AuditLog audit;

    @Test
    void aShopManagerRepricesRestocksShipsRefundsAndSeesTheSales() {
        // a product of this test's own: the seeded tea is what the phone-side shop suite buys at its seeded price
        long category = shop.catalogue().categories().get(0).id();
        Product mug = shop.catalogue().publish(ProductDraft.of(category, "后台测试马克杯", "console test").sku("白色", 2500, 10), "it");
        Sku sku = mug.skus().get(0);
        String[] manager = Console.staff(staff, "seller", Role.SHOP_MANAGER);

        try (Browser browser = Console.signIn(Browser.open(), appUrl(), manager)) {
            browser.get(appUrl() + "/admin/shop");
            type(browser.find(By.id("price-" + sku.id())), "25.5x");
            browser.find(By.id("reprice-" + sku.id())).click();
            assertThat(browser.find(By.cssSelector(".flash.error")).getText()).contains("68.50");
            assertThat(browser.find(By.id("price-" + sku.id())).getAttribute("value")).isEqualTo("25.5x");
            type(browser.find(By.id("price-" + sku.id())), "29.90");
            browser.find(By.id("reprice-" + sku.id())).click();
            assertThat(browser.find(By.cssSelector(".flash.ok")).getText()).contains("29.90");
            browser.find(By.id("delta-" + sku.id())).sendKeys("5");
            browser.find(By.id("restock-" + sku.id())).click();
            // the click reloads the page: wait for the new page's stock rather than read the page the click left
            browser.await(d -> "15".equals(d.findElement(By.id("stock-" + sku.id())).getText()));
            assertThat(shop.catalogue().product(mug.id()).skus().get(0).priceFen()).isEqualTo(2990);
            browser.screenshot("admin-shop-products");

            ShopOrder toShip = paidOrder(browser, sku, 2);
            ShopOrder toRefund = paidOrder(browser, sku, 1);
            browser.get(appUrl() + "/admin/shop/orders?from=2026-13-01");
            assertThat(browser.find(By.cssSelector("#order-filter #from")).getAttribute("class")).contains("invalid");
            assertThat(browser.find(By.cssSelector("#order-filter #from")).getAttribute("value")).isEqualTo("2026-13-01");
            browser.get(appUrl() + "/admin/shop/orders");
            browser.find(By.cssSelector("#status option[value='PAID']")).click();
            browser.find(By.id("filter")).click();
            browser.await(d -> d.findElements(By.cssSelector("#orders tr[data-order]")).stream()
                    .allMatch(r -> "PAID".equals(r.getAttribute("data-status"))));
            List<String> statuses = browser.driver().findElements(By.cssSelector("#orders tr[data-order]")).stream()
                    .map(r -> r.getAttribute("data-status")).distinct().toList();
            assertThat(statuses).containsExactly("PAID");
            assertThat(browser.find(By.id("orders")).getText()).contains(toShip.outTradeNo()).contains(toRefund.outTradeNo());
            browser.screenshot("admin-shop-orders");

            browser.find(By.linkText(toShip.outTradeNo())).click();
            browser.find(By.id("carrier")).sendKeys("顺丰速运");
            browser.find(By.id("trackingNo")).sendKeys("SF1234567890");
            browser.find(By.id("ship")).click();
            // the order page reloads with the new status: wait for it rather than read the page the click left
            browser.await(d -> "SHIPPED".equals(d.findElement(By.id("order-status")).getAttribute("data-status")));
            assertThat(browser.find(By.id("tracking")).getText()).contains("SF1234567890");

            browser.get(appUrl() + "/admin/shop/orders/" + toRefund.outTradeNo());
            browser.find(By.id("reason")).sendKeys("顾客不想要了");
            browser.find(By.id("refund")).click();
            assertThat(browser.find(By.cssSelector(".flash.ok")).getText()).contains("29.90");
            browser.await(d -> {
                d.navigate().refresh();
                return "REFUNDED".equals(d.findElement(By.id("order-status")).getAttribute("data-status"));
            });
            assertThat(browser.find(By.id("refunded")).getText()).isEqualTo("¥29.90");
            browser.screenshot("admin-shop-order");
            assertThat(shop.orders().get(toRefund.outTradeNo()).status()).isEqualTo(OrderStatus.REFUNDED);
            assertThat(audit.latest(manager[0], 10)).extracting(e -> e.action())
                    .contains("shop.reprice", "shop.restock", "shop.ship", "shop.refund");

            LocalDate today = LocalDate.now(OrderFilter.CHINA);
            browser.get(appUrl() + "/admin/shop/sales");
            browser.await(d -> "true".equals(d.findElement(By.id("chart-sales")).getAttribute("data-rendered")));
            assertThat(browser.find(By.cssSelector("#chart-sales canvas")).getSize().getHeight()).isGreaterThan(100);
            var sales = shop.statistics().of(today);
            assertThat(sales.paidOrders()).isGreaterThanOrEqualTo(2);
            String row = "#sales tr[data-day='" + today + "'] ";
            assertThat(browser.find(By.cssSelector(row + ".orders")).getText()).isEqualTo(String.valueOf(sales.paidOrders()));
            assertThat(browser.find(By.cssSelector(row + ".refunded")).getText()).isEqualTo(Yuan.format(sales.refundedFen()));
            browser.screenshot("admin-shop-sales");
        }
    }

    /** A buyer orders, prepays and pays in the emulator; WeChat Pay's notification marks the order paid. */
    private ShopOrder paidOrder(Browser browser, Sku sku, int quantity) {
        PhoneUser buyer = PhoneUser.follower(emulator, "后台买家");
        ShopOrder o = shop.orders().checkout(buyer.openid(), new Checkout(List.of(new Checkout.Line(sku.id(), quantity)),
                2990L * quantity, new Address("李四", "13800000001", "北京市朝阳区建国路 1 号")));
        shop.payments().prepay(o.outTradeNo(), buyer.openid());
        emulator.control().pay(o.outTradeNo());
        browser.await(d -> shop.orders().get(o.outTradeNo()).status() == OrderStatus.PAID);
        return shop.orders().get(o.outTradeNo());
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }
}
