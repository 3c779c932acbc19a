package io.wxkit.examples.admin.business;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.examples.AppSuite;
import io.wxkit.examples.admin.AdminArea.Role;
import io.wxkit.examples.admin.Console;
import io.wxkit.examples.admin.audit.AuditLog;
import io.wxkit.examples.admin.staff.StaffAccounts;
import io.wxkit.examples.browser.Browser;
import io.wxkit.examples.demo.DemoUsers;
import io.wxkit.sso.interfaces.BusinessInterface;
import io.wxkit.sso.interfaces.BusinessInterfaces;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The business-interface editor: "try it" answers a bound follower with the library system's reply and an unbound
 * one with the bind link, without anything reaching the follower's phone; an edited pattern applies at once.
 */
class InterfacesTryItIT extends AppSuite {

    @Autowired
    StaffAccounts staff;
    @Autowired
    AuditLog audit;
    @Autowired
    DemoUsers demoUsers;
    @Autowired
    BusinessInterfaces interfaces;

    @Test
    void tryItShowsTheReplyAndTheBindLinkAndAnEditAppliesAtOnce() {
        String bound = demoUsers.openid("svc", DemoUsers.ZHANG_WEI);
        String unbound = demoUsers.openid("svc", DemoUsers.CHEN_JING);
        int inboxBefore = emulator.control().inbox(bound).size();
        String[] admin = Console.staff(staff, "ifadm", Role.ADMINISTRATOR);
        BusinessInterface loans = interfaces.registry().list().stream()
                .filter(i -> i.spec().name().equals("library-loans")).findFirst().orElseThrow();
        try (Browser browser = Console.signIn(Browser.open(), appUrl(), admin)) {
            browser.get(appUrl() + "/admin/business/interfaces");
            tryIt(browser, bound, "查询 借阅");
            assertThat(browser.find(By.cssSelector("#try-outcome .bubble")).getText())
                    .startsWith("张伟（读者证 L1001）当前借阅：《红楼梦》");
            browser.screenshot("admin-interfaces-try");

            tryIt(browser, unbound, "查询 预约");
            assertThat(browser.find(By.cssSelector("#try-outcome .bubble")).getText()).contains("请先绑定");
            WebElement link = browser.find(By.cssSelector("#try-outcome a.try-link"));
            assertThat(link.getAttribute("href")).contains("/bind?client=booking");

            tryIt(browser, bound, "查询借书");
            browser.find(By.id("try-nomatch"));

            browser.get(appUrl() + "/admin/business/interfaces");
            browser.find(By.cssSelector("#interface-library-loans a.edit")).click();
            browser.find(By.id("value")).clear();
            browser.find(By.id("value")).sendKeys("查询\\s*(借阅|借书");
            browser.find(By.id("save")).click();
            assertThat(browser.find(By.cssSelector("#value + .field-error")).getText()).contains("regex");
            assertThat(browser.find(By.id("value")).getAttribute("value")).isEqualTo("查询\\s*(借阅|借书");
            browser.find(By.id("value")).sendKeys(")");
            browser.find(By.id("save")).click();
            browser.await(d -> d.findElement(By.cssSelector(".flash.ok")).getText().contains("已保存"));
            browser.screenshot("admin-interfaces");

            tryIt(browser, bound, "查询借书");
            assertThat(browser.find(By.cssSelector("#try-outcome .bubble")).getText()).contains("当前借阅");
        } finally {
            BusinessInterface now = interfaces.registry().find(loans.id()).orElseThrow();
            interfaces.registry().update(loans.id(), now.version(), loans.spec(), "admin:test-restore");
        }
        assertThat(emulator.control().inbox(bound)).hasSize(inboxBefore);
        assertThat(audit.latest(admin[0], 10)).extracting(e -> e.action()).contains("interfaces.try", "interfaces.update");
    }

    private static void tryIt(Browser browser, String openid, String text) {
        browser.find(By.id("try-openid")).clear();
        browser.find(By.id("try-openid")).sendKeys(openid);
        browser.find(By.id("try-text")).clear();
        browser.find(By.id("try-text")).sendKeys(text);
        WebElement old = browser.find(By.id("try-run"));
        old.click();
        // the result is a new page: wait until the old one is gone before reading it
        browser.await(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            }
        });
        browser.find(By.id("try-outcome"));
    }
}
