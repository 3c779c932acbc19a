package io.wxkit.examples.site;

import io.wxkit.examples.browser.Browser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Page object of the emulator's phone page ({@code /emulator/?appId=..&openid=..}): one fake user's chat. */
final class PhonePage {
    private final Browser browser;

    private PhonePage(Browser browser) {
        this.browser = browser;
    }

    static PhonePage open(Browser browser, String emulatorUrl, String appId, String openid) {
        browser.get(emulatorUrl + "/emulator/?appId=" + enc(appId) + "&openid=" + enc(openid));
        browser.find(By.id("follow-btn"));
        return new PhonePage(browser);
    }

    PhonePage follow() {
        browser.await(d -> d.findElement(By.id("follow-btn")).getText().equals("Follow"));
        browser.find(By.id("follow-btn")).click();
        return this;
    }

    /** Taps the top-level or sub-menu button with this CLICK key (opening its sub-menu first if needed). */
    PhonePage tapKey(String parentName, String key) {
        if (parentName != null) {
            browser.await(d -> d.findElements(By.cssSelector("#menu-bar .menu-btn")).stream()
                    .filter(b -> b.getText().equals(parentName)).findFirst().orElse(null)).click();
            browser.find(By.cssSelector("#submenu .submenu-btn[data-key='" + key + "']")).click();
        } else {
            browser.find(By.cssSelector("#menu-bar .menu-btn[data-key='" + key + "']")).click();
        }
        return this;
    }

    PhonePage type(String text) {
        WebElement composer = browser.find(By.id("composer"));
        if (composer.getAttribute("class").contains("hidden")) {
            browser.find(By.id("keyboard-toggle")).click();
        }
        WebElement input = browser.find(By.id("input"));
        input.clear();
        input.sendKeys(text);
        browser.find(By.id("send")).click();
        return this;
    }

    /** Waits for a news card with this title and answers it. */
    WebElement card(String title) {
        // textContent, not getText: with covers the cards are tall and the first ones scroll out of the chat,
        // where WebDriver's visible text is empty
        return browser.await(d -> d.findElements(By.cssSelector("#chat .card")).stream()
                .filter(c -> title.equals(c.findElement(By.className("card-title")).getAttribute("textContent")))
                .findFirst().orElse(null));
    }

    /** Waits for an account bubble containing {@code text} and answers its whole text. */
    String bubbleContaining(String text) {
        return browser.await(d -> d.findElements(By.cssSelector("#chat .bubble.them")).stream()
                .map(WebElement::getText).filter(t -> t.contains(text)).findFirst().orElse(null));
    }

    List<String> cardTitles() {
        return browser.driver().findElements(By.cssSelector("#chat .card .card-title")).stream()
                .map(e -> e.getAttribute("textContent")).toList();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
