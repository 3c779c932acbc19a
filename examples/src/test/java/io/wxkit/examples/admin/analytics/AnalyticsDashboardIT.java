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
import io.wxkit.modules.common.ModuleContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
    @Autowired
    ModuleContext modules;

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

    @Test
    void moduleActivityShowsExactlyWhatWasSeededOnItsDayAndZeroOutsideIt() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate day = today.minusDays(20);
        ModuleSeed seed = new ModuleSeed(modules, day);
        int votes = seed.ballots("oSeedVoter1", "oSeedVoter2", "oSeedVoter3");
        String[] players = {"oSeedPlayer1", "oSeedPlayer2", "oSeedPlayer3", "oSeedPlayer4", "oSeedPlayer5"};
        int wins = seed.draws(players);
        long salesFen = seed.paidOrders(3950, 1, 2);            // two orders: 39.50 and 79.00
        String[] operator = Console.staff(staff, "modstats", Role.OPERATOR);

        try (Browser browser = Console.signIn(Browser.open(), appUrl(), operator)) {
            browser.get(appUrl() + "/admin/analytics?from=" + day.plusDays(1) + "&to=" + day.minusDays(1));
            assertThat(browser.find(By.cssSelector("#range-form .field-error")).getText()).contains("开始日期晚于结束日期");
            assertThat(browser.find(By.id("from")).getAttribute("value")).isEqualTo(day.plusDays(1).toString());
            browser.get(appUrl() + "/admin/analytics?from=" + day + "&to=20x6-01-01");
            assertThat(browser.find(By.cssSelector("#range-form .field-error")).getText()).contains("yyyy-MM-dd");
            // a date input drops a malformed value on its side; the page still sends back what was typed
            assertThat(browser.find(By.id("to")).getDomAttribute("value")).isEqualTo("20x6-01-01");

            browser.get(appUrl() + "/admin/analytics?from=" + day.minusDays(1) + "&to=" + day.plusDays(1));
            browser.await(d -> "true".equals(d.findElement(By.id("chart-shop")).getAttribute("data-rendered")));
            Map<String, String> onDay = Map.of("modVotes", "" + votes, "modDraws", "" + players.length, "modWins", "" + wins,
                    "modOrdersPaid", "2", "modSalesFen", "118.50");
            onDay.forEach((name, expected) -> {
                assertThat(cell(browser, day, name)).as(name).isEqualTo(expected);
                assertThat(cell(browser, day.minusDays(1), name)).as(name).isIn("0", "0.00");
                assertThat(cell(browser, day.plusDays(1), name)).as(name).isIn("0", "0.00");
            });
            assertThat(salesFen).isEqualTo(11_850);
            // the charts draw the same numbers: index 1 of the three days; sales in yuan
            assertThat(chartData(browser, "chart-modules", "投票 votes")).containsExactly(0.0, (double) votes, 0.0);
            assertThat(chartData(browser, "chart-modules", "抽奖 draws")).containsExactly(0.0, (double) players.length, 0.0);
            assertThat(chartData(browser, "chart-modules", "中奖 wins")).containsExactly(0.0, (double) wins, 0.0);
            assertThat(chartData(browser, "chart-shop", "支付订单 orders paid")).containsExactly(0.0, 2.0, 0.0);
            assertThat(chartData(browser, "chart-shop", "销售额 sales ¥")).containsExactly(0.0, 118.5, 0.0);
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('chart-modules').scrollIntoView()");
            browser.screenshot("admin-analytics-modules");

            browser.get(appUrl() + "/admin/analytics?from=" + day.plusDays(1) + "&to=" + day.plusDays(7));
            browser.await(d -> "true".equals(d.findElement(By.id("chart-shop")).getAttribute("data-rendered")));
            for (String name : onDay.keySet()) {
                assertThat(browser.find(By.cssSelector("#module-numbers .totals ." + name)).getText()).as(name).isIn("0", "0.00");
            }
            assertThat(chartData(browser, "chart-modules", "投票 votes")).hasSize(7).containsOnly(0.0);
        }
    }

    private static String cell(Browser browser, LocalDate day, String series) {
        return browser.find(By.cssSelector("#module-numbers tr[data-day='" + day + "'] ." + series)).getText();
    }

    /** The data ECharts holds for the named series of a chart. */
    @SuppressWarnings("unchecked")
    private static List<Double> chartData(Browser browser, String chart, String series) {
        Object data = ((JavascriptExecutor) browser.driver()).executeScript("var name = arguments[1];"
                + " var c = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
                + " var s = c.getOption().series.filter(function (x) { return x.name === name; });"
                + " return s.length ? s[0].data : null;", chart, series);
        assertThat(data).as(chart + " " + series).isNotNull();
        // Selenium answers a whole JavaScript number as a Long, any other as a Double
        return ((List<Number>) data).stream().map(Number::doubleValue).toList();
    }
}
