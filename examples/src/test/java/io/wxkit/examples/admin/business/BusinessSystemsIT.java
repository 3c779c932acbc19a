package io.wxkit.examples.admin.business;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.examples.AppSuite;
import io.wxkit.examples.admin.AdminArea.Role;
import io.wxkit.examples.admin.Console;
import io.wxkit.examples.admin.audit.AuditEntry;
import io.wxkit.examples.admin.audit.AuditLog;
import io.wxkit.examples.admin.staff.StaffAccounts;
import io.wxkit.examples.browser.Browser;
import io.wxkit.sso.SsoBroker;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The business-system registry: a refused registration keeps what was typed; a registration and a rotation each
 * show the secret once (gone on reload), the broker accepts exactly the newest secret, disabling stops it, and
 * only administrators open the area.
 */
class BusinessSystemsIT extends AppSuite {

    @Autowired
    StaffAccounts staff;
    @Autowired
    AuditLog audit;
    @Autowired
    SsoBroker sso;

    @Test
    void anAdministratorRegistersRotatesAndDisablesABusinessSystem() {
        String[] admin = Console.staff(staff, "bizadm", Role.ADMINISTRATOR);
        String clientId = "hr-" + admin[0].substring(admin[0].length() - 6);
        try (Browser browser = Console.signIn(Browser.open(), appUrl(), admin)) {
            browser.get(appUrl() + "/admin/business");
            browser.find(By.id("clientId")).sendKeys("x!");
            browser.find(By.id("name")).sendKeys("人事系统 HR");
            browser.find(By.id("redirectUris")).sendKeys("https://hr.example.com/sso/callback\nhttp://hr.example.com/cb");
            browser.find(By.id("register")).click();
            browser.await(d -> d.findElement(By.cssSelector(".flash.error")).getText().contains("未注册"));
            assertThat(browser.find(By.cssSelector("#clientId + .field-error")).getText()).contains("3–64");
            assertThat(browser.find(By.cssSelector("#redirectUris + .field-error")).getText()).contains("第 2 行").contains("https");
            assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo("人事系统 HR");
            assertThat(browser.find(By.id("redirectUris")).getAttribute("value")).contains("http://hr.example.com/cb");
            browser.screenshot("admin-business-refused");

            browser.find(By.id("clientId")).clear();
            browser.find(By.id("clientId")).sendKeys(clientId);
            browser.find(By.id("redirectUris")).clear();
            browser.find(By.id("redirectUris")).sendKeys("https://hr.example.com/sso/callback");
            browser.find(By.id("register")).click();
            String first = browser.find(By.id("issued-secret")).getAttribute("value");
            assertThat(browser.find(By.id("issued-client")).getText()).isEqualTo(clientId);
            assertThat(first).hasSizeGreaterThanOrEqualTo(40);
            assertThat(browser.find(By.id("issued-signing")).getAttribute("value")).isNotBlank();
            browser.screenshot("admin-business-issued");
            assertThat(sso.clients().authenticate(clientId, first)).isPresent();

            browser.driver().navigate().refresh();
            browser.find(By.id("issued-gone"));
            assertThat(browser.driver().getPageSource()).doesNotContain(first);

            browser.get(appUrl() + "/admin/business");
            browser.find(By.cssSelector("#client-" + clientId + " button.rotate")).click();
            String second = browser.find(By.id("issued-secret")).getAttribute("value");
            assertThat(second).isNotEqualTo(first).hasSizeGreaterThanOrEqualTo(40);
            browser.driver().navigate().refresh();
            browser.find(By.id("issued-gone"));
            assertThat(browser.driver().getPageSource()).doesNotContain(second);
            assertThat(sso.clients().authenticate(clientId, second)).isPresent();

            browser.get(appUrl() + "/admin/business");
            browser.find(By.cssSelector("#client-" + clientId + " button.toggle")).click();
            browser.await(d -> d.findElement(By.cssSelector("#client-" + clientId + " .status")).getText().contains("停用"));
            browser.screenshot("admin-business");
            assertThat(sso.clients().authenticate(clientId, second)).isEmpty();

            List<AuditEntry> entries = audit.latest(admin[0], 20);
            assertThat(entries).extracting(AuditEntry::action)
                    .contains("business.register", "business.rotate", "business.disable");
            assertThat(entries).allSatisfy(e -> assertThat(e.detail()).doesNotContain(first).doesNotContain(second));
        }
    }

    @Test
    void anOperatorCannotOpenBusinessSystems() {
        String[] operator = Console.staff(staff, "bizop", Role.OPERATOR);
        try (Browser browser = Console.signIn(Browser.open(), appUrl(), operator)) {
            assertThat(browser.driver().findElements(By.id("nav-business"))).isEmpty();
            browser.get(appUrl() + "/admin/business");
            assertThat(browser.find(By.id("denied")).getText()).contains("403");
        }
    }
}
