package io.wxkit.emulator.internal.pay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wxkit.core.internal.crypto.pay.SensitiveFields;
import io.wxkit.emulator.MutableClock;
import io.wxkit.emulator.TestHttp;
import io.wxkit.emulator.WxEmulator;
import io.wxkit.emulator.account.InboxEntry;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Merchant transfer bills: create, both queries, cancel, the user's confirmation, the final notification. */
class TransferBillsTest {
    private static final String BASE = "/v3/fund-app/mch-transfer/transfer-bills";
    private final MutableClock clock = new MutableClock(Instant.now());
    private SignedPay pay;

    @BeforeEach
    void start() throws Exception {
        pay = new SignedPay(WxEmulator.builder().clock(clock).start(), clock);
    }

    @AfterEach
    void stop() {
        pay.close();
    }

    private String transfer(String outBillNo, long amount, String extra) {
        return "{\"appid\":\"" + SignedPay.APP + "\",\"out_bill_no\":\"" + outBillNo + "\",\"transfer_scene_id\":\"1000\","
                + "\"openid\":\"" + pay.payer + "\",\"transfer_amount\":" + amount + ",\"transfer_remark\":\"新会员开通有礼\","
                + "\"notify_url\":\"" + pay.app.url("/transfer") + "\"" + extra
                + ",\"transfer_scene_report_infos\":[{\"info_type\":\"活动名称\",\"info_content\":\"新会员有礼\"},"
                + "{\"info_type\":\"奖励说明\",\"info_content\":\"注册会员抽奖一等奖\"}]}";
    }

    private TestHttp.Result create(String outBillNo, long amount) {
        return pay.call("POST", BASE, transfer(outBillNo, amount, ""));
    }

    @Test
    void aTransferWaitsForTheUserThenSucceedsAndNotifies() {
        JsonNode created = create("plfk2020042013", 400).json();
        assertThat(created.get("state").asText()).isEqualTo("WAIT_USER_CONFIRM");
        assertThat(created.get("package_info").asText()).isNotBlank();
        assertThat(created.get("transfer_bill_no").asText()).startsWith("1330").hasSize(40);
        assertThat(created.get("create_time").asText()).endsWith("+08:00");
        assertThat(create("plfk2020042013", 400).json().get("transfer_bill_no")).isEqualTo(created.get("transfer_bill_no"));
        assertThat(pay.emulator.control().inbox(pay.payer)).extracting(InboxEntry::kind).containsExactly("transfer");

        JsonNode byNo = pay.call("GET", BASE + "/transfer-bill-no/" + created.get("transfer_bill_no").asText(), null).json();
        assertThat(byNo.get("out_bill_no").asText()).isEqualTo("plfk2020042013");
        assertThat(byNo.get("mch_id").asText()).isEqualTo(SignedPay.MCH);
        assertThat(byNo.get("transfer_amount").asLong()).isEqualTo(400);
        assertThat(byNo.get("openid").asText()).isEqualTo(pay.payer);

        assertThat(pay.http.post("/emulator/transfers/plfk2020042013/confirm", "").json().get("state").asText())
                .isEqualTo("SUCCESS");
        JsonNode n = pay.notification(pay.app.next());
        assertThat(n.get("event_type").asText()).isEqualTo("MCHTRANSFER.BILL.FINISHED");
        assertThat(n.get("summary").asText()).isEqualTo("商家转账单据终态通知");
        assertThat(n.get("resource").get("original_type").asText()).isEqualTo("mch_payment");
        assertThat(n.get("plain").get("state").asText()).isEqualTo("SUCCESS");
        assertThat(n.get("plain").get("mchid").asText()).isEqualTo(SignedPay.MCH);
        assertThat(n.get("plain").get("out_bill_no").asText()).isEqualTo("plfk2020042013");
        JsonNode done = pay.call("GET", BASE + "/out-bill-no/plfk2020042013", null).json();
        assertThat(done.get("state").asText()).isEqualTo("SUCCESS");
        assertThat(done.has("package_info")).isFalse();
        assertThat(pay.http.post("/emulator/transfers/plfk2020042013/reject", "").status()).isEqualTo(409);
        TestHttp.Result cancel = pay.call("POST", BASE + "/out-bill-no/plfk2020042013/cancel", null);
        assertThat(cancel.status()).isEqualTo(400);
        assertThat(cancel.json().get("code").asText()).isEqualTo("INVALID_REQUEST");
    }

    @Test
    void theMerchantCancelsOrTheUserDeclinesOrTheTransferFails() {
        create("CANCEL1", 100);
        JsonNode cancelled = pay.call("POST", BASE + "/out-bill-no/CANCEL1/cancel", null).json();
        assertThat(cancelled.get("state").asText()).isEqualTo("CANCELLED");
        assertThat(pay.notification(pay.app.next()).get("plain").get("state").asText()).isEqualTo("CANCELLED");
        create("REJECT1", 100);
        pay.emulator.control().answerTransfer("REJECT1", false);
        assertThat(pay.notification(pay.app.next()).get("plain").get("state").asText()).isEqualTo("CANCELLED");
        create("FAIL1", 100);
        pay.http.post("/emulator/transfers/FAIL1/fail", "{\"reason\":\"ACCOUNT_FROZEN\"}");
        JsonNode failed = pay.notification(pay.app.next()).get("plain");
        assertThat(failed.get("state").asText()).isEqualTo("FAIL");
        assertThat(failed.get("fail_reason").asText()).isEqualTo("ACCOUNT_FROZEN");
        TestHttp.Result missing = pay.call("GET", BASE + "/out-bill-no/NOSUCHBILL", null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("code").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void badTransfersAreRefusedWithWeChatsCodes() {
        assertThat(pay.call("POST", BASE, transfer("bad-no!", 100, "")).json().get("code").asText()).isEqualTo("PARAM_ERROR");
        assertThat(pay.call("POST", BASE, transfer("NOINFOS", 100, "").replaceAll(",\"transfer_scene_report_infos\".*}$", "}"))
                .json().get("message").asText()).contains("转账场景报备信息");
        assertThat(pay.call("POST", BASE, transfer("STRANGER", 100, "").replace(pay.payer, "oNOBODY")).json()
                .get("code").asText()).isEqualTo("PARAM_ERROR");
        assertThat(pay.call("POST", BASE, transfer("BIG1", 200_000, "")).json().get("message").asText())
                .contains("user_name");
        String name = SensitiveFields.encrypt(pay.platformKey, "张三", new SecureRandom());
        TestHttp.Result poor = pay.call("POST", BASE, transfer("POOR1", 10_000_001, ",\"user_name\":\"" + name + "\""),
                Map.of("Wechatpay-Serial", pay.platformKeyId));
        assertThat(poor.status()).isEqualTo(403);
        assertThat(poor.json().get("code").asText()).isEqualTo("NOT_ENOUGH");
        create("SAME1", 100);
        assertThat(create("SAME1", 101).json().get("code").asText()).isEqualTo("INVALID_REQUEST");
        TestHttp.Result wrongApp = pay.call("POST", BASE, transfer("APP1", 100, "").replace(SignedPay.APP, "wx0000000000000000"));
        assertThat(wrongApp.json().get("code").asText()).isEqualTo("APPID_MCHID_NOT_MATCH");
    }

    @Test
    void aRealNameTravelsEncryptedWithThePlatformKeyAndNamesItsSerial() {
        String name = SensitiveFields.encrypt(pay.platformKey, "张三", new SecureRandom());
        String body = transfer("NAMED1", 200_000, ",\"user_name\":\"" + name + "\"");
        assertThat(pay.call("POST", BASE, body).json().get("code").asText()).isEqualTo("PARAM_ERROR");
        assertThat(pay.call("POST", BASE, body.replace(name, "bm90IGVuY3J5cHRlZA=="),
                Map.of("Wechatpay-Serial", pay.platformKeyId)).json().get("code").asText()).isEqualTo("PARAM_ERROR");
        assertThat(pay.call("POST", BASE, body, Map.of("Wechatpay-Serial", pay.platformKeyId)).json().get("state").asText())
                .isEqualTo("WAIT_USER_CONFIRM");
    }
}
