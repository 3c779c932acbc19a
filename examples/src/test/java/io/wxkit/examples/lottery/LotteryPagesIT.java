package io.wxkit.examples.lottery;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.emulator.account.InboxEntry;
import io.wxkit.emulator.callback.CallbackResult;
import io.wxkit.examples.AppSuite;
import io.wxkit.examples.browser.Browser;
import io.wxkit.examples.modules.PhoneUser;
import io.wxkit.modules.common.PageRequest;
import io.wxkit.modules.lottery.Activity;
import io.wxkit.modules.lottery.LotteryModule;
import io.wxkit.modules.lottery.Win;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** The lottery scenarios: the wheel turns to the server's draw, and a win arrives in the emulator's inbox. */
class LotteryPagesIT extends AppSuite {
    private static Browser browser;

    @Autowired
    LotteryModule lottery;

    @BeforeAll
    static void open() {
        browser = Browser.open();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void aWheelWinArrivesAsATemplateMessageInTheEmulatorInbox() {
        Activity wheel = LotteryDemo.find(lottery, LotteryDemo.WHEEL_TITLE).orElseThrow();
        PhoneUser user = PhoneUser.follower(emulator, "转盘幸运儿");
        user.open(browser, appUrl(), "/lottery/" + wheel.id());

        // 90 % of the wheel wins: five spins (the daily limit) all missing would be a 1-in-100 000 event
        String outcome = "";
        for (int spin = 0; spin < wheel.drawsDailyLimit() && !outcome.contains("恭喜"); spin++) {
            browser.find(By.id("spin")).click();
            WebElement result = browser.find(By.id("result"));
            outcome = browser.await(d -> "true".equals(result.getAttribute("data-done")) ? result.getText() : null);
            browser.get(appUrl() + "/lottery/" + wheel.id()); // a fresh page for the next spin and the prize list
        }
        assertThat(outcome).contains("恭喜");

        List<Win> wins = lottery.wins().of(wheel.id(), user.openid());
        assertThat(wins).isNotEmpty();
        assertThat(browser.find(By.id("wins")).getText()).contains(wins.get(0).code());
        List<InboxEntry> templates = emulator.control().inbox(user.openid()).stream()
                .filter(e -> e.kind().equals("template")).toList();
        assertThat(templates).isNotEmpty();
        assertThat(templates.get(0).fields()).containsEntry("templateId", LotteryDemo.WIN_TEMPLATE_ID);
        assertThat(templates.get(0).fields().get("data").toString()).contains(wins.get(0).code());

        browser.get(emulatorUrl() + "/emulator/?appId=" + PhoneUser.SERVICE_APP_ID + "&openid=" + user.openid());
        browser.await(d -> d.findElement(By.id("chat")).getText().contains(wins.get(0).code()));
        browser.screenshot("lottery-win-inbox");
    }

    @Test
    void theWheelShowsTheServersDrawAndABoxOpens() {
        Activity wheel = LotteryDemo.find(lottery, LotteryDemo.WHEEL_TITLE).orElseThrow();
        PhoneUser user = PhoneUser.follower(emulator, "开盒子的人");
        user.open(browser, appUrl(), "/lottery/" + wheel.id());
        browser.find(By.id("spin")).click();
        WebElement result = browser.find(By.id("result"));
        browser.await(d -> "true".equals(result.getAttribute("data-done")));
        long draws = lottery.draws().log(wheel.id(), PageRequest.first(100)).items().stream()
                .filter(d -> d.openid().equals(user.openid())).count();
        assertThat(draws).as("one draw, made by the server").isEqualTo(1);
        browser.screenshot("lottery-wheel");

        Activity boxes = LotteryDemo.find(lottery, LotteryDemo.BOXES_TITLE).orElseThrow();
        browser.get(appUrl() + "/lottery/" + boxes.id());
        browser.find(By.id("box-4")).click();
        assertThat(browser.find(By.cssSelector(".flash.ok")).getText()).startsWith("第 5 个盒子");
        browser.screenshot("lottery-boxes");
    }

    @Test
    void sendingTheKeywordToTheServiceAccountEntersTheKeywordDraw() {
        PhoneUser user = PhoneUser.follower(emulator, "留言的居民");
        CallbackResult answer = emulator.control().sendText(user.openid(), LotteryDemo.KEYWORD);
        assertThat(answer.error()).isNull();
        assertThat(answer.reply()).containsEntry("content", LotteryRules.reply("ENTERED"));
        CallbackResult again = emulator.control().sendText(user.openid(), LotteryDemo.KEYWORD);
        assertThat(again.reply()).containsEntry("content", LotteryRules.reply("ALREADY_ENTERED"));
    }
}
