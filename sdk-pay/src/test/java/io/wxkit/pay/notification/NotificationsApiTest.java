package io.wxkit.pay.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.wxkit.pay.PayTestKit;
import io.wxkit.pay.WxPay;
import io.wxkit.pay.WxPayException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class NotificationsApiTest {
    @StartStop
    final MockWebServer server = new MockWebServer();
    final PayTestKit kit = new PayTestKit();

    private static JsonNode vector(String id) throws Exception {
        for (JsonNode v : new ObjectMapper().readTree(PayTestKit.shared("vectors/vectors.json"))) {
            if (v.get("id").asText().equals(id)) {
                return v;
            }
        }
        throw new IllegalStateException(id);
    }

    /** A WxPay configured like the vectors: TEST-ONLY platform key under the vector's serial. */
    private WxPay vectorPay(JsonNode in) {
        return WxPay.builder().mchId("1900000001").appId("wxd678efh567hg6787")
                .merchantKey(PayTestKit.merchantKeyPem(), PayTestKit.MERCHANT_SERIAL).apiV3Key(in.get("apiv3_key").asText())
                .platformPublicKey(in.get("platform_serial").asText(), PayTestKit.shared("vectors/" + in.get("platform_public_key_file").asText()))
                .clock(Clock.fixed(Instant.ofEpochSecond(in.get("now_epoch_seconds").asLong()), ZoneOffset.UTC))
                .baseUrl(server.url("/").toString()).build();
    }

    private static Map<String, String> headers(JsonNode in) {
        Map<String, String> h = new HashMap<>();
        in.get("headers").fields().forEachRemaining(e -> h.put(e.getKey().toLowerCase(), e.getValue().asText()));
        return h; // lower-cased on purpose: header names are case-insensitive
    }

    @Test
    void paymentNotificationVectorVerifiesAndDecrypts() throws Exception {
        JsonNode in = vector("pay-v3-notify-transaction").get("inputs");
        PaymentNotification n = vectorPay(in).notifications().parsePayment(headers(in), in.get("body").asText());
        assertThat(n.id()).isEqualTo("EV-2018022511223320873");
        assertThat(n.eventType()).isEqualTo("TRANSACTION.SUCCESS");
        assertThat(n.outTradeNo()).isEqualTo("1217752501201407033233368018");
        assertThat(n.transactionId()).isEqualTo("4200000001202311150000000001");
        assertThat(n.tradeState()).isEqualTo("SUCCESS");
        assertThat(n.totalFen()).isEqualTo(100);
        assertThat(n.payerOpenid()).isEqualTo("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o");
        assertThat(n.isPaid()).isTrue();
        assertThat(n.createTime()).isEqualTo(Instant.parse("2023-11-14T22:08:21Z"));
    }

    @Test
    void refundNotificationVectorVerifiesAndDecrypts() throws Exception {
        JsonNode in = vector("pay-v3-notify-refund").get("inputs");
        RefundNotification n = vectorPay(in).notifications().parseRefund(headers(in), in.get("body").asText());
        assertThat(n.eventType()).isEqualTo("REFUND.SUCCESS");
        assertThat(n.outRefundNo()).isEqualTo("1217752501201407033233368018R1");
        assertThat(n.refundStatus()).isEqualTo("SUCCESS");
        assertThat(n.refundFen()).isEqualTo(50);
        assertThat(n.refund().userReceivedAccount()).isEqualTo("招商银行信用卡0403");
    }

    private void assertRejected(Map<String, String> headers, String body, String code) {
        WxPay pay = kit.builder(server).build();
        assertThatThrownBy(() -> pay.notifications().parsePayment(headers, body))
                .isInstanceOfSatisfying(WxPayException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void generatedNotificationRoundTrips() {
        String body = kit.notificationBody("EV-1", "TRANSACTION.SUCCESS", "transaction", PayTestKit.TRANSACTION_JSON);
        PaymentNotification n = kit.builder(server).build().notifications().parsePayment(kit.notificationHeaders(body), body);
        assertThat(n.outTradeNo()).isEqualTo("1217752501201407033233368018");
    }

    @Test
    void tamperedBodyIsRejected() {
        String body = kit.notificationBody("EV-1", "TRANSACTION.SUCCESS", "transaction", PayTestKit.TRANSACTION_JSON);
        assertRejected(kit.notificationHeaders(body), body.replace("EV-1", "EV-2"), "SIGNATURE_INVALID");
    }

    @Test
    void tamperedSignatureIsRejected() {
        String body = kit.notificationBody("EV-1", "TRANSACTION.SUCCESS", "transaction", PayTestKit.TRANSACTION_JSON);
        Map<String, String> h = kit.notificationHeaders(body);
        String sig = h.get("Wechatpay-Signature");
        h.put("Wechatpay-Signature", (sig.charAt(0) == 'A' ? "B" : "A") + sig.substring(1));
        assertRejected(h, body, "SIGNATURE_INVALID");
    }

    @Test
    void unknownSerialIsRejected() {
        String body = kit.notificationBody("EV-1", "TRANSACTION.SUCCESS", "transaction", PayTestKit.TRANSACTION_JSON);
        Map<String, String> h = kit.notificationHeaders(body);
        h.put("Wechatpay-Serial", "3775B6A45ACD588826D15E583A95F5DD2C8FBF1C");
        assertRejected(h, body, "UNKNOWN_PLATFORM_SERIAL");
    }

    @Test
    void timestampOutsideTheWindowIsRejected() {
        String body = kit.notificationBody("EV-1", "TRANSACTION.SUCCESS", "transaction", PayTestKit.TRANSACTION_JSON);
        PayTestKit late = new PayTestKit(Clock.fixed(PayTestKit.NOW.minusSeconds(301), ZoneOffset.UTC));
        assertRejected(late.notificationHeaders(body), body, "TIMESTAMP_EXPIRED");
    }

    @Test
    void tamperedCiphertextOrTagIsRejectedEvenWhenTheSignatureIsValid() {
        String body = kit.notificationBody("EV-1", "TRANSACTION.SUCCESS", "transaction", PayTestKit.TRANSACTION_JSON);
        int start = body.indexOf("\"ciphertext\":\"") + 14;
        int end = body.indexOf('"', start);
        String ct = body.substring(start, end);
        String flippedFirst = (ct.charAt(0) == 'A' ? "B" : "A") + ct.substring(1); // ciphertext byte
        String flippedTag = ct.substring(0, ct.length() - 3) + (ct.charAt(ct.length() - 3) == 'A' ? "B" : "A") + ct.substring(ct.length() - 2);
        for (String bad : new String[] {flippedFirst, flippedTag}) {
            String tampered = body.substring(0, start) + bad + body.substring(end);
            assertRejected(kit.notificationHeaders(tampered), tampered, "AEAD_TAG_MISMATCH");
        }
    }

    @Test
    void missingHeadersOrGarbageAreRejected() {
        assertRejected(Map.of("Wechatpay-Timestamp", "0"), "{}", "MISSING_HEADER");
        String garbage = "{\"id\":\"EV-1\"}";
        assertRejected(kit.notificationHeaders(garbage), garbage, "MALFORMED");
    }

    @Test
    void answersAreWhatWeChatPayExpects() {
        assertThat(NotificationAnswer.success()).isEqualTo(new NotificationAnswer(200, "", null));
        assertThat(NotificationAnswer.failure("失败").status()).isEqualTo(500);
        assertThat(NotificationAnswer.failure("失败").body()).isEqualTo("{\"code\":\"FAIL\",\"message\":\"失败\"}");
        assertThat(NotificationAnswer.failure("a\"b").body()).isEqualTo("{\"code\":\"FAIL\",\"message\":\"a\\\"b\"}");
    }
}
