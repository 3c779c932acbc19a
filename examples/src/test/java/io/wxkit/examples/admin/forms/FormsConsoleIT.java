package io.wxkit.examples.admin.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.examples.AppSuite;
import io.wxkit.examples.admin.AdminArea.Role;
import io.wxkit.examples.admin.Console;
import io.wxkit.examples.admin.staff.StaffAccounts;
import io.wxkit.examples.browser.Browser;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.forms.Form;
import io.wxkit.modules.forms.FormDraft;
import io.wxkit.modules.forms.FormField;
import io.wxkit.modules.forms.FormsModule;
import io.wxkit.modules.forms.SubmitResult;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 22, 表单: a survey of {@value #ROWS} submissions shows a chart per choice question with the module's counts,
 * its submissions page by page, and exports every row as a streamed CSV (chunked, UTF-8 with a BOM, Chinese intact).
 */
class FormsConsoleIT extends AppSuite {
    static final int ROWS = 1200;
    private static final String[] SESSIONS = {"上午场", "下午场", "晚上场"};

    @Autowired
    StaffAccounts staff;
    @Autowired
    FormsModule forms;

    @Test
    void aSurveyShowsItsChartsItsSubmissionsAndStreamsItsCsv() throws Exception {
        Instant now = Instant.now();
        Form form = forms.forms().create(FormDraft.survey("后台导出测试 社区活动调查", now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)))
                .field(FormField.singleChoice("session", "场次", SESSIONS).mandatory())
                .field(FormField.number("age", "年龄").range("1", "120"))
                .field(FormField.text("note", "建议")), "it");
        for (int i = 0; i < ROWS; i++) {
            SubmitResult r = forms.submissions().submit(form.id(), Participant.of("o_it_forms_" + i), "10.7." + (i / 250) + "." + (i % 250),
                    Map.of("session", List.of(SESSIONS[i % 3]), "age", List.of(String.valueOf(20 + i % 50)), "note", List.of("第" + i + "条，多谢")));
            assertThat(r).isInstanceOf(SubmitResult.Accepted.class);
        }
        String[] operator = Console.staff(staff, "forms", Role.OPERATOR);

        try (Browser browser = Console.signIn(Browser.open(), appUrl(), operator)) {
            browser.get(appUrl() + "/admin/forms");
            assertThat(browser.find(By.cssSelector("#forms tr[data-form='" + form.id() + "']")).getText()).contains("后台导出测试");
            browser.screenshot("admin-forms");

            browser.find(By.linkText(form.title())).click();
            browser.await(d -> "true".equals(d.findElement(By.id("chart-session")).getAttribute("data-rendered")));
            assertThat(browser.find(By.cssSelector("#chart-session canvas")).getSize().getHeight()).isGreaterThan(100);
            assertThat(browser.find(By.id("chart-session")).getAttribute("data-chart")).contains("\"values\":[400,400,400]");
            assertThat(browser.driver().findElements(By.cssSelector("#submissions tr[data-submission]"))).hasSize(50);
            assertThat(browser.find(By.id("number-stats")).getText()).contains("年龄").contains("20").contains("69");
            browser.screenshot("admin-form");
            String firstPageTop = browser.find(By.cssSelector("#submissions tr[data-submission]")).getAttribute("data-submission");
            browser.find(By.id("next-page")).click();
            browser.await(d -> !firstPageTop.equals(
                    d.findElement(By.cssSelector("#submissions tr[data-submission]")).getAttribute("data-submission")));

            HttpResponse<InputStream> csv = Downloads.get(browser, appUrl() + "/admin/forms/" + form.id() + "/export.csv");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            assertThat(csv.headers().firstValue("Content-Length")).isEmpty(); // streamed (chunked), not buffered whole
            assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("filename*=UTF-8''");
            try (InputStream in = csv.body()) {
                byte[] bom = in.readNBytes(3);
                assertThat(bom).containsExactly(0xEF, 0xBB, 0xBF);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String header = lines.readLine();
                assertThat(header).contains("场次").contains("年龄").contains("建议");
                long rows = 0;
                boolean sawChinese = false;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    rows++;
                    sawChinese |= line.contains("多谢") && line.contains("上午场");
                }
                assertThat(rows).isEqualTo(ROWS);
                assertThat(sawChinese).isTrue();
            }
        }
    }
}
