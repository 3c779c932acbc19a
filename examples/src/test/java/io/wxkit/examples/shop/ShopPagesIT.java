package io.wxkit.examples.shop;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.examples.AppSuite;
import io.wxkit.examples.browser.Browser;
import io.wxkit.examples.modules.PhoneUser;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.shop.OrderStatus;
import io.wxkit.modules.shop.ShopModule;
import io.wxkit.modules.shop.ShopOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shop scenario: buy a product, pay in the emulator's pay sheet, see the order paid (WeChat Pay's notification
 * reached {@code /wx/pay/notify}), and refund it.
 */
class ShopPagesIT extends AppSuite {
    private static Browser browser;

    @Autowired
    ShopModule shop;

    @BeforeAll
    static void open() {
        browser = Browser.open();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void buyPayInThePaySheetSeeItPaidAndRefundIt() {
        PhoneUser user = PhoneUser.follower(emulator, "买茶的居民");
        user.open(browser, appUrl(), "/shop");
        browser.find(By.xpath("//a[contains(@class,'product')][.//strong[text()='明前龙井']]")).click();
        browser.find(By.id("add")).click();
        assertThat(browser.find(By.id("total")).getText()).isEqualTo("¥68.00");

        // a mistyped phone: the field says so, the rest stays as typed
        browser.find(By.id("receiver")).sendKeys("张三");
        browser.find(By.id("phone")).sendKeys("12345");
        browser.find(By.id("address")).sendKeys("上海市浦东新区世纪大道 1 号");
        browser.find(By.id("place-order")).click();
        assertThat(browser.find(By.id("error-phone")).getText()).contains("11 位");
        assertThat(browser.find(By.id("receiver")).getAttribute("value")).isEqualTo("张三");
        assertThat(browser.find(By.id("address")).getAttribute("value")).isEqualTo("上海市浦东新区世纪大道 1 号");
        browser.find(By.id("phone")).clear();
        browser.find(By.id("phone")).sendKeys("13800000000");
        browser.find(By.id("place-order")).click();

        String no = browser.find(By.id("order-no")).getText();
        assertThat(status()).isEqualTo("CREATED");
        browser.find(By.id("pay")).click();
        assertThat(browser.find(By.id("open-pay-sheet")).getAttribute("href")).contains(user.openid());

        // the buyer's phone: WeChat Pay's sheet for the prepaid order
        browser.get(emulatorUrl() + "/emulator/?appId=" + PhoneUser.SERVICE_APP_ID + "&openid=" + user.openid());
        browser.await(d -> d.findElement(By.id("pay-sheet")).isDisplayed());
        assertThat(browser.find(By.id("pay-amount")).getText()).isEqualTo("¥68.00");
        browser.screenshot("shop-pay-sheet");
        browser.find(By.id("pay-confirm")).click();
        browser.await(d -> !d.findElement(By.id("pay-sheet")).isDisplayed());

        browser.get(appUrl() + "/shop/orders/" + no);
        assertThat(status()).isEqualTo("PAID");
        assertThat(shop.orders().get(no).transactionId()).isNotBlank();
        browser.screenshot("shop-paid");

        browser.find(By.id("refund")).click();
        assertThat(browser.find(By.id("error-reason")).getText()).contains("退款原因");
        browser.find(By.id("reason")).sendKeys("买多了");
        browser.find(By.id("refund")).click();
        assertThat(browser.find(By.cssSelector(".flash.ok")).getText()).contains("退款");
        // the refund finishes when WeChat Pay's REFUND.SUCCESS notification has been applied
        browser.await(d -> {
            d.navigate().refresh();
            return "REFUNDED".equals(d.findElement(By.id("order-status")).getAttribute("data-status"));
        });
        ShopOrder refunded = shop.orders().get(no);
        assertThat(refunded.status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(refunded.refundedFen()).isEqualTo(6800);
        browser.get(appUrl() + "/shop/orders");
        assertThat(browser.find(By.id("orders")).getText()).contains("REFUNDED");
        assertThat(shop.orders().of(user.openid(), PageRequest.first(10)).items()).hasSize(1);
        browser.get(appUrl() + "/shop/orders/" + no);
        browser.screenshot("shop-refunded");
    }

    private String status() {
        return browser.find(By.id("order-status")).getAttribute("data-status");
    }
}
