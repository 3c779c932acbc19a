package io.wxkit.examples.admin.lottery;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.examples.AppSuite;
import io.wxkit.examples.admin.AdminAccounts;
import io.wxkit.examples.admin.AdminArea.Role;
import io.wxkit.examples.admin.Console;
import io.wxkit.examples.admin.staff.StaffAccounts;
import io.wxkit.examples.browser.Browser;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.lottery.DrawResult;
import io.wxkit.modules.lottery.LotteryModule;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 22: set up a lottery in the console, a follower draws, the console shows the winner, staff redeem the prize.
 *
 * <p>The follower's draw goes through the {@link LotteryModule} bean, the call the phone's lottery page makes: the
 * phone-side page (modpages) is not on this branch yet, so the test cannot tap it in the emulator's web view.
 */
class LotterySetupIT extends AppSuite {

    @Autowired
    StaffAccounts staff;
    @Autowired
    AdminAccounts accounts;
    @Autowired
    LotteryModule lottery;

    @Test
    void aLotterySetUpInTheConsoleShowsItsWinner() {
        String appId = accounts.all().stream().filter(a -> a.name().equals("svc")).findFirst().orElseThrow().appId();
        String openid = emulator.control().user(appId, "抽奖用户").openid();
        emulator.control().follow(openid);
        String[] operator = Console.staff(staff, "lucky", Role.OPERATOR);

        try (Browser browser = Console.signIn(Browser.open(), appUrl(), operator)) {
            browser.get(appUrl() + "/admin/lottery");
            browser.find(By.id("title")).sendKeys("周年庆转盘");
            type(browser.find(By.id("noPrizeWeight")), "0");
            browser.find(By.id("p0-name")).sendKeys("保温杯 Mug");
            browser.find(By.id("p0-weight")).sendKeys("100");
            browser.find(By.id("create-lottery")).click();
            assertThat(browser.find(By.cssSelector("#lottery-form .field-error")).getText()).contains("正整数");
            assertThat(browser.find(By.id("p0-name")).getAttribute("value")).isEqualTo("保温杯 Mug");

            browser.find(By.id("p0-stock")).sendKeys("5");
            browser.find(By.id("create-lottery")).click();
            browser.await(d -> d.findElement(By.id("prizes")).getText().contains("5 / 5"));
            long id = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*/admin/lottery/(\\d+).*", "$1"));
            browser.screenshot("admin-lottery");

            DrawResult draw = lottery.draws().spin(id, Participant.of(openid), "127.0.0.1");
            assertThat(draw.won()).isTrue();
            String code = draw.win().orElseThrow().code();

            browser.driver().navigate().refresh();
            assertThat(browser.find(By.id("winners")).getText()).contains(openid).contains(code).contains("未核销");
            assertThat(browser.find(By.id("prizes")).getText()).contains("4 / 5");
            browser.find(By.id("redeem-code")).sendKeys(code);
            browser.find(By.id("redeem")).click();
            assertThat(browser.find(By.cssSelector(".flash.ok")).getText()).contains("已核销");
            assertThat(browser.find(By.id("winners")).getText()).contains(operator[0]);
            browser.screenshot("admin-lottery-winner");
        }
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }
}
