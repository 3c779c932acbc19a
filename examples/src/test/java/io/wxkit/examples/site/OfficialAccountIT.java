package io.wxkit.examples.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.wxkit.emulator.account.FakeUser;
import io.wxkit.examples.AppSuite;
import io.wxkit.examples.browser.Browser;
import io.wxkit.examples.demo.DemoUsers;
import io.wxkit.examples.kf.KfDesk;
import io.wxkit.examples.biz.BizDirectory;
import io.wxkit.emulator.account.InboxEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Official Account side of the examples app, walked in the emulator's phone page and in the app's pages:
 * follow, menu, keyword query, binding and SSO, customer service. One browser for the suite.
 */
class OfficialAccountIT extends AppSuite {
    private static final String SVC = "wxdemosvc00000001";
    private static Browser browser;

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    KfDesk kfDesk;

    @Autowired
    BizDirectory bizDirectory;

    @BeforeAll
    static void openBrowser() {
        browser = Browser.open();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aNewFollowerGetsTheWelcomeNewsAndItOpensTheMicroSite() {
        FakeUser newcomer = emulator.control().user(SVC, "新朋友");
        PhonePage phone = PhonePage.open(browser, emulatorUrl(), SVC, newcomer.openid()).follow();

        phone.card("欢迎关注江南文化中心");
        assertThat(phone.cardTitles()).containsExactly("欢迎关注江南文化中心", "微发布 · 最新动态", "微展示 · 文化长廊");
        browser.screenshot("follow-welcome");

        browser.get(appUrl() + "/site");
        assertThat(browser.find(By.id("site-title")).getText()).isEqualTo("江南文化中心");
        browser.screenshot("site");
    }

    @Test
    void theMenusTodaysNewsAnswersThePublishedArticlesAndTheCardOpensTheArticle() {
        String openid = demoUsers.openid("svc", DemoUsers.ZHANG_WEI);
        PhonePage phone = PhonePage.open(browser, emulatorUrl(), SVC, openid).tapKey(null, "NEWS");

        phone.card("文化中心春季开放日活动启动");
        assertThat(phone.cardTitles()).contains("市民讲堂：宋代茶文化与点茶体验", "非遗展演周末场次公布",
                "志愿者招募：图书馆阅读推广");
        browser.screenshot("menu-news");

        browser.get(appUrl() + "/news");
        browser.find(By.cssSelector("#news-list .news-title"));
        // other suites sharing this app and emulator publish articles too (the console's publishing test):
        // the seeded article is in the list, not necessarily first
        assertThat(browser.driver().findElements(By.cssSelector("#news-list .news-title")))
                .extracting(e -> e.getText()).contains("文化中心春季开放日活动启动");
        // every seeded article shows its cover, fetched from the thumb_url the account answers
        browser.await(d -> coversLoaded(d.findElements(By.cssSelector("#news-list .news-cover"))) >= 4);
        browser.screenshot("news-list");
        browser.driver().findElements(By.cssSelector("#news-list a")).stream()
                .filter(a -> a.getText().contains("文化中心春季开放日活动启动")).findFirst().orElseThrow().click();
        assertThat(browser.find(By.id("article-title")).getText()).isEqualTo("文化中心春季开放日活动启动");
        assertThat(browser.find(By.id("article-body")).getText()).contains("春季开放日正式启动");
        browser.await(d -> coversLoaded(d.findElements(By.id("article-cover"))) == 1);
        browser.screenshot("news-article");
    }

    /** How many of the images finished loading with real pixels (a broken image has a natural width of 0). */
    private long coversLoaded(List<WebElement> images) {
        return images.stream().filter(img -> Boolean.TRUE.equals(((JavascriptExecutor)
                browser.driver()).executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;",
                img))).count();
    }

    @Test
    void aNewsCardOpensTheArticleInsideThePhonesWebView() {
        String openid = demoUsers.openid("svc", DemoUsers.CHEN_JING);
        PhonePage phone = PhonePage.open(browser, emulatorUrl(), SVC, openid).tapKey(null, "NEWS");
        phone.card("非遗展演周末场次公布").click();
        browser.driver().switchTo().frame(browser.find(By.id("webview-frame")));
        try {
            assertThat(browser.find(By.id("article-title")).getText()).isEqualTo("非遗展演周末场次公布");
        } finally {
            browser.driver().switchTo().defaultContent();
        }
        browser.screenshot("phone-webview-article");
    }

    @Test
    void anUnknownArticleIsANotFoundPageSayingSo() {
        browser.get(appUrl() + "/news/NO_SUCH_ARTICLE");
        assertThat(browser.find(By.cssSelector(".flash.error")).getText()).contains("没有这篇文章");
    }

    @Test
    void theCulturePageLinksOut() {
        browser.get(appUrl() + "/culture");
        assertThat(browser.driver().findElements(By.cssSelector(".exhibit a.out"))).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(a -> assertThat(a.getAttribute("href")).startsWith("https://"));
        browser.screenshot("culture");
    }

    @Test
    void aCustomerServiceMessageIsAnsweredByStaffInTheChatAndOnTheKfPage() {
        String openid = demoUsers.openid("svc", DemoUsers.LI_NA);
        PhonePage phone = PhonePage.open(browser, emulatorUrl(), SVC, openid).type("客服");
        phone.bubbleContaining("已为您转接人工客服");
        phone.type("我想预约周六的书法体验");
        browser.await(d -> kfDesk.messages(SVC, openid).stream().anyMatch(m -> m.fromUser()
                && m.content().equals("我想预约周六的书法体验")));

        // the staff's answer goes out through WeChat's customer-service API (the admin console's desk does this)
        kfDesk.answer(SVC, openid, "您好，周六上午十点场还有名额，已为您登记。");
        phone.bubbleContaining("已为您登记");
        assertThat(emulator.control().inbox(openid)).extracting(InboxEntry::kind).contains("kf");
        browser.screenshot("kf-phone");

        WeChatLogin.as(browser, appUrl() + "/kf", openid);
        browser.await(d -> d.findElements(By.cssSelector("#kf-chat .kf-staff")).size() == 1);
        assertThat(browser.find(By.cssSelector("#kf-chat .kf-user .kf-text")).getText())
                .isEqualTo("我想预约周六的书法体验");
        assertThat(browser.find(By.cssSelector("#kf-chat .kf-staff .kf-text")).getText()).contains("已为您登记");
        browser.screenshot("kf-chat");
    }

    @Test
    void theKfPageRefusesAnEmptyMessageAndKeepsWhatWasTyped() {
        String openid = demoUsers.openid("svc", DemoUsers.WANG_FANG);
        WeChatLogin.as(browser, appUrl() + "/kf", openid);
        String tooLong = "长".repeat(KfDesk.MAX_CHARS + 1);
        browser.find(By.id("content")).sendKeys(tooLong);
        browser.find(By.cssSelector("#kf-form button")).click();
        assertThat(browser.find(By.id("content-error")).getText()).contains("不能超过");
        assertThat(browser.find(By.id("content")).getAttribute("value")).isEqualTo(tooLong);
        browser.find(By.id("content")).clear();
        browser.find(By.cssSelector("#kf-form button")).click();
        // wait for the new page: the old page's error element answers until the browser has replaced it
        browser.await(d -> d.findElement(By.id("content-error")).getText().contains("请输入内容"));
    }

    @Test
    void aBoundFollowersKeywordQueryIsAnsweredByTheBusinessSystem() {
        String openid = demoUsers.openid("svc", DemoUsers.ZHANG_WEI);
        PhonePage phone = PhonePage.open(browser, emulatorUrl(), SVC, openid).type("查询 借阅");
        String answer = phone.bubbleContaining("当前借阅");
        assertThat(answer).startsWith("张伟（读者证 L1001）当前借阅：《红楼梦》");
        browser.screenshot("query-answer");
    }

    @Test
    void anUnboundFollowersKeywordQueryGetsTheBindLink() {
        String openid = demoUsers.openid("svc", DemoUsers.CHEN_JING);
        PhonePage phone = PhonePage.open(browser, emulatorUrl(), SVC, openid).type("查询 预约");
        String answer = phone.bubbleContaining("请先绑定");
        assertThat(answer).contains("场馆预约系统").contains("/bind?client=booking");
        browser.screenshot("query-unbound");
    }

    @Test
    void aFollowerBindsTheirAccountThenEntersTheBusinessSystemWithoutAPassword() {
        String openid = demoUsers.openid("svc", DemoUsers.WANG_FANG);
        WeChatLogin.as(browser, appUrl() + "/bind?client=library", openid);

        browser.find(By.id("account")).sendKeys("L1003");
        browser.find(By.id("password")).sendKeys("not-the-password");
        browser.find(By.id("bind-submit")).click();
        assertThat(browser.find(By.id("password-error")).getText()).contains("账号或密码不正确");
        assertThat(browser.find(By.id("account")).getAttribute("value")).isEqualTo("L1003");

        String password = bizDirectory.demoPassword("library", "L1003").orElseThrow();
        browser.find(By.id("password")).sendKeys(password);
        browser.find(By.id("bind-submit")).click();
        assertThat(browser.find(By.cssSelector(".flash.ok")).getText()).contains("已绑定").contains("L1003");
        browser.screenshot("bind-done");

        browser.find(By.id("enter-library")).click();
        WeChatLogin.consent(browser, openid); // the broker's own WeChat authorization (no password anywhere)
        assertThat(browser.find(By.id("biz-account")).getText()).isEqualTo("L1003");
        assertThat(browser.find(By.id("biz-holder")).getText()).isEqualTo("王芳");
        assertThat(browser.find(By.id("biz-openid")).getText()).isEqualTo(openid);
        browser.screenshot("sso-biz");
    }

    @Test
    void theBusinessSystemRefusesACallbackItDidNotStart() {
        browser.driver().manage().deleteAllCookies();
        browser.get(appUrl() + "/biz/library/callback?ticket=forged&state=forged");
        assertThat(browser.find(By.cssSelector(".flash.error")).getText()).contains("登录已失效");
    }
}
