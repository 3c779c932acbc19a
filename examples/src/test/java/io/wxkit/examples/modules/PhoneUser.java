package io.wxkit.examples.modules;

import io.wxkit.emulator.WxEmulator;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.callback.CallbackResult;
import io.wxkit.examples.browser.Browser;
import org.openqa.selenium.By;

/**
 * A fake user of the service account, logged into the app's pages the way a person is: the page sends the browser
 * to WeChat's (the emulator's) authorize page, the user is picked there and allows, and WeChat sends the browser
 * back. Each login starts a fresh browser session, so one browser can play several users in turn.
 */
public record PhoneUser(String openid, String nickname) {
    /** The service account's app id, as the emulator knows it. */
    public static final String SERVICE_APP_ID = "wxdemosvc00000001";

    /** A new fake user who does not follow the account. */
    public static PhoneUser stranger(WxEmulator emulator, String nickname) {
        FakeUser user = emulator.control().user(SERVICE_APP_ID, nickname);
        return new PhoneUser(user.openid(), nickname);
    }

    /** A new fake user who follows the account (the app's callback saw the subscribe event). */
    public static PhoneUser follower(WxEmulator emulator, String nickname) {
        PhoneUser user = stranger(emulator, nickname);
        CallbackResult followed = emulator.control().follow(user.openid());
        if (followed.error() != null) {
            throw new AssertionError("the app did not take the follow of " + nickname + ": " + followed.error());
        }
        return user;
    }

    /** Opens {@code url} (a page that needs the user) as this user, through the consent page; answers the browser. */
    public Browser open(Browser browser, String appUrl, String path) {
        browser.get(appUrl + "/");
        browser.driver().manage().deleteAllCookies();
        browser.get(appUrl + path);
        browser.find(By.cssSelector("input[name=openid][value='" + openid + "']")).click();
        browser.find(By.id("oauth-allow")).click();
        browser.await(d -> d.getCurrentUrl().startsWith(appUrl + path));
        return browser;
    }

    /**
     * Waits until the element {@code by} of the page shown now has a text containing {@code text}, looking it up
     * afresh each time (after a submit the old page's element may still be found, then go stale).
     */
    public static String awaitText(Browser browser, By by, String text) {
        return browser.await(d -> {
            String shown = d.findElement(by).getText();
            return shown.contains(text) ? shown : null;
        });
    }
}
