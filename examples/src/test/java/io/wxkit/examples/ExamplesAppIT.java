package io.wxkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.callback.CallbackResult;
import io.wxkit.examples.browser.Browser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The app comes up whole: pages served, the emulator wired to both accounts' encrypted callbacks, admin walled. */
class ExamplesAppIT extends AppSuite {

    @Test
    void theHomePageListsThePagesInABrowser() {
        try (Browser browser = Browser.open()) {
            browser.get(appUrl() + "/");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("wxkit 示例平台");
            browser.screenshot("home");
        }
    }

    @Test
    void bothAccountsAnswerTheEmulatorThroughTheirEncryptedCallbacks() {
        for (String appId : new String[] {"wxdemosub00000001", "wxdemosvc00000001"}) {
            FakeUser user = emulator.control().user(appId, "Smoke " + appId);
            CallbackResult followed = emulator.control().follow(user.openid());
            assertThat(followed.error()).as(appId).isNull();
        }
    }

    @Test
    void theAdminConsoleNeedsALogin() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> admin = http.send(HttpRequest.newBuilder(URI.create(appUrl() + "/admin/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(admin.statusCode()).isEqualTo(302);
        assertThat(admin.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/login"));
    }
}
