package io.wxkit.examples.admin.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.examples.AppSuite;
import io.wxkit.examples.admin.AdminAccounts;
import io.wxkit.examples.admin.AdminArea.Role;
import io.wxkit.examples.admin.Console;
import io.wxkit.examples.admin.staff.StaffAccounts;
import io.wxkit.examples.browser.Browser;
import io.wxkit.mp.WxMp;
import io.wxkit.mp.analytics.DateRange;
import io.wxkit.mp.analytics.UserCumulate;
import io.wxkit.mp.analytics.UserSummary;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 22: the dashboard renders its ECharts charts with the emulator's data-cube numbers (the same the analytics
 * API answers) and the platform's own counts of today's messages and menu clicks.
 */
class AnalyticsDashboardIT extends AppSuite {

    @Autowired
    StaffAccounts staff;
    @Autowired
    AdminAccounts accounts;

    @Test
    void theDashboardDrawsTheEmulatorsNumbers() {
        String appId = accounts.all().stream().filter(a -> a.name().equals("svc")).findFirst().orElseThrow().appId();
        WxMp mp = accounts.mp(appId);
        // the demo menu's own 今日新闻 button: replacing the account's menu here would break the other suites
        // sharing this app and emulator (they tap the demo menu)
        String openid = emulator.control().user(appId, "统计用户").openid();
        emulator.control().follow(openid);
        emulator.control().sendText(openid, "你好");
        emulator.control().sendText(openid, "查询");
        emulator.control().click(openid, "NEWS");

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        DateRange week = DateRange.of(today.minusDays(6), today.minusDays(1));
        long newUsers = mp.analytics().userSummary(week).stream().mapToLong(UserSummary::newUser).sum();
        long lostUsers = mp.analytics().userSummary(week).stream().mapToLong(UserSummary::cancelUser).sum();
        List<UserCumulate> cumulate = mp.analytics().userCumulate(week);
        String[] operator = Console.staff(staff, "stats", Role.OPERATOR);

        try (Browser browser = Console.signIn(Browser.open(), appUrl(), operator)) {
            browser.get(appUrl() + "/admin/analytics?app=" + appId + "&from=" + today + "&to=" + today.plusDays(1));
            assertThat(browser.find(By.cssSelector("#range-form .field-error")).getText()).contains("结束日期不能晚于今天");

            browser.get(appUrl() + "/admin/analytics?app=" + appId);
            for (String chart : List.of("chart-followers", "chart-messages", "chart-clicks", "chart-reads")) {
                browser.await(d -> "true".equals(d.findElement(By.id(chart)).getAttribute("data-rendered")));
                assertThat(browser.find(By.cssSelector("#" + chart + " canvas")).getSize().getHeight()).isGreaterThan(100);
            }
            assertThat(browser.find(By.id("kpi-new")).getText()).isEqualTo(String.valueOf(newUsers));
            assertThat(browser.find(By.id("kpi-lost")).getText()).isEqualTo(String.valueOf(lostUsers));
            for (UserCumulate c : cumulate) {
                assertThat(browser.find(By.cssSelector("#numbers tr[data-day='" + c.refDate() + "'] .wxCumulateUsers")).getText())
                        .isEqualTo(String.valueOf(c.cumulateUser()));
            }
            String todayRow = "#numbers tr[data-day='" + today + "'] ";
            assertThat(Long.parseLong(browser.find(By.cssSelector(todayRow + ".ownMessages")).getText())).isGreaterThanOrEqualTo(2);
            assertThat(Long.parseLong(browser.find(By.cssSelector(todayRow + ".ownMenuClicks")).getText())).isGreaterThanOrEqualTo(1);
            assertThat(browser.find(By.id("menu-keys")).getText()).contains("NEWS");
            browser.screenshot("admin-analytics");
        }
    }
}
