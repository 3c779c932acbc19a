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

/** Refunds held in PROCESSING, finished later by the control API, abnormal refunds and their re-routing. */
class RefundStatesTest {
    private final MutableClock clock = new MutableClock(Instant.now());
    private SignedPay pay;

    @BeforeEach
    void start() throws Exception {
        pay = new SignedPay(WxEmulator.builder().clock(clock).start(), clock);
        assertThat(pay.http.post("/emulator/pay/options", "{\"refunds\":\"manual\"}").json().get("refunds").asText())
                .isEqualTo("manual");
        pay.paid("REFUNDORDER1", 1000);
    }

    @AfterEach
    void stop() {
        pay.close();
    }

    private JsonNode refund(String outRefundNo, long amount) {
        TestHttp.Result r = pay.call("POST", "/v3/refund/domestic/refunds", "{\"out_trade_no\":\"REFUNDORDER1\","
                + "\"out_refund_no\":\"" + outRefundNo + "\",\"reason\":\"缺货\",\"amount\":{\"refund\":" + amount
                + ",\"total\":1000,\"currency\":\"CNY\"}}");
        assertThat(r.status()).isEqualTo(200);
        return r.json();
    }

    private String status(String outRefundNo) {
        return pay.call("GET", "/v3/refund/domestic/refunds/" + outRefundNo, null).json().get("status").asText();
    }

    @Test
    void aHeldRefundStaysProcessingUntilFinishedThenNotifiesAndTellsThePayer() {
        assertThat(refund("RF1", 300).get("status").asText()).isEqualTo("PROCESSING");
        assertThat(status("RF1")).isEqualTo("PROCESSING");
        JsonNode finished = pay.http.post("/emulator/refunds/RF1/finish", "{\"status\":\"SUCCESS\"}").json();
        assertThat(finished.get("status").asText()).isEqualTo("SUCCESS");
        assertThat(finished.has("success_time")).isTrue();
        JsonNode n = pay.notification(pay.app.next());
        assertThat(n.get("event_type").asText()).isEqualTo("REFUND.SUCCESS");
        assertThat(n.get("summary").asText()).isEqualTo("退款成功");
        assertThat(n.get("resource_type").asText()).isEqualTo("encrypt-resource");
        assertThat(n.get("resource").get("original_type").asText()).isEqualTo("refund");
        assertThat(n.get("plain").get("refund_status").asText()).isEqualTo("SUCCESS");
        assertThat(n.get("plain").get("amount").get("refund").asLong()).isEqualTo(300);
        assertThat(status("RF1")).isEqualTo("SUCCESS");
        assertThat(pay.emulator.control().inbox(pay.payer)).extracting(InboxEntry::kind).contains("refund");
        assertThat(pay.http.post("/emulator/refunds/RF1/finish", "{\"status\":\"SUCCESS\"}").status()).isEqualTo(409);
        assertThat(pay.http.post("/emulator/refunds/RF1/finish", "{\"status\":\"DONE\"}").status()).isEqualTo(400);
        assertThat(pay.http.post("/emulator/refunds/NOPE/finish", "{}").status()).isEqualTo(404);
    }

    @Test
    void aClosedRefundGivesTheAmountBack() {
        refund("RF2", 1000);
        assertThat(pay.call("POST", "/v3/refund/domestic/refunds", "{\"out_trade_no\":\"REFUNDORDER1\","
                + "\"out_refund_no\":\"RF3\",\"amount\":{\"refund\":1,\"total\":1000,\"currency\":\"CNY\"}}")
                .json().get("code").asText()).isEqualTo("NOT_ENOUGH");
        pay.emulator.control().finishRefund("RF2", "CLOSED");
        JsonNode n = pay.notification(pay.app.next());
        assertThat(n.get("event_type").asText()).isEqualTo("REFUND.CLOSED");
        assertThat(n.get("summary").asText()).isEqualTo("退款关闭");
        assertThat(status("RF2")).isEqualTo("CLOSED");
        assertThat(refund("RF3", 1000).get("status").asText()).isEqualTo("PROCESSING");
    }

    @Test
    void anAbnormalRefundGoesToABankCardOnceTheMerchantApplies() throws Exception {
        JsonNode created = refund("RF4", 500);
        String refundId = created.get("refund_id").asText();
        TestHttp.Result early = pay.call("POST", "/v3/refund/domestic/refunds/" + refundId + "/apply-abnormal-refund",
                "{\"out_refund_no\":\"RF4\",\"type\":\"MERCHANT_BANK_CARD\"}");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().get("code").asText()).isEqualTo("INVALID_REQUEST");
        pay.http.post("/emulator/refunds/RF4/finish", "{\"status\":\"ABNORMAL\"}");
        JsonNode n = pay.notification(pay.app.next());
        assertThat(n.get("event_type").asText()).isEqualTo("REFUND.ABNORMAL");
        assertThat(n.get("plain").get("refund_status").asText()).isEqualTo("ABNORMAL");
        assertThat(status("RF4")).isEqualTo("ABNORMAL");

        var platform = pay.platformKey;
        SecureRandom random = new SecureRandom();
        String body = "{\"out_refund_no\":\"RF4\",\"type\":\"USER_BANK_CARD\",\"bank_type\":\"ICBC_DEBIT\","
                + "\"bank_account\":\"" + SensitiveFields.encrypt(platform, "6222021234567890123", random) + "\","
                + "\"real_name\":\"" + SensitiveFields.encrypt(platform, "张三", random) + "\"}";
        String path = "/v3/refund/domestic/refunds/" + refundId + "/apply-abnormal-refund";
        TestHttp.Result noSerial = pay.call("POST", path, body);
        assertThat(noSerial.status()).isEqualTo(400);
        assertThat(noSerial.json().get("code").asText()).isEqualTo("PARAM_ERROR");
        TestHttp.Result garbled = pay.call("POST", path, body.replace("\"real_name\":\"", "\"real_name\":\"AAAA"),
                Map.of("Wechatpay-Serial", pay.platformKeyId));
        assertThat(garbled.json().get("code").asText()).isEqualTo("PARAM_ERROR");
        TestHttp.Result wrongNo = pay.call("POST", path, body.replace("RF4", "RF9"),
                Map.of("Wechatpay-Serial", pay.platformKeyId));
        assertThat(wrongNo.json().get("code").asText()).isEqualTo("PARAM_ERROR");
        assertThat(pay.call("POST", "/v3/refund/domestic/refunds/5000000/apply-abnormal-refund", body,
                Map.of("Wechatpay-Serial", pay.platformKeyId)).json().get("code").asText()).isEqualTo("RESOURCE_NOT_EXISTS");

        JsonNode applied = pay.call("POST", path, body, Map.of("Wechatpay-Serial", pay.platformKeyId)).json();
        assertThat(applied.get("status").asText()).isEqualTo("PROCESSING");
        assertThat(applied.get("channel").asText()).isEqualTo("OTHER_BANKCARD");
        assertThat(applied.get("user_received_account").asText()).isEqualTo("ICBC_DEBIT 尾号0123");
        pay.emulator.control().finishRefund("RF4", "SUCCESS");
        assertThat(pay.notification(pay.app.next()).get("plain").get("user_received_account").asText())
                .isEqualTo("ICBC_DEBIT 尾号0123");
        assertThat(status("RF4")).isEqualTo("SUCCESS");
    }
}
