package io.wxkit.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.wxkit.emulator.WxEmulator;
import io.wxkit.emulator.account.CallbackMode;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.junit.WxEmulatorTest;
import io.wxkit.emulator.pay.PaidOrder;
import io.wxkit.emulator.pay.PlatformKeys;
import io.wxkit.pay.notification.PaymentNotification;
import io.wxkit.pay.payment.JsapiPayParams;
import io.wxkit.pay.payment.Order;
import io.wxkit.pay.payment.Transaction;
import io.wxkit.pay.refund.Refund;
import io.wxkit.pay.refund.RefundRequest;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sdk-pay client against the emulator's WeChat Pay, which signs, encrypts and notifies with its
 * own implementation: a JSAPI payment from prepay to a verified, decrypted notification.
 */
@WxEmulatorTest
class EmulatorEndToEndTest {
    private static final String MCH_ID = "1900000109";
    private static final String APP_ID = "wx2a3b4c5d6e7f8091";
    private static final String API_V3_KEY = "e2eApiV3Key0123456789abcdefABCDE";
    private static final String SERIAL = "3775B6A45ACD588826D15E583A95F5DD0A12B7C1";

    WxEmulator wx;
    private WxPay pay;
    private FakeUser payer;
    private HttpServer notifyServer;
    private final List<PaymentNotification> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void registerMerchantAndStartNotifyUrl() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair merchant = generator.generateKeyPair();
        wx.control().account(APP_ID, "e2e-secret-0123456789abcdef01234", "e2etoken", null, null, CallbackMode.PLAIN);
        payer = wx.control().user(APP_ID, "Payer");
        wx.control().merchant(MCH_ID, APP_ID, API_V3_KEY, pem("PUBLIC KEY", merchant.getPublic().getEncoded()), SERIAL, true);
        PlatformKeys platform = wx.control().platform();
        pay = WxPay.builder().mchId(MCH_ID).appId(APP_ID)
                .merchantKey(pem("PRIVATE KEY", merchant.getPrivate().getEncoded()), SERIAL)
                .apiV3Key(API_V3_KEY)
                .platformPublicKey(platform.publicKeyId(), platform.publicKeyPem())
                .baseUrl(wx.payBaseUrl())
                .build();
        notifyServer = startNotifyUrl();
    }

    @AfterEach
    void stopNotifyUrl() {
        notifyServer.stop(0);
        pay.close();
    }

    @Test
    void aJsapiPaymentEndsInAVerifiedNotificationAndAPaidTransaction() {
        JsapiPayParams params = pay.jsapi().prepay(Order.of("E2E-ORDER-1", "Ticket", 990, payer.openid())
                .notifyUrl(notifyUrl()));
        assertThat(params.appId()).isEqualTo(APP_ID);
        assertThat(params.prepayId()).isNotBlank();

        PaidOrder paid = wx.control().pay("E2E-ORDER-1");

        assertThat(paid.notified()).isTrue();
        assertThat(received).singleElement().satisfies(n -> {
            assertThat(n.outTradeNo()).isEqualTo("E2E-ORDER-1");
            assertThat(n.transactionId()).isEqualTo(paid.transactionId());
            assertThat(n.tradeState()).isEqualTo("SUCCESS");
            assertThat(n.totalFen()).isEqualTo(990);
            assertThat(n.payerOpenid()).isEqualTo(payer.openid());
        });
        Transaction queried = pay.transactions().queryByOutTradeNo("E2E-ORDER-1");
        assertThat(queried.isPaid()).isTrue();
        assertThat(queried.totalFen()).isEqualTo(990);
    }

    @Test
    void aPaidOrderIsRefundedAndAnUnpaidOneIsClosed() {
        pay.jsapi().prepay(Order.of("E2E-ORDER-2", "Ticket", 500, payer.openid()).notifyUrl(notifyUrl()));
        wx.control().pay("E2E-ORDER-2");

        Refund refund = pay.refunds().create(RefundRequest.ofOutTradeNo("E2E-ORDER-2", "E2E-REFUND-2", 200, 500));

        assertThat(refund.outRefundNo()).isEqualTo("E2E-REFUND-2");
        assertThat(pay.refunds().query("E2E-REFUND-2").outRefundNo()).isEqualTo("E2E-REFUND-2");

        pay.jsapi().prepay(Order.of("E2E-ORDER-3", "Ticket", 300, payer.openid()).notifyUrl(notifyUrl()));
        pay.transactions().close("E2E-ORDER-3");
        assertThat(pay.transactions().queryByOutTradeNo("E2E-ORDER-3").isPaid()).isFalse();
    }

    @Test
    void aNotificationWithATamperedBodyIsRefused() {
        pay.jsapi().prepay(Order.of("E2E-ORDER-4", "Ticket", 100, payer.openid()).notifyUrl(notifyUrl()));
        CapturedNotification captured = new CapturedNotification();
        notifyServer.removeContext("/pay/notify");
        notifyServer.createContext("/pay/notify", exchange -> {
            captured.headers = flatten(exchange.getRequestHeaders());
            captured.body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });

        wx.control().pay("E2E-ORDER-4");

        assertThat(pay.notifications().parsePayment(captured.headers, captured.body).outTradeNo()).isEqualTo("E2E-ORDER-4");
        String tampered = captured.body.replaceFirst("\"id\":\"", "\"id\":\"x");
        assertThat(tampered).isNotEqualTo(captured.body);
        assertThatThrownBy(() -> pay.notifications().parsePayment(captured.headers, tampered))
                .isInstanceOf(RuntimeException.class);
    }

    private HttpServer startNotifyUrl() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/pay/notify", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                received.add(pay.notifications().parsePayment(flatten(exchange.getRequestHeaders()), body));
                exchange.sendResponseHeaders(200, -1);
            } catch (RuntimeException e) {
                exchange.sendResponseHeaders(500, -1);
            }
        });
        server.start();
        return server;
    }

    private String notifyUrl() {
        return "http://127.0.0.1:" + notifyServer.getAddress().getPort() + "/pay/notify";
    }

    private static Map<String, String> flatten(Map<String, List<String>> headers) {
        Map<String, String> flat = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> flat.put(name, values.get(0)));
        return flat;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static final class CapturedNotification {
        volatile Map<String, String> headers;
        volatile String body;
    }
}
