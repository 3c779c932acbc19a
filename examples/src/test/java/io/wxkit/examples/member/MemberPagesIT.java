package io.wxkit.examples.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.wxkit.examples.AppSuite;
import io.wxkit.examples.browser.Browser;
import io.wxkit.examples.modules.PhoneUser;
import io.wxkit.modules.common.Participant;
import io.wxkit.modules.member.AdminRole;
import io.wxkit.modules.member.AdminScope;
import io.wxkit.modules.member.MemberModule;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** The member scenarios: a resident's card and check-in; a scoped admin changes a member in scope, is refused outside. */
class MemberPagesIT extends AppSuite {
    private static Browser browser;

    @Autowired
    MemberModule member;

    @BeforeAll
    static void open() {
        browser = Browser.open();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void aResidentJoinsAndChecksIn() {
        PhoneUser resident = PhoneUser.stranger(emulator, "新会员");
        resident.open(browser, appUrl(), "/member");
        browser.find(By.id("join-button")).click();
        assertThat(browser.find(By.id("card-no")).getText()).isEqualTo(member.members().find(resident.openid()).cardNo());
        assertThat(browser.find(By.id("points")).getText()).isEqualTo("0");
        browser.find(By.id("check-in")).click();
        PhoneUser.awaitText(browser, By.cssSelector(".flash.ok"), "签到成功");
        assertThat(browser.find(By.id("points")).getText()).isEqualTo("10");
        browser.find(By.id("check-in")).click();
        PhoneUser.awaitText(browser, By.cssSelector(".flash.ok"), "已经签到");
        assertThat(browser.find(By.id("points")).getText()).isEqualTo("10");
        String code = browser.find(By.id("card-code")).getText();
        assertThat(member.cards().verify(code).openid()).isEqualTo(resident.openid());
        assertThat(scanned(browser.find(By.cssSelector("#card-qr svg")))).isEqualTo(code);
        browser.screenshot("member-card");
    }

    /** What a scanner reads off the drawn QR code: the element's pixels as the browser painted them, decoded. */
    private static String scanned(WebElement qr) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(qr.getScreenshotAs(OutputType.BYTES)));
            int[] rgb = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(img.getWidth(), img.getHeight(), rgb)));
            return new QRCodeReader().decode(bitmap).getText();
        } catch (IOException | ReaderException e) {
            throw new AssertionError("the member card shows no readable QR code: " + e, e);
        }
    }

    @Test
    void aScopedAdminChangesAMemberInScopeAndIsRefusedOutOfScope() {
        String east = "o_it_member_east";
        String west = "o_it_member_west";
        member.members().join(Participant.of(east).nickname("东区测试会员"), MemberSeed.EAST);
        member.members().join(Participant.of(west).nickname("西区测试会员"), MemberSeed.WEST);
        PhoneUser admin = PhoneUser.stranger(emulator, "东区管理员");
        member.admins().grant(MemberSeed.OWNER, admin.openid(), AdminRole.MANAGER, Set.of(AdminScope.department(MemberSeed.EAST)));
        long before = member.members().find(east).points();

        admin.open(browser, appUrl(), "/member/admin");
        assertThat(browser.find(By.id("members")).getText()).contains("东区测试会员").doesNotContain("西区测试会员");
        browser.find(By.xpath("//ul[@id='members']//a[.//strong[text()='东区测试会员']]")).click();
        browser.find(By.id("delta")).sendKeys("50");
        browser.find(By.id("adjust")).click();
        assertThat(browser.find(By.id("error-reason")).getText()).contains("原因");
        assertThat(browser.find(By.id("delta")).getAttribute("value")).isEqualTo("50");
        browser.find(By.id("reason")).sendKeys("参加社区志愿活动");
        browser.find(By.id("adjust")).click();
        assertThat(browser.find(By.cssSelector(".flash.ok")).getText()).contains("+50");
        assertThat(browser.find(By.id("member-points")).getText()).isEqualTo(String.valueOf(before + 50));
        assertThat(member.members().find(east).points()).isEqualTo(before + 50);
        browser.screenshot("member-admin");

        long westBefore = member.members().find(west).points();
        browser.get(appUrl() + "/member/admin");
        browser.find(By.id("payload")).sendKeys(member.cards().codeFor(west).payload());
        browser.find(By.id("scan")).click();
        assertThat(browser.find(By.cssSelector(".flash.error")).getText()).contains("不在您的管理范围内");
        browser.get(appUrl() + "/member/admin/member?openid=" + west);
        assertThat(browser.find(By.cssSelector(".flash.error")).getText()).contains("不在您的管理范围内");
        assertThat(member.members().find(west).points()).isEqualTo(westBefore);
        browser.screenshot("member-admin-refused");
    }
}
