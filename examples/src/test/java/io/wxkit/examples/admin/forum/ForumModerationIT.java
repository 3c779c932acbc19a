package io.wxkit.examples.admin.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.examples.AppSuite;
import io.wxkit.examples.admin.AdminArea.Role;
import io.wxkit.examples.admin.Console;
import io.wxkit.examples.admin.audit.AuditLog;
import io.wxkit.examples.admin.staff.StaffAccounts;
import io.wxkit.examples.browser.Browser;
import io.wxkit.modules.common.ModuleException;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.forum.Board;
import io.wxkit.modules.forum.ForumModule;
import io.wxkit.modules.forum.ForumThread;
import io.wxkit.modules.forum.Reply;
import io.wxkit.modules.forum.ReplyTo;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 22, 论坛审核: a moderator finds a new thread in the queue, locks and pins it, deletes a spam reply (a reason is
 * required), bans its author, and the forum then refuses that author and the locked thread's replies.
 */
class ForumModerationIT extends AppSuite {

    @Autowired
    StaffAccounts staff;
    @Autowired
    ForumModule forum;
    @Autowired
    AuditLog audit;

    @Test
    void aModeratorLocksPinsDeletesWithAReasonAndBans() {
        Board board = forum.boards().list().get(0);
        ForumThread thread = forum.threads().post(board.id(), Participant.of("o_it_forum_author").nickname("楼主"), "127.0.0.1",
                "后台审核测试：小区停车问题", "晚上车位不够，大家有什么办法？");
        Reply spam = forum.replies().post(thread.id(), Participant.of("o_it_forum_spammer").nickname("广告"), "127.0.0.1",
                "低价代办各类证件，加微信", ReplyTo.thread());
        String[] moderator = Console.staff(staff, "mod", Role.MODERATOR);

        try (Browser browser = Console.signIn(Browser.open(), appUrl(), moderator)) {
            browser.get(appUrl() + "/admin/forum");
            String row = "#thread-" + thread.id();
            assertThat(browser.find(By.cssSelector(row)).getText()).contains("小区停车问题");
            browser.find(By.id("lock-" + thread.id())).click();
            assertThat(browser.find(By.cssSelector(".flash.ok")).getText()).contains("已锁定");
            assertThat(browser.find(By.cssSelector(row)).getAttribute("data-locked")).isEqualTo("true");
            browser.find(By.id("pin-" + thread.id())).click();
            // the click reloads the page: wait for the new page's row rather than read the old one
            browser.await(d -> "true".equals(d.findElement(By.cssSelector(row)).getAttribute("data-pinned")));

            browser.find(By.id("delete-reply-" + spam.id())).click();
            assertThat(browser.find(By.cssSelector(".flash.error")).getText()).contains("原因");
            assertThat(browser.find(By.id("reason-reply-" + spam.id())).getAttribute("class")).contains("invalid");
            browser.find(By.id("reason-reply-" + spam.id())).sendKeys("广告 advertising");
            browser.find(By.id("delete-reply-" + spam.id())).click();
            assertThat(browser.find(By.cssSelector(".flash.ok")).getText()).contains("回复已删除");
            assertThat(browser.driver().findElements(By.id("reply-" + spam.id()))).isEmpty();

            ForumThread other = forum.threads().post(board.id(), Participant.of("o_it_forum_spammer"), "127.0.0.1",
                    "出售发票", "联系我");
            browser.driver().navigate().refresh();
            browser.find(By.id("ban-t" + other.id())).click();
            browser.find(By.id("ban-days-t" + other.id())).clear();
            browser.find(By.id("ban-days-t" + other.id())).sendKeys("30");
            browser.find(By.id("ban-reason-t" + other.id())).sendKeys("发广告 spam");
            browser.find(By.id("ban-submit-t" + other.id())).click();
            assertThat(browser.find(By.cssSelector(".flash.ok")).getText()).contains("o_it_forum_spammer").contains("30");
            browser.find(By.id("reason-thread-" + other.id())).sendKeys("广告 spam");
            browser.find(By.id("delete-thread-" + other.id())).click();
            // the ban's flash is still on screen until the delete's page arrives: wait for the row to go
            browser.await(d -> d.findElements(By.id("thread-" + other.id())).isEmpty());
            assertThat(browser.driver().findElements(By.id("thread-" + other.id()))).isEmpty();
            browser.screenshot("admin-forum");
        }
        assertThat(forum.threads().find(thread.id()).locked()).isTrue();
        assertThatThrownBy(() -> forum.replies().post(thread.id(), Participant.of("o_it_forum_author"), "127.0.0.1", "顶", ReplyTo.thread()))
                .isInstanceOfSatisfying(ModuleException.class, e -> assertThat(e.code()).isEqualTo("THREAD_LOCKED"));
        assertThatThrownBy(() -> forum.threads().post(board.id(), Participant.of("o_it_forum_spammer"), "127.0.0.1", "再来", "广告"))
                .isInstanceOfSatisfying(ModuleException.class, e -> assertThat(e.code()).isEqualTo("USER_BANNED"));
        assertThat(audit.latest(moderator[0], 20)).extracting(e -> e.action())
                .contains("forum.lock", "forum.pin", "forum.delete-reply", "forum.ban", "forum.delete-thread");
    }
}
