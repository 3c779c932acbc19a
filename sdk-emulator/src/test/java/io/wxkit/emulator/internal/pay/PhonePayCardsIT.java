package io.wxkit.emulator.internal.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.emulator.Vectors;
import io.wxkit.emulator.WxEmulator;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The phone page's pay cards in headless Chromium: the payee opens a red packet (gethbinfo then answers
 * RECEIVED), confirms a merchant transfer (the bill moves to SUCCESS and its notification reaches
 * notify_url), and sees a refund notice. Screenshots land in {@code target/phone-*.png}.
 */
class PhonePayCardsIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final String V2KEY = "192006250b4c09247ec02edce69f6a2d";
    private static final String BILLNO = SignedPay.MCH + "20261203000001";
    private SignedPay pay;
    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true but " + CHROMIUM + " or " + DRIVER + " is missing (apt-get install chromium chromium-driver)");
            }
            assumeTrue(false, "skipping the browser test: " + CHROMIUM + " / " + DRIVER + " not installed");
        }
        pay = new SignedPay(WxEmulator.start(), Clock.systemUTC());
        // the same merchant again, now with its v2 API key so it can send red packets
        assertThat(pay.http.post("/emulator/merchants", SignedPay.MAPPER.createObjectNode().put("mchId", SignedPay.MCH)
                .put("appId", SignedPay.APP).put("apiV3Key", SignedPay.V3KEY).put("apiKey", V2KEY)
                .put("merchantCertificatePem", Vectors.file("vectors/keys/TEST-ONLY-merchant-apiclient_cert.pem"))
                .toString()).status()).isEqualTo(201);
        profile = Files.createTempDirectory("wxkit-chromium-");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=900,900", "--user-data-dir=" + profile);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (pay != null) {
            pay.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void thePayeeOpensARedPacketConfirmsATransferAndSeesARefundNotice() throws Exception {
        sendRedPacket();
        assertThat(pay.call("POST", "/v3/fund-app/mch-transfer/transfer-bills", transfer("PHONETR1", 150)).status())
                .isEqualTo(200);
        pay.paid("PHONEORDER1", 500);
        assertThat(pay.call("POST", "/v3/refund/domestic/refunds", "{\"out_trade_no\":\"PHONEORDER1\","
                + "\"out_refund_no\":\"PHONERF1\",\"notify_url\":\"" + pay.app.url("/refund") + "\","
                + "\"amount\":{\"refund\":200,\"total\":500,\"currency\":\"CNY\"}}").status()).isEqualTo(200);
        pay.app.next(); // the refund notification

        browser.get(pay.emulator.baseUrl() + "/emulator/?appId=" + SignedPay.APP + "&openid=" + pay.payer);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".refund"), "PHONERF1"));
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".transfer .tr-state"), "WAIT_USER_CONFIRM"));
        screenshot("phone-pay-cards-before");

        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".redpack .rp-open"))).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".redpack.opened .rp-amount"), "¥1.00"));
        assertThat(gethbinfo()).contains("<status><![CDATA[RECEIVED]]></status>");

        browser.findElement(By.cssSelector(".transfer .tr-confirm")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".transfer .tr-state"), "SUCCESS"));
        JsonNode notified = pay.notification(pay.app.next());
        assertThat(notified.get("event_type").asText()).isEqualTo("MCHTRANSFER.BILL.FINISHED");
        assertThat(notified.get("plain").get("state").asText()).isEqualTo("SUCCESS");
        assertThat(pay.call("GET", "/v3/fund-app/mch-transfer/transfer-bills/out-bill-no/PHONETR1", null).json()
                .get("state").asText()).isEqualTo("SUCCESS");
        screenshot("phone-pay-cards-after");

        browser.navigate().refresh(); // the opened packet and answered transfer are the emulator's state, not the page's
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".redpack.opened")));
        wait.until(ExpectedConditions.textToBe(By.cssSelector(".transfer .tr-state"), "SUCCESS"));
        assertThat(browser.findElements(By.cssSelector(".transfer .tr-confirm"))).isEmpty();
    }

    private void screenshot(String name) throws Exception {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private String transfer(String outBillNo, long amount) {
        return "{\"appid\":\"" + SignedPay.APP + "\",\"out_bill_no\":\"" + outBillNo + "\",\"transfer_scene_id\":\"1000\","
                + "\"openid\":\"" + pay.payer + "\",\"transfer_amount\":" + amount + ",\"transfer_remark\":\"新会员开通有礼\","
                + "\"notify_url\":\"" + pay.app.url("/transfer") + "\",\"transfer_scene_report_infos\":["
                + "{\"info_type\":\"活动名称\",\"info_content\":\"新会员有礼\"},"
                + "{\"info_type\":\"奖励说明\",\"info_content\":\"注册会员抽奖一等奖\"}]}";
    }

    private void sendRedPacket() throws Exception {
        Map<String, String> p = new TreeMap<>(Map.of("nonce_str", "phone1", "mch_billno", BILLNO, "mch_id",
                SignedPay.MCH, "wxappid", SignedPay.APP, "send_name", "wxkit shop", "re_openid", pay.payer,
                "total_amount", "100", "total_num", "1", "wishing", "Thanks for testing", "client_ip", "127.0.0.1"));
        p.put("act_name", "Launch");
        p.put("remark", "phone page");
        p.put("sign", RedPackTest.md5Sign(p, V2KEY));
        assertThat(mtlsPost("/mmpaymkttransfers/sendredpack", RedPackTest.xml(p)))
                .contains("<result_code><![CDATA[SUCCESS]]></result_code>");
    }

    private String gethbinfo() throws Exception {
        Map<String, String> q = new TreeMap<>(Map.of("nonce_str", "phone2", "mch_billno", BILLNO, "mch_id",
                SignedPay.MCH, "appid", SignedPay.APP, "bill_type", "MCHT"));
        q.put("sign", RedPackTest.md5Sign(q, V2KEY));
        return mtlsPost("/mmpaymkttransfers/gethbinfo", RedPackTest.xml(q));
    }

    private String mtlsPost(String path, String body) throws Exception {
        CertificateFactory cf = CertificateFactory.getInstance("X.509");
        String serverPem = pay.http.get("/emulator/pay/tls-certificate").json().get("pem").asText();
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("emulator", cf.generateCertificate(new ByteArrayInputStream(
                serverPem.getBytes(StandardCharsets.US_ASCII))));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        KeyStore client = KeyStore.getInstance("PKCS12");
        client.load(null, null);
        X509Certificate cert = (X509Certificate) cf.generateCertificate(new ByteArrayInputStream(
                Vectors.file("vectors/keys/TEST-ONLY-merchant-apiclient_cert.pem").getBytes(StandardCharsets.US_ASCII)));
        client.setKeyEntry("merchant", PaySigning.privateKey(Vectors.file("vectors/keys/TEST-ONLY-merchant-apiclient_key.pem")),
                "x".toCharArray(), new X509Certificate[] {cert});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(client, "x".toCharArray());
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        HttpClient http = HttpClient.newBuilder().sslContext(ctx).build(); // Java 17: not AutoCloseable
        return http.send(HttpRequest.newBuilder(URI.create(pay.emulator.payTlsBaseUrl() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
