package io.wxkit.examples.admin.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.examples.AppSuite;
import io.wxkit.examples.admin.AdminAccounts;
import io.wxkit.examples.admin.AdminArea.Role;
import io.wxkit.examples.admin.Console;
import io.wxkit.examples.admin.staff.StaffAccounts;
import io.wxkit.examples.browser.Browser;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 22: write and publish an article, mass send to a list with a progress bar that reaches 100 % when WeChat's
 * MASSSENDJOBFINISH arrives, and a daily push run by hand with its run history.
 */
class MassSendIT extends AppSuite {

    @Autowired
    StaffAccounts staff;
    @Autowired
    AdminAccounts accounts;

    @Test
    void aMassSendsProgressBarReachesOneHundredPercent() {
        String appId = accounts.all().stream().filter(a -> a.name().equals("svc")).findFirst().orElseThrow().appId();
        List<String> openids = IntStream.range(0, 3).mapToObj(i -> emulator.control().user(appId, "群发 " + i).openid()).toList();
        openids.forEach(emulator.control()::follow);
        String[] operator = Console.staff(staff, "mass", Role.OPERATOR);

        try (Browser browser = Console.signIn(Browser.open(), appUrl(), operator)) {
            browser.get(appUrl() + "/admin/publish?app=" + appId);
            browser.find(By.id("save-draft")).click();
            assertThat(browser.find(By.cssSelector("#article-form .field-error")).getText()).contains("标题");
            browser.find(By.id("title")).sendKeys("周六开放日");
            browser.find(By.id("author")).sendKeys("运营部");
            browser.find(By.id("content")).sendKeys("<p>本周六 9:00 开放参观，欢迎预约。</p>");
            browser.find(By.id("save-draft")).click();
            browser.await(d -> d.findElement(By.id("articles")).getText().contains("周六开放日"));
            assertThat(browser.find(By.id("articles")).getText()).contains("草稿");
            browser.find(By.cssSelector("#articles button")).click();
            browser.await(d -> d.findElement(By.id("articles")).getText().contains("已发布"));
            browser.screenshot("admin-publish");

            browser.get(appUrl() + "/admin/publish/mass?app=" + appId);
            browser.find(By.id("target-list")).click();
            browser.find(By.id("openids")).sendKeys(openids.get(0));
            browser.find(By.id("text")).sendKeys("本周六开放日，欢迎光临");
            browser.find(By.id("mass-send")).click();
            assertThat(browser.find(By.cssSelector("#mass-form .field-error")).getText()).contains("至少 2 个");
            assertThat(browser.find(By.id("text")).getAttribute("value")).isEqualTo("本周六开放日，欢迎光临");
            browser.find(By.id("openids")).sendKeys("\n" + openids.get(1) + "\n" + openids.get(2));
            browser.find(By.id("mass-send")).click();

            browser.await(d -> d.findElement(By.id("mass-percent")).getText().equals("100%"));
            assertThat(browser.find(By.id("mass-state")).getText()).isEqualTo("finished");
            assertThat(browser.find(By.id("mass-sent")).getText()).isEqualTo("3");
            assertThat(browser.find(By.id("mass-progress")).getAttribute("aria-valuenow")).isEqualTo("100");
            browser.screenshot("admin-mass-progress");

            browser.get(appUrl() + "/admin/publish/daily?app=" + appId);
            new Select(browser.find(By.id("daily-article"))).selectByIndex(1);
            browser.find(By.id("add-daily")).click();
            browser.find(By.cssSelector("#pushes button")).click();
            browser.await(d -> d.findElement(By.id("mass-percent")).getText().equals("100%"));
            browser.get(appUrl() + "/admin/publish/daily?app=" + appId);
            assertThat(browser.find(By.id("push-runs")).getText()).contains("manual").contains("mass job");
            browser.screenshot("admin-daily-push");
        }
        assertThat(emulator.control().inbox(openids.get(2))).anySatisfy(e -> assertThat(e.kind()).isEqualTo("mass"));
    }
}
