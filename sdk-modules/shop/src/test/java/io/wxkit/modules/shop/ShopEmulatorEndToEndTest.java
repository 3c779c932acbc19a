package io.wxkit.modules.shop;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.wxkit.emulator.WxEmulator;
import io.wxkit.emulator.account.CallbackMode;
import io.wxkit.emulator.account.FakeUser;
import io.wxkit.emulator.junit.WxEmulatorTest;
import io.wxkit.emulator.pay.PaidOrder;
import io.wxkit.emulator.pay.PlatformKeys;
import io.wxkit.modules.common.testkit.ModuleTestContext;
import io.wxkit.modules.shop.wechat.WxPayShopPay;
import io.wxkit.pay.WxPay;
import io.wxkit.pay.notification.NotificationAnswer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shop against the emulator's WeChat Pay: prepay, the buyer pays on the emulator, its real signed
 * notification reaches a local notify endpoint that calls {@code payments().handle}, the order is PAID;
 * a refund, its signed refund notification, the order REFUNDED.
 */
@WxEmulatorTest
class ShopEmulatorEndToEndTest {
    private static final String MCH_ID = "1900000109";
    private static final String APP_ID = "wx2a3b4c5d6e7f8091";
    private static final String API_V3_KEY = "shopApiV3Key0123456789abcdefABCD";
    private static final String SERIAL = "3775B6A45ACD588826D15E583A95F5DD0A12B7C1";

    WxEmulator wx;
    private WxPay pay;
    private FakeUser buyer;
    private HttpServer notifyServer;
    private ModuleTestContext db;
    private ShopModule shop;
    private final List<NotificationAnswer> answers = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair merchant = generator.generateKeyPair();
        wx.control().account(APP_ID, "shop-secret-0123456789abcdef0123", "shoptoken", null, null, CallbackMode.PLAIN);
        buyer = wx.control().user(APP_ID, "Buyer");
        wx.control().merchant(MCH_ID, APP_ID, API_V3_KEY, pem("PUBLIC KEY", merchant.getPublic().getEncoded()), SERIAL, true);
        PlatformKeys platform = wx.control().platform();
        pay = WxPay.builder().mchId(MCH_ID).appId(APP_ID).merchantKey(pem("PRIVATE KEY", merchant.getPrivate().getEncoded()), SERIAL)
                .apiV3Key(API_V3_KEY).platformPublicKey(platform.publicKeyId(), platform.publicKeyPem()).baseUrl(wx.payBaseUrl()).build();
        notifyServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        notifyServer.createContext("/pay/notify", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                exchange.getRequestHeaders().forEach((k, v) -> headers.put(k, v.get(0)));
                NotificationAnswer a = shop.payments().handle(headers, body);
                answers.add(a);
                byte[] out = a.body().getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(a.status(), out.length == 0 ? -1 : out.length);
                if (out.length > 0) {
                    exchange.getResponseBody().write(out);
                }
            }
        });
        notifyServer.start();
        db = new ModuleTestContext("shop_e2e");
        String url = "http://127.0.0.1:" + notifyServer.getAddress().getPort() + "/pay/notify";
        // the emulator signs with the wall clock: the shop and sdk-pay run on it too here
        shop = ShopModule.create(io.wxkit.modules.common.ModuleContext.builder(db.dataSource).build(), WxPayShopPay.of(pay, url),
                Duration.ofMinutes(30));
    }

    @AfterEach
    void tearDown() {
        notifyServer.stop(0);
        pay.close();
        db.close();
    }

    @Test
    void prepayPayNotifyPaidRefundRefundNotificationRefunded() throws IOException {
        Category c = shop.catalogue().createCategory("Mugs", 1, "ann");
        Sku sku = shop.catalogue().publish(ProductDraft.of(c.id(), "Mug", "").sku("默认", 2500, 3), "ann").skus().get(0);
        ShopOrder o = shop.orders().checkout(buyer.openid(), new Checkout(List.of(new Checkout.Line(sku.id(), 2)), 5000, ShopFixture.HOME));

        Map<String, String> params = shop.payments().prepay(o.outTradeNo(), buyer.openid());
        assertThat(params).containsEntry("appId", APP_ID).containsKeys("timeStamp", "nonceStr", "package", "signType", "paySign");

        PaidOrder paid = wx.control().pay(o.outTradeNo());
        assertThat(paid.notified()).isTrue();
        assertThat(answers).singleElement().satisfies(a -> assertThat(a.isSuccess()).isTrue());
        ShopOrder afterPay = shop.orders().get(o.outTradeNo());
        assertThat(afterPay.status()).isEqualTo(OrderStatus.PAID);
        assertThat(afterPay.transactionId()).isEqualTo(paid.transactionId());

        String refundNo = shop.refunds().refund(o.outTradeNo(), 5000, "buyer changed mind", "ann");
        // WeChat Pay answers PROCESSING; the REFUND.SUCCESS notification finishes it
        ShopOrder refunded = awaitStatus(o.outTradeNo(), OrderStatus.REFUNDED);
        assertThat(refunded.status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(refunded.refundedFen()).isEqualTo(5000);
        assertThat(answers).hasSizeGreaterThanOrEqualTo(2).allSatisfy(a -> assertThat(a.isSuccess()).isTrue());
        assertThat(shop.orders().history(o.outTradeNo())).extracting(OrderEvent::to)
                .containsExactly(OrderStatus.CREATED, OrderStatus.PAID, OrderStatus.REFUNDING, OrderStatus.REFUNDED);
        assertThat(refundNo).startsWith("R" + o.outTradeNo());
    }

    @Test
    void aTamperedNotificationIsRefusedAndTheOrderStaysUnpaid() {
        Category c = shop.catalogue().createCategory("Mugs", 1, "ann");
        Sku sku = shop.catalogue().publish(ProductDraft.of(c.id(), "Mug", "").sku("默认", 2500, 3), "ann").skus().get(0);
        ShopOrder o = shop.orders().checkout(buyer.openid(), new Checkout(List.of(new Checkout.Line(sku.id(), 1)), 2500, ShopFixture.HOME));
        NotificationAnswer a = shop.payments().handle(Map.of("Wechatpay-Serial", "x", "Wechatpay-Signature", "AAAA",
                "Wechatpay-Timestamp", Long.toString(System.currentTimeMillis() / 1000), "Wechatpay-Nonce", "n"),
                "{\"id\":\"EV-forged\",\"event_type\":\"TRANSACTION.SUCCESS\",\"resource\":{\"original_type\":\"transaction\"}}");
        assertThat(a.isSuccess()).isFalse();
        assertThat(shop.orders().get(o.outTradeNo()).status()).isEqualTo(OrderStatus.CREATED);
    }

    private ShopOrder awaitStatus(String outTradeNo, OrderStatus wanted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        ShopOrder o = shop.orders().get(outTradeNo);
        while (o.status() != wanted && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            o = shop.orders().get(outTradeNo);
        }
        return o;
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
