package io.wxkit.examples.admin.menu;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.examples.AppSuite;
import io.wxkit.examples.admin.AdminAccounts;
import io.wxkit.examples.admin.AdminArea.Role;
import io.wxkit.examples.admin.Console;
import io.wxkit.examples.admin.staff.StaffAccounts;
import io.wxkit.examples.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 22: edit the menu (a limit is refused next to its field), publish it, and see it in the emulator's phone. */
class MenuEditorIT extends AppSuite {

    @Autowired
    StaffAccounts staff;
    @Autowired
    AdminAccounts accounts;

    @Test
    void aPublishedMenuShowsInThePhone() {
        String appId = accounts.all().stream().filter(a -> a.name().equals("sub")).findFirst().orElseThrow().appId();
        String openid = emulator.control().user(appId, "看菜单的人").openid();
        emulator.control().follow(openid);
        String[] operator = Console.staff(staff, "menu", Role.OPERATOR);

        try (Browser browser = Console.signIn(Browser.open(), appUrl(), operator)) {
            browser.get(appUrl() + "/admin/menu?app=" + appId);
            type(browser.find(By.id("t0-name")), "本周活动预告一览表");  // 27 bytes: over the 16 of a top button
            new Select(browser.find(By.id("t0-type"))).selectByValue("click");
            type(browser.find(By.id("t0-value")), "ADMIN_EVENTS");
            type(browser.find(By.id("t1-name")), "服务");
            new Select(browser.find(By.id("t1-type"))).selectByValue("sub");
            type(browser.find(By.id("t1-s0-name")), "官网");
            new Select(browser.find(By.id("t1-s0-type"))).selectByValue("view");
            type(browser.find(By.id("t1-s0-value")), "example.com/no-scheme");
            type(browser.find(By.id("t2-name")), "");
            new Select(browser.find(By.id("t2-type"))).selectByValue("");
            browser.find(By.id("publish-menu")).click();

            assertThat(browser.find(By.id("t0-name-error")).getText()).contains("16");
            assertThat(browser.find(By.id("t0-name")).getAttribute("value")).isEqualTo("本周活动预告一览表");
            assertThat(browser.driver().getPageSource()).contains("http:// 或 https://");

            type(browser.find(By.id("t0-name")), "本周活动");
            type(browser.find(By.id("t1-s0-value")), "https://example.com/");
            browser.find(By.id("publish-menu")).click();
            assertThat(browser.find(By.cssSelector(".flash.ok")).getText()).contains("菜单已发布");
            assertThat(browser.find(By.id("pp-bar")).getText()).contains("本周活动").contains("服务");
            browser.screenshot("admin-menu");
        }

        try (Browser phone = Browser.open()) {
            phone.get(emulatorUrl() + "/emulator/?appId=" + appId + "&openid=" + openid);
            phone.await(d -> d.findElement(By.id("menu-bar")).getText().contains("本周活动"));
            assertThat(phone.find(By.id("menu-bar")).getText()).contains("服务");
            // the phone frame is taller than the window: bring its bottom menu into the screenshot
            ((org.openqa.selenium.JavascriptExecutor) phone.driver())
                    .executeScript("arguments[0].scrollIntoView({block: 'end'})", phone.find(By.id("menu-bar")));
            phone.screenshot("admin-menu-in-phone");
        }
    }

    private static void type(WebElement input, String text) {
        input.clear();
        if (!text.isEmpty()) {
            input.sendKeys(text);
        }
    }
}
