package io.wxkit.examples.site;

import io.wxkit.examples.browser.Browser;
import org.openqa.selenium.By;

/** Signs the browser in as a fake user through the emulator's OAuth consent page, then lands on the page. */
final class WeChatLogin {

    private WeChatLogin() {
    }

    /** On the emulator's consent page (when the browser is on it), picks {@code openid} and allows. */
    static void consent(Browser browser, String openid) {
        browser.find(By.cssSelector("input[name=openid][value='" + openid + "']")).click();
        browser.find(By.id("oauth-allow")).click();
    }

    /** Opens {@code pageUrl} with a fresh session, picks {@code openid} on the consent page and allows. */
    static void as(Browser browser, String pageUrl, String openid) {
        browser.driver().manage().deleteAllCookies();
        browser.get(pageUrl);
        browser.find(By.cssSelector("input[name=openid][value='" + openid + "']")).click();
        browser.find(By.id("oauth-allow")).click();
        String path = pageUrl.replaceFirst("^https?://[^/]+", "");
        browser.await(d -> d.getCurrentUrl().replaceFirst("^https?://[^/]+", "").startsWith(path));
    }
}
