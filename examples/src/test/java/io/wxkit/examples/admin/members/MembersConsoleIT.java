package io.wxkit.examples.admin.members;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.examples.AppSuite;
import io.wxkit.examples.admin.AdminArea.Role;
import io.wxkit.examples.admin.Console;
import io.wxkit.examples.admin.staff.StaffAccounts;
import io.wxkit.examples.browser.Browser;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.member.MemberModule;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 22, 会员: an administrator scopes a member admin to one department; the member admin sees only that
 * department's members, adjusts a member's points with a reason, and is refused a member of another department.
 */
class MembersConsoleIT extends AppSuite {

    @Autowired
    StaffAccounts staff;
    @Autowired
    MemberModule member;

    @Test
    void aScopedMemberAdminAdjustsPointsInScopeAndIsRefusedOutOfIt() {
        String dept = "测试" + Long.toString(System.nanoTime() % 100000, 36);
        String inScope = "o_it_member_in_" + dept.hashCode();
        String outOfScope = "o_it_member_out_" + dept.hashCode();
        member.members().join(Participant.of(inScope).nickname("王芳"), dept);
        member.members().join(Participant.of(outOfScope).nickname("赵磊"), "西区");
        String[] memberAdmin = Console.staff(staff, "memadm", Role.MEMBER_ADMIN);
        String[] administrator = Console.staff(staff, "boss", Role.ADMINISTRATOR);

        try (Browser browser = Console.signIn(Browser.open(), appUrl(), administrator)) {
            browser.get(appUrl() + "/admin/members/scopes");
            String row = "#scopes tr[data-user='" + memberAdmin[0] + "'] ";
            assertThat(browser.find(By.cssSelector(row + ".current")).getText()).contains("未授权");
            browser.find(By.id("scopes-" + memberAdmin[0])).sendKeys("dept:" + dept);
            browser.find(By.id("grant-" + memberAdmin[0])).click();
            assertThat(browser.find(By.cssSelector(".flash.error")).getText()).contains("department:");
            assertThat(browser.find(By.id("scopes-" + memberAdmin[0])).getAttribute("value")).isEqualTo("dept:" + dept);
            browser.find(By.cssSelector("#role-" + memberAdmin[0] + " option[value='MANAGER']")).click();
            browser.find(By.id("scopes-" + memberAdmin[0])).clear();
            browser.find(By.id("scopes-" + memberAdmin[0])).sendKeys("department:" + dept);
            browser.find(By.id("grant-" + memberAdmin[0])).click();
            // the grant reloads the page: read the row of the new page (the old one goes stale), same assertion
            String granted = browser.await(d -> {
                String text = d.findElement(By.cssSelector(row + ".current")).getText();
                return text.contains("MANAGER") ? text : null;
            });
            assertThat(granted).contains("MANAGER").contains(dept);
            browser.screenshot("admin-member-scopes");
            browser.get(appUrl() + "/admin/members/levels");
            browser.find(By.id("code")).sendKeys("Gold!");
            browser.find(By.id("name")).sendKeys("测试等级");
            browser.find(By.id("rank")).sendKeys("9");
            browser.find(By.id("save-level")).click();
            assertThat(browser.find(By.cssSelector(".flash.error")).getText()).contains("level code");
            assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo("测试等级");
            assertThat(browser.find(By.id("levels")).getText()).contains("silver").contains("gold");
            browser.screenshot("admin-member-levels");
        }

        try (Browser browser = Console.signIn(Browser.open(), appUrl(), memberAdmin)) {
            browser.get(appUrl() + "/admin/members");
            assertThat(browser.find(By.id("my-scope")).getText()).contains(dept);
            assertThat(browser.driver().findElements(By.cssSelector("#members tr[data-openid]")))
                    .extracting(r -> r.getAttribute("data-openid")).containsExactly(inScope);
            browser.screenshot("admin-members");

            browser.find(By.cssSelector("#members tr[data-openid='" + inScope + "'] a")).click();
            browser.find(By.id("delta")).sendKeys("+50");
            browser.find(By.id("adjust")).click();
            assertThat(browser.find(By.cssSelector(".flash.error")).getText()).contains("原因");
            assertThat(browser.find(By.id("delta")).getAttribute("value")).isEqualTo("+50");
            browser.find(By.id("reason")).sendKeys("参加社区志愿活动");
            browser.find(By.id("adjust")).click();
            assertThat(browser.find(By.cssSelector(".flash.ok")).getText()).contains("+50");
            assertThat(browser.find(By.id("points")).getText()).isEqualTo("50");
            assertThat(browser.find(By.id("ledger")).getText()).contains("参加社区志愿活动");
            browser.screenshot("admin-member");
            assertThat(member.points().balance(inScope)).isEqualTo(50);

            browser.get(appUrl() + "/admin/members/" + outOfScope);
            assertThat(browser.find(By.tagName("main")).getText()).contains("不在你的管理范围").contains("OUT_OF_SCOPE");
            browser.screenshot("admin-member-out-of-scope");
            browser.get(appUrl() + "/admin/members/scopes");
            assertThat(browser.find(By.tagName("body")).getText()).doesNotContain("授权 Grant");
        }
        assertThat(member.points().balance(outOfScope)).isZero();
    }
}
