package io.wxkit.examples.admin;

import io.wxkit.examples.admin.AdminArea.Role;
import io.wxkit.examples.admin.staff.StaffAccounts;
import io.wxkit.examples.browser.Browser;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/** Test helpers for the console: staff made for one test, and a desktop-sized browser signed in as them. */
public final class Console {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Console() {
    }

    /** A fresh staff member with {@code roles}; answers {username, password}. */
    public static String[] staff(StaffAccounts staff, String prefix, Role... roles) {
        String suffix = HexFormat.of().formatHex(RANDOM.generateSeed(3));
        String username = prefix + "-" + suffix;
        String password = "pw-" + HexFormat.of().formatHex(RANDOM.generateSeed(8));
        staff.create(username, prefix + " " + suffix, password, Set.of(roles));
        return new String[] {username, password};
    }

    /** Widens the browser to a desktop (the console is a desktop layout) and signs in. */
    public static Browser signIn(Browser browser, String appUrl, String[] credentials) {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        browser.get(appUrl + "/admin/login");
        browser.find(By.id("username")).sendKeys(credentials[0]);
        browser.find(By.id("password")).sendKeys(credentials[1]);
        browser.find(By.id("sign-in")).click();
        browser.await(d -> d.findElement(By.id("who")).getText().equals(credentials[0]));
        return browser;
    }
}
