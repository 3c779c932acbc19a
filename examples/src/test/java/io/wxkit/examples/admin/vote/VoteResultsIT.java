package io.wxkit.examples.admin.vote;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.examples.AppSuite;
import io.wxkit.examples.admin.AdminArea.Role;
import io.wxkit.examples.admin.Console;
import io.wxkit.examples.admin.forms.Downloads;
import io.wxkit.examples.admin.staff.StaffAccounts;
import io.wxkit.examples.browser.Browser;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.vote.Poll;
import io.wxkit.modules.vote.PollDraft;
import io.wxkit.modules.vote.VoteModule;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 22, 投票: a poll's results as an ECharts bar chart with the ballots cast, and its ranking as CSV. */
class VoteResultsIT extends AppSuite {

    @Autowired
    StaffAccounts staff;
    @Autowired
    VoteModule vote;

    @Test
    void thePollsResultsDrawAsABarChartAndExportAsCsv() throws Exception {
        Instant now = Instant.now();
        Poll poll = vote.polls().create(PollDraft.titled("后台测试：最受欢迎的社区活动", now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)))
                .option("广场舞").option("读书会").option("亲子运动会"));
        int[] ballots = {3, 5, 1};
        int voter = 0;
        for (int option = 0; option < ballots.length; option++) {
            for (int i = 0; i < ballots[option]; i++) {
                vote.ballots().cast(poll.id(), Participant.of("o_it_vote_" + voter), "10.8.0." + (voter++ + 1),
                        List.of(poll.options().get(option).id()));
            }
        }
        String[] operator = Console.staff(staff, "votes", Role.OPERATOR);

        try (Browser browser = Console.signIn(Browser.open(), appUrl(), operator)) {
            browser.get(appUrl() + "/admin/vote");
            browser.find(By.linkText(poll.title())).click();
            browser.await(d -> "true".equals(d.findElement(By.id("chart-votes")).getAttribute("data-rendered")));
            assertThat(browser.find(By.cssSelector("#chart-votes canvas")).getSize().getHeight()).isGreaterThan(100);
            assertThat(browser.find(By.id("chart-votes")).getAttribute("data-chart")).contains("\"values\":[3,5,1]");
            assertThat(browser.find(By.cssSelector("#ranking tr[data-option='" + poll.options().get(1).id() + "'] .votes")).getText())
                    .isEqualTo("5");
            assertThat(browser.find(By.id("ballots")).getText()).contains("9");
            assertThat(browser.find(By.id("tally")).getText()).contains("核对一致");
            browser.screenshot("admin-vote");

            HttpResponse<InputStream> csv = Downloads.get(browser, appUrl() + "/admin/vote/" + poll.id() + "/export.csv");
            assertThat(csv.statusCode()).isEqualTo(200);
            String text;
            try (InputStream in = csv.body()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(text).startsWith("\uFEFFrank,option_id,option,votes");
            assertThat(text.lines().skip(1).toList()).containsExactly(
                    "1," + poll.options().get(1).id() + ",读书会,5",
                    "2," + poll.options().get(0).id() + ",广场舞,3",
                    "3," + poll.options().get(2).id() + ",亲子运动会,1");
        }
    }
}
