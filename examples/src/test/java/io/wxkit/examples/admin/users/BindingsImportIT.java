package io.wxkit.examples.admin.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.examples.AppSuite;
import io.wxkit.examples.admin.AdminArea.Role;
import io.wxkit.examples.admin.Console;
import io.wxkit.examples.admin.audit.AuditLog;
import io.wxkit.examples.admin.staff.StaffAccounts;
import io.wxkit.examples.browser.Browser;
import io.wxkit.sso.SsoBroker;
import io.wxkit.sso.binding.Binding;
import io.wxkit.sso.client.ClientRegistration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Identity bindings in the console: a CSV import with bad lines reports each by number and keeps the good ones
 * (in the background, the job page reaching 100 %), then one follower's binding is unbound and bound again by hand.
 */
class BindingsImportIT extends AppSuite {

    @Autowired
    StaffAccounts staff;
    @Autowired
    AuditLog audit;
    @Autowired
    SsoBroker sso;

    @TempDir
    Path dir;

    @Test
    void aCsvImportKeepsTheGoodLinesAndReportsTheBadOnesThenAFollowerIsUnboundAndBoundAgain() throws IOException {
        String[] member = Console.staff(staff, "bindop", Role.MEMBER_ADMIN);
        String clientId = "erp-" + member[0].substring(member[0].length() - 6);
        sso.clients().register(ClientRegistration.of(clientId, "ERP 测试", List.of("https://erp.example.com/sso/callback")),
                "admin:test");
        String first = emulator.control().user("wxdemosvc00000001", "导入一").openid();
        String second = emulator.control().user("wxdemosvc00000001", "导入二").openid();
        Path csv = dir.resolve("bindings.csv");
        Files.writeString(csv, String.join("\n",
                "business system,openid,business user id",
                clientId + "," + first + ",E1001",
                clientId + ",not an openid!,E1002",
                clientId + "," + second + ",E1003",
                "no-such-system," + second + ",E1004",
                clientId + "," + first + ",E1001",
                clientId + ",only-two-fields") + "\n");

        try (Browser browser = Console.signIn(Browser.open(), appUrl(), member)) {
            browser.get(appUrl() + "/admin/users/bindings");
            browser.find(By.id("import-file")).sendKeys(csv.toAbsolutePath().toString());
            browser.find(By.id("import")).click();
            browser.await(d -> d.findElement(By.id("import-percent")).getText().equals("100%"));
            browser.await(d -> d.findElement(By.id("import-state")).getText().equals("finished"));
            assertThat(browser.find(By.id("import-imported")).getText()).isEqualTo("2");
            assertThat(browser.find(By.id("import-unchanged")).getText()).isEqualTo("1");
            assertThat(browser.find(By.id("import-rejected")).getText()).isEqualTo("3");
            List<WebElement> rows = browser.driver().findElements(By.cssSelector("#import-errors tr"));
            assertThat(rows).hasSize(4);
            assertThat(rows.get(1).getText()).startsWith("3 ").contains("openid");
            assertThat(rows.get(2).getText()).startsWith("5 ").contains("no-such-system");
            assertThat(rows.get(3).getText()).startsWith("7 ").contains("3 列");
            browser.screenshot("admin-bindings-import");

            assertThat(sso.bindings().find(clientId, first)).map(Binding::accountId).hasValue("E1001");
            assertThat(sso.bindings().find(clientId, second)).map(Binding::accountId).hasValue("E1003");

            browser.get(appUrl() + "/admin/users/bindings?openid=" + first);
            String row = "#binding-" + clientId;
            assertThat(browser.find(By.cssSelector(row + " .account")).getText()).isEqualTo("E1001");
            browser.find(By.cssSelector(row + " button.unbind")).click();
            browser.await(d -> d.findElement(By.cssSelector(".flash.ok")).getText().contains("已解绑"));
            assertThat(browser.driver().findElements(By.cssSelector(row))).isEmpty();
            assertThat(sso.bindings().find(clientId, first)).isEmpty();

            new org.openqa.selenium.support.ui.Select(browser.find(By.id("bind-client"))).selectByValue(clientId);
            browser.find(By.id("bind-account")).sendKeys("E1003");
            browser.find(By.id("bind")).click();
            browser.await(d -> d.findElement(By.cssSelector(".flash.error")).getText().contains("already_bound"));
            assertThat(browser.find(By.id("bind-account")).getAttribute("value")).isEqualTo("E1003");

            browser.find(By.id("bind-account")).clear();
            browser.find(By.id("bind-account")).sendKeys("E2001");
            browser.find(By.id("bind")).click();
            browser.await(d -> d.findElement(By.cssSelector(".flash.ok")).getText().contains("已绑定"));
            assertThat(browser.find(By.cssSelector(row + " .account")).getText()).isEqualTo("E2001");
            browser.screenshot("admin-bindings");
        }
        assertThat(sso.bindings().find(clientId, first)).map(Binding::accountId).hasValue("E2001");
        assertThat(audit.latest(member[0], 10)).extracting(e -> e.action())
                .contains("bindings.import-start", "bindings.import", "bindings.unbind", "bindings.bind");
    }
}
