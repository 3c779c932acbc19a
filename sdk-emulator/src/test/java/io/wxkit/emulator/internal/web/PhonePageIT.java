package io.wxkit.emulator.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wxkit.emulator.FakeApp;
import io.wxkit.emulator.TestHttp;
import io.wxkit.emulator.WxEmulator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The phone page in headless Chromium: follow the account, tap a menu button, see the app's reply bubble. */
class PhonePageIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Pattern FROM = Pattern.compile("<FromUserName><!\\[CDATA\\[(.*?)]]>");
    private static final Pattern TO = Pattern.compile("<ToUserName><!\\[CDATA\\[(.*?)]]>");
    private WxEmulator emulator;
    private FakeApp app;
    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void start() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true but " + CHROMIUM + " or " + DRIVER + " is missing (apt-get install chromium chromium-driver)");
            }
            assumeTrue(false, "skipping the browser test: " + CHROMIUM + " / " + DRIVER + " not installed");
        }
        emulator = WxEmulator.start();
        app = new FakeApp();
        app.answer(r -> new FakeApp.Response(200, reply(r.body())));
        profile = Files.createTempDirectory("wxkit-chromium-");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
        if (emulator != null) {
            emulator.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** The app under test: welcomes new followers and answers the NEWS button. */
    private static String reply(String inbound) {
        String content = inbound.contains("<Event><![CDATA[subscribe]]>") ? "Welcome aboard"
                : inbound.contains("<EventKey><![CDATA[NEWS]]>") ? "Today's news: all tests green" : null;
        if (content == null) {
            return "success";
        }
        Matcher from = FROM.matcher(inbound);
        Matcher to = TO.matcher(inbound);
        from.find();
        to.find();
        return "<xml><ToUserName><![CDATA[" + from.group(1) + "]]></ToUserName><FromUserName><![CDATA[" + to.group(1)
                + "]]></FromUserName><CreateTime>1700000000</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                + "<Content><![CDATA[" + content + "]]></Content></xml>";
    }

    @Test
    void followingTappingTheMenuAndSeeingTheReplyBubble() {
        TestHttp http = new TestHttp(emulator.baseUrl());
        http.post("/emulator/accounts", "{\"appId\":\"wx1\",\"secret\":\"s\",\"token\":\"tok123\",\"callbackUrl\":\""
                + app.url("/wx") + "\"}");
        String token = http.get("/cgi-bin/token?grant_type=client_credential&appid=wx1&secret=s").json()
                .get("access_token").asText();
        assertThat(http.post("/cgi-bin/menu/create?access_token=" + token, "{\"button\":[{\"type\":\"click\","
                + "\"name\":\"News\",\"key\":\"NEWS\"},{\"type\":\"view\",\"name\":\"Site\",\"url\":\"https://example.com\"}]}")
                .json().get("errcode").asInt()).isZero();
        String openid = http.post("/emulator/users", "{\"appId\":\"wx1\",\"nickname\":\"Alice\"}").json()
                .get("openid").asText();

        browser.get(emulator.baseUrl() + "/emulator/?appId=wx1&openid=" + openid);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.textToBe(By.id("follow-btn"), "Follow"));
        browser.findElement(By.id("follow-btn")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chat"), "Welcome aboard"));
        wait.until(ExpectedConditions.textToBe(By.id("follow-btn"), "Following"));

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".menu-btn[data-key='NEWS']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#chat"),
                "Today's news: all tests green"));
        assertThat(browser.findElements(By.cssSelector(".bubble.them")))
                .extracting(e -> e.getText()).contains("Welcome aboard", "Today's news: all tests green");
    }
}
