package io.wxkit.examples.admin.messages;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.emulator.account.InboxEntry;
import io.wxkit.examples.AppSuite;
import io.wxkit.examples.admin.AdminAccounts;
import io.wxkit.examples.admin.AdminArea.Role;
import io.wxkit.examples.admin.Console;
import io.wxkit.examples.admin.audit.AuditLog;
import io.wxkit.examples.admin.staff.StaffAccounts;
import io.wxkit.examples.browser.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 22: a user's message shows in the log (and a new one arrives live), an operator answers through customer
 * service, and the answer appears in the emulator's phone.
 */
class CustomerServiceAnswerIT extends AppSuite {

    @Autowired
    StaffAccounts staff;
    @Autowired
    AdminAccounts accounts;
    @Autowired
    AuditLog audit;

    @Test
    void anOperatorAnswersThroughCustomerServiceAndThePhoneShowsIt() {
        String appId = accounts.all().stream().filter(a -> a.name().equals("svc")).findFirst().orElseThrow().appId();
        String openid = emulator.control().user(appId, "咨询用户").openid();
        emulator.control().follow(openid);
        emulator.control().sendText(openid, "请问周末开门吗 open on weekends?");
        String[] operator = Console.staff(staff, "op", Role.OPERATOR);

        try (Browser browser = Console.signIn(Browser.open(), appUrl(), operator)) {
            browser.get(appUrl() + "/admin/messages");
            browser.await(d -> d.findElement(By.id("messages")).getText().contains("请问周末开门吗"));

            emulator.control().sendText(openid, "还有停车位吗 any parking?");
            browser.await(d -> d.findElement(By.cssSelector("#messages tr.fresh")).getText().contains("还有停车位吗"));
            browser.screenshot("admin-messages");

            browser.find(By.cssSelector("#messages tr.fresh a.open")).click();
            browser.await(d -> d.findElement(By.id("conversation")).getText().contains("还有停车位吗"));
            browser.find(By.id("send-reply")).click();
            assertThat(browser.find(By.cssSelector("#reply-form .field-error")).getText()).contains("请输入回复内容");

            browser.find(By.id("reply-text")).sendKeys("周末 9:00–17:00 开放，停车场在东门。");
            browser.find(By.id("send-reply")).click();
            browser.await(d -> d.findElement(By.cssSelector("#conversation .bubble.out")).getText().contains("停车场在东门"));
            browser.screenshot("admin-conversation");

            // answering marked the user's messages handled: an "unhandled only" search of this user is empty
            browser.get(appUrl() + "/admin/messages?unhandled=true&user=" + openid);
            assertThat(browser.find(By.cssSelector("#messages tr.empty")).getText()).contains("没有消息");
            browser.get(appUrl() + "/admin/messages?user=" + openid);
            assertThat(browser.find(By.id("messages")).getText()).contains("已处理 " + operator[0]);
        }

        assertThat(emulator.control().inbox(openid)).filteredOn(e -> e.kind().equals("kf"))
                .extracting(InboxEntry::fields).anySatisfy(f -> assertThat(f.get("content")).isEqualTo("周末 9:00–17:00 开放，停车场在东门。"));
        assertThat(audit.latest(operator[0], 10)).anySatisfy(e -> assertThat(e.action()).isEqualTo("message.reply"));

        try (Browser phone = Browser.open()) {
            phone.get(emulatorUrl() + "/emulator/?appId=" + appId + "&openid=" + openid);
            phone.await(d -> d.findElement(By.id("chat")).getText().contains("停车场在东门"));
            phone.screenshot("admin-kf-answer-in-phone");
        }
    }
}
