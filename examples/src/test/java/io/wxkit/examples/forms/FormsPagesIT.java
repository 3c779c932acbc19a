package io.wxkit.examples.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.emulator.account.InboxEntry;
import io.wxkit.examples.AppSuite;
import io.wxkit.examples.browser.Browser;
import io.wxkit.examples.modules.PhoneUser;
import io.wxkit.modules.forms.Form;
import io.wxkit.modules.forms.FormsModule;
import io.wxkit.modules.forms.SubmissionStatus;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** The forms scenarios: register for the conference (template notice in the inbox) and fill the survey. */
class FormsPagesIT extends AppSuite {
    private static Browser browser;

    @Autowired
    FormsModule forms;
    @Autowired
    DemoForms demoForms;

    @BeforeAll
    static void open() {
        browser = Browser.open();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void aRegistrationIsConfirmedByATemplateMessage() {
        Form conference = form("registration");
        PhoneUser user = PhoneUser.follower(emulator, "参会的居民");
        user.open(browser, appUrl(), "/forms/" + conference.id());
        type("name", "韩梅梅");
        type("phone", "139 1234 5678");
        browser.find(By.cssSelector("input[name=session][value='主论坛']")).click();
        browser.find(By.id("submit")).click();

        assertThat(browser.find(By.cssSelector(".flash.ok")).getText()).contains("提交成功");
        assertThat(browser.find(By.id("mine")).getText()).contains("报名成功");
        assertThat(forms.submissions().mine(conference.id(), user.openid()))
                .singleElement().satisfies(s -> assertThat(s.status()).isEqualTo(SubmissionStatus.CONFIRMED));
        browser.screenshot("forms-registration");

        List<InboxEntry> templates = emulator.control().inbox(user.openid()).stream()
                .filter(e -> e.kind().equals("template")).toList();
        assertThat(templates).singleElement().satisfies(t -> {
            assertThat(t.fields()).containsEntry("templateId", FormsSeed.CONFIRMATION_TEMPLATE_ID);
            assertThat(t.fields().get("data").toString()).contains(conference.title());
        });
        browser.get(emulatorUrl() + "/emulator/?appId=" + PhoneUser.SERVICE_APP_ID + "&openid=" + user.openid());
        browser.await(d -> d.findElement(By.id("chat")).getText().contains(conference.title()));
        browser.screenshot("forms-registration-inbox");
    }

    @Test
    void aMistypedPhoneIsMarkedAndEverythingElseIsKept() {
        Form survey = form("survey");
        PhoneUser user = PhoneUser.stranger(emulator, "填问卷的居民");
        user.open(browser, appUrl(), "/forms/" + survey.id());
        type("name", "老王");
        type("phone", "1380013800");          // one digit short
        browser.find(By.cssSelector("input[name=satisfaction][value='满意']")).click();
        browser.find(By.cssSelector("input[name=services][value='图书室']")).click();
        type("advice", "希望图书室周末延长开放时间");
        browser.find(By.id("submit")).click();

        assertThat(browser.find(By.id("error-phone")).getText()).contains("11 位");
        assertThat(browser.driver().findElements(By.cssSelector(".field-error"))).hasSize(1);
        assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo("老王");
        assertThat(browser.find(By.id("phone")).getAttribute("value")).isEqualTo("1380013800");
        assertThat(browser.find(By.id("advice")).getAttribute("value")).isEqualTo("希望图书室周末延长开放时间");
        assertThat(browser.find(By.cssSelector("input[name=satisfaction][value='满意']")).isSelected()).isTrue();
        assertThat(browser.find(By.cssSelector("input[name=services][value='图书室']")).isSelected()).isTrue();
        assertThat(forms.submissions().mine(survey.id(), user.openid())).isEmpty();
        browser.screenshot("forms-survey-error");

        browser.find(By.id("phone")).clear();
        type("phone", "13800138000");
        browser.find(By.id("submit")).click();
        assertThat(browser.find(By.cssSelector(".flash.ok")).getText()).contains("提交成功");
        assertThat(forms.submissions().mine(survey.id(), user.openid())).hasSize(1);
        browser.screenshot("forms-survey");
    }

    private void type(String field, String text) {
        browser.find(By.id(field)).sendKeys(text);
    }

    private Form form(String kind) {
        return demoForms.ids().stream().map(forms.forms()::find)
                .filter(f -> f.kind().name().equalsIgnoreCase(kind)).findFirst().orElseThrow();
    }
}
