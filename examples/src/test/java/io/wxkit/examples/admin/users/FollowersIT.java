package io.wxkit.examples.admin.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.examples.AppSuite;
import io.wxkit.examples.admin.AdminAccounts;
import io.wxkit.examples.admin.AdminArea.Role;
import io.wxkit.examples.admin.Console;
import io.wxkit.examples.admin.audit.AuditLog;
import io.wxkit.examples.admin.staff.StaffAccounts;
import io.wxkit.examples.browser.Browser;
import io.wxkit.mp.WxMp;
import io.wxkit.mp.tag.Tag;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** The followers page: a tag created and given, a remark set, a follower blocked, all through WeChat's API. */
class FollowersIT extends AppSuite {

    @Autowired
    StaffAccounts staff;
    @Autowired
    AdminAccounts accounts;
    @Autowired
    AuditLog audit;

    @Test
    void anOperatorTagsRemarksAndBlocksAFollower() {
        String appId = accounts.all().stream().filter(a -> a.name().equals("sub")).findFirst().orElseThrow().appId();
        WxMp mp = accounts.mp(appId);
        String openid = emulator.control().user(appId, "粉丝").openid();
        emulator.control().follow(openid);
        String[] operator = Console.staff(staff, "fans", Role.OPERATOR);
        String tagName = "VIP" + operator[0].substring(operator[0].length() - 4);

        try (Browser browser = Console.signIn(Browser.open(), appUrl(), operator)) {
            browser.get(appUrl() + "/admin/users?app=" + appId);
            browser.find(By.id("tag-name")).sendKeys(tagName);
            browser.find(By.id("create-tag")).click();
            assertThat(browser.find(By.cssSelector(".flash.ok")).getText()).contains("标签已创建");

            String row = "#user-" + openid + " ";
            new Select(browser.find(By.cssSelector(row + ".tag-pick"))).selectByVisibleText(tagName);
            browser.find(By.cssSelector(row + ".tag-add")).click();
            browser.await(d -> d.findElements(By.cssSelector(row + "span.badge")).stream().anyMatch(b -> b.getText().equals(tagName)));

            browser.find(By.cssSelector(row + "input.remark")).sendKeys("老客户");
            browser.find(By.cssSelector(row + "input.remark + button")).click();
            browser.await(d -> "老客户".equals(d.findElement(By.cssSelector(row + "input.remark")).getAttribute("value")));

            browser.find(By.cssSelector(row + "button.block")).click();
            browser.await(d -> d.findElement(By.cssSelector(row + "button.block")).getText().contains("移出黑名单"));
            browser.screenshot("admin-users");
        }

        long tagId = mp.tags().list().stream().filter(t -> t.name().equals(tagName)).map(Tag::id).findFirst().orElseThrow();
        assertThat(mp.tags().tagsOf(openid)).contains(tagId);
        assertThat(mp.users().get(openid).remark()).isEqualTo("老客户");
        List<String> blocked = new ArrayList<>();
        mp.users().blacklist().forEach(blocked::add);
        assertThat(blocked).contains(openid);
        assertThat(audit.latest(operator[0], 10)).extracting(e -> e.action())
                .contains("users.tag-create", "users.tag", "users.remark", "users.block");
    }

    @Test
    void anOperatorUntagsAFollowerAndFindsOneByRemarkWithTheSearchKept() {
        String appId = accounts.all().stream().filter(a -> a.name().equals("sub")).findFirst().orElseThrow().appId();
        WxMp mp = accounts.mp(appId);
        String openid = emulator.control().user(appId, "搜索粉丝").openid();
        String other = emulator.control().user(appId, "别的粉丝").openid();
        emulator.control().follow(openid);
        emulator.control().follow(other);
        String[] operator = Console.staff(staff, "untag", Role.OPERATOR);
        String suffix = operator[0].substring(operator[0].length() - 4);
        Tag tag = mp.tags().create("U" + suffix);
        String remark = "找我" + suffix;
        String row = "#user-" + openid + " ";
        String untag = row + "form.untag[data-tag='" + tag.id() + "'] button.tag-remove";

        try (Browser browser = Console.signIn(Browser.open(), appUrl(), operator)) {
            browser.get(appUrl() + "/admin/users?app=" + appId + "&q=" + openid);
            assertThat(browser.driver().findElements(By.cssSelector("#users tr[id^='user-']"))).hasSize(1);
            new Select(browser.find(By.cssSelector(row + ".tag-pick"))).selectByVisibleText(tag.name());
            browser.find(By.cssSelector(row + ".tag-add")).click();
            browser.await(d -> !d.findElements(By.cssSelector(untag)).isEmpty());
            assertThat(mp.tags().tagsOf(openid)).contains(tag.id());
            assertThat(browser.driver().getCurrentUrl()).contains("q=" + openid);

            // filtered by the tag: the follower is there; untagged from that page, the same filter no longer finds them
            browser.get(appUrl() + "/admin/users?app=" + appId + "&tag=" + tag.id());
            assertThat(browser.driver().findElements(By.cssSelector("#users tr[id^='user-']"))).hasSize(1);
            browser.find(By.cssSelector(untag)).click();
            browser.await(d -> d.findElements(By.cssSelector(".flash.ok")).stream().anyMatch(e -> e.getText().contains("已移除标签")));
            assertThat(browser.find(By.id("no-users")).getText()).contains("没有找到");
            assertThat(new Select(browser.find(By.id("search-tag"))).getFirstSelectedOption().getText()).isEqualTo(tag.name());
            assertThat(mp.tags().tagsOf(openid)).doesNotContain(tag.id());
            assertThat(mp.users().get(openid).tagIds()).doesNotContain(tag.id());

            browser.get(appUrl() + "/admin/users?app=" + appId + "&q=" + openid);
            browser.find(By.cssSelector(row + "input.remark")).sendKeys(remark);
            browser.find(By.cssSelector(row + "input.remark + button")).click();
            browser.await(d -> d.findElements(By.cssSelector(".flash.ok")).stream().anyMatch(e -> e.getText().contains("备注已保存")));
            assertThat(mp.users().get(openid).remark()).isEqualTo(remark);

            browser.get(appUrl() + "/admin/users?app=" + appId);
            browser.find(By.id("search-q")).sendKeys("x".repeat(65));
            browser.find(By.id("search")).click();
            browser.await(d -> !d.findElements(By.id("search-error")).isEmpty());
            assertThat(browser.find(By.id("search-error")).getText()).contains("64");
            assertThat(browser.find(By.id("search-q")).getAttribute("value")).isEqualTo("x".repeat(65));

            browser.find(By.id("search-q")).clear();
            browser.find(By.id("search-q")).sendKeys(remark);
            browser.find(By.id("search")).click();
            browser.await(d -> d.findElements(By.id("search-error")).isEmpty()
                    && remark.equals(d.findElement(By.id("search-q")).getAttribute("value")));
            assertThat(browser.driver().findElements(By.cssSelector("#users tr[id^='user-']"))).singleElement()
                    .satisfies(r -> assertThat(r.getAttribute("id")).isEqualTo("user-" + openid));
            assertThat(browser.find(By.cssSelector(row + "input.remark")).getAttribute("value")).isEqualTo(remark);
            // an action from a search result returns to the same search
            new Select(browser.find(By.cssSelector(row + ".tag-pick"))).selectByVisibleText(tag.name());
            browser.find(By.cssSelector(row + ".tag-add")).click();
            browser.await(d -> !d.findElements(By.cssSelector(untag)).isEmpty());
            assertThat(browser.find(By.id("search-q")).getAttribute("value")).isEqualTo(remark);
            assertThat(browser.driver().findElements(By.cssSelector("#users tr[id^='user-']"))).hasSize(1);
            assertThat(mp.tags().tagsOf(openid)).contains(tag.id());
            browser.screenshot("admin-users-search");
        }
        assertThat(audit.latest(operator[0], 10)).extracting(e -> e.action()).contains("users.tag", "users.untag", "users.remark");
    }
}
