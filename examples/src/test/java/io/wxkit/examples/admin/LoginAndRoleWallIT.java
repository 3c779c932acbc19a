package io.wxkit.examples.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.examples.AppSuite;
import io.wxkit.examples.admin.AdminArea.Role;
import io.wxkit.examples.admin.staff.StaffAccount;
import io.wxkit.examples.admin.staff.StaffAccounts;
import io.wxkit.examples.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 22's first browser test: sign-in, a wrong password, and the role wall (a moderator cannot open shop orders). */
class LoginAndRoleWallIT extends AppSuite {

    @Autowired
    StaffAccounts staff;

    @Test
    void theFirstStartCreatedOneAdministrator() {
        assertThat(staff.all()).filteredOn(s -> s.roles().contains(Role.ADMINISTRATOR))
                .extracting(StaffAccount::username).contains("admin");
    }

    @Test
    void aWrongPasswordIsRefusedAndTheUsernameKept() {
        String[] op = Console.staff(staff, "op", Role.OPERATOR);
        try (Browser browser = Browser.open()) {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.get(appUrl() + "/admin/login");
            browser.find(By.id("username")).sendKeys(op[0]);
            browser.find(By.id("password")).sendKeys(op[1] + "x");
            browser.find(By.id("sign-in")).click();
            assertThat(browser.find(By.id("login-error")).getText()).contains("用户名或密码不正确");
            assertThat(browser.find(By.id("username")).getAttribute("value")).isEqualTo(op[0]);
            assertThat(browser.driver().getPageSource()).doesNotContain(op[1]);
            browser.screenshot("admin-login-refused");
        }
    }

    @Test
    void aModeratorCannotOpenShopOrders() {
        String[] moderator = Console.staff(staff, "mod", Role.MODERATOR);
        try (Browser browser = Console.signIn(Browser.open(), appUrl(), moderator)) {
            String nav = browser.find(By.id("nav")).getText();
            assertThat(nav).contains("论坛审核").doesNotContain("微商城").doesNotContain("员工账号");
            browser.get(appUrl() + "/admin/shop/orders");
            assertThat(browser.find(By.id("denied")).getText()).contains("403");
            browser.screenshot("admin-denied");
        }
    }

    @Test
    void anAdministratorAddsStaffAndTheChangeIsAudited() {
        String[] admin = Console.staff(staff, "boss", Role.ADMINISTRATOR);
        try (Browser browser = Console.signIn(Browser.open(), appUrl(), admin)) {
            browser.get(appUrl() + "/admin/staff");
            browser.find(By.id("username")).sendKeys("shopkeeper");
            browser.find(By.id("password")).sendKeys("short");
            browser.find(By.id("add-staff")).click();
            assertThat(browser.find(By.cssSelector("#staff-form .field-error")).getText()).contains("12");
            assertThat(browser.find(By.id("username")).getAttribute("value")).isEqualTo("shopkeeper");

            browser.find(By.id("password")).sendKeys("a-long-enough-password");
            browser.find(By.cssSelector("#staff-form input[value=SHOP_MANAGER]")).click();
            browser.find(By.id("add-staff")).click();
            assertThat(browser.find(By.id("staff-shopkeeper")).getText()).contains("shopkeeper");
            browser.screenshot("admin-staff");

            browser.get(appUrl() + "/admin/audit?q=shopkeeper");
            assertThat(browser.find(By.id("audit")).getText()).contains(admin[0]).contains("staff.create");
            browser.screenshot("admin-audit");

            browser.get(appUrl() + "/admin/menu?app=wx-no-such-account");
            assertThat(browser.find(By.id("problem")).getText()).contains("请求有误");
            assertThat(browser.driver().getPageSource()).contains("unknown account wx-no-such-account");
        }
        assertThat(staff.find("shopkeeper")).hasValueSatisfying(s -> assertThat(s.roles()).containsExactly(Role.SHOP_MANAGER));
    }
}
