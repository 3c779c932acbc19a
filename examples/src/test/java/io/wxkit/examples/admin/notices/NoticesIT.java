package io.wxkit.examples.admin.notices;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.emulator.account.InboxEntry;
import io.wxkit.examples.AppSuite;
import io.wxkit.examples.admin.AdminArea.Role;
import io.wxkit.examples.admin.Console;
import io.wxkit.examples.admin.audit.AuditLog;
import io.wxkit.examples.admin.staff.StaffAccounts;
import io.wxkit.examples.browser.Browser;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.forms.Form;
import io.wxkit.modules.forms.FormDraft;
import io.wxkit.modules.forms.FormField;
import io.wxkit.modules.forms.FormsModule;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 会议通知: a template message to a registration form's confirmed participants reaches 100 % with each one's
 * status — sent, or not a follower (WeChat's 43004) — and the waiting list gets nothing; a form without keyword
 * values is refused, keeping what was typed.
 */
class NoticesIT extends AppSuite {
    private static final String SVC = "wxdemosvc00000001";
    private static final String TEMPLATE = "MEETING_NOTICE_01";

    @Autowired
    StaffAccounts staff;
    @Autowired
    AuditLog audit;
    @Autowired
    FormsModule forms;

    @Test
    void aNoticeReachesEveryConfirmedParticipantWithTheirStatus() {
        String[] operator = Console.staff(staff, "notice", Role.OPERATOR);
        Instant opens = Instant.now().minus(Duration.ofHours(1));
        Form form = forms.forms().create(FormDraft.registration("理事会 " + operator[0], opens, opens.plus(Duration.ofDays(30)))
                .capacity(3, 1).field(FormField.text("name", "姓名").mandatory().length(1, 20)), "test");
        String a = participant("参会甲", true, form);
        String b = participant("参会乙", true, form);
        String gone = participant("参会丙", true, form);
        String waiting = participant("候补丁", true, form);
        emulator.control().unfollow(gone);

        try (Browser browser = Console.signIn(Browser.open(), appUrl(), operator)) {
            browser.get(appUrl() + "/admin/notices");
            new Select(browser.find(By.id("formId"))).selectByValue(String.valueOf(form.id()));
            browser.find(By.id("templateId")).sendKeys(TEMPLATE);
            browser.find(By.id("notice-send")).click();
            browser.await(d -> d.findElement(By.cssSelector("#data + .field-error")).getText().contains("关键词"));
            assertThat(browser.find(By.id("templateId")).getAttribute("value")).isEqualTo(TEMPLATE);
            assertThat(new Select(browser.find(By.id("formId"))).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo(String.valueOf(form.id()));

            browser.find(By.id("data")).sendKeys("thing1=理事会会议\nthing2=12月20日14:00 二楼会议室");
            browser.find(By.id("url")).sendKeys("https://example.com/meeting");
            browser.find(By.id("notice-send")).click();
            browser.await(d -> d.findElement(By.id("notice-percent")).getText().equals("100%"));
            assertThat(browser.find(By.id("notice-total")).getText()).isEqualTo("3");
            assertThat(browser.find(By.id("notice-sent")).getText()).isEqualTo("2");
            assertThat(browser.find(By.id("notice-notfollowers")).getText()).isEqualTo("1");
            assertThat(browser.find(By.cssSelector("#delivery-" + a + " .status")).getText()).isEqualTo("SENT");
            assertThat(browser.find(By.cssSelector("#delivery-" + b + " .status")).getText()).isEqualTo("SENT");
            assertThat(browser.find(By.cssSelector("#delivery-" + gone + " .status")).getText()).isEqualTo("NOT_FOLLOWER");
            assertThat(browser.find(By.cssSelector("#delivery-" + gone)).getText()).contains("43004");
            assertThat(browser.driver().findElements(By.id("delivery-" + waiting))).isEmpty();
            browser.screenshot("admin-notices-job");
            browser.get(appUrl() + "/admin/notices");
            browser.find(By.id("notice-jobs"));
            browser.screenshot("admin-notices");
        }
        assertThat(templates(a)).singleElement().satisfies(e -> assertThat(e.fields()).containsEntry("templateId", TEMPLATE));
        assertThat(templates(waiting)).isEmpty();
        assertThat(audit.latest(operator[0], 10)).extracting(e -> e.action()).contains("notices.send", "notices.finished");
    }

    private String participant(String nickname, boolean follows, Form form) {
        String openid = emulator.control().user(SVC, nickname).openid();
        if (follows) {
            emulator.control().follow(openid);
        }
        forms.submissions().submit(form.id(), Participant.of(openid), "127.0.0.1", Map.of("name", List.of(nickname)));
        return openid;
    }

    private List<InboxEntry> templates(String openid) {
        return emulator.control().inbox(openid).stream().filter(e -> e.kind().equals("template")).toList();
    }
}
