package io.wxkit.pay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wxkit.core.internal.crypto.pay.ResourceCipher;
import io.wxkit.pay.notification.PaymentNotification;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two merchants in one process: each its own APIv3 key, notifications routed by path or by decrypted mchid. */
class WxPayRegistryTest {
    private static final String SHOP_PATH = "/pay/notify/shop";
    private static final String TICKET_MCH = "1900000999";
    private static final String TICKET_APP = "wx0000000000ticket";
    private static final String TICKET_KEY = "ticketApiV3Key0123456789abcdefgh";
    private static final String TICKET_PATH = "/pay/notify/ticket";

    @StartStop
    final MockWebServer server = new MockWebServer();
    final PayTestKit kit = new PayTestKit();
    WxPay shop;
    WxPay ticket;
    WxPayRegistry registry;

    @BeforeEach
    void register() {
        shop = kit.builder(server).notifyUrl("https://example.com" + SHOP_PATH).build();
        ticket = kit.builder(server).mchId(TICKET_MCH).appId(TICKET_APP).apiV3Key(TICKET_KEY)
                .notifyUrl("https://example.com" + TICKET_PATH).build();
        registry = WxPayRegistry.of(shop, ticket);
    }

    @AfterEach
    void close() {
        registry.close();
    }

    private String shopPayment() {
        return kit.notificationBody("EV-SHOP", "TRANSACTION.SUCCESS", "transaction", PayTestKit.TRANSACTION_JSON);
    }

    private String ticketPayment() {
        String json = PayTestKit.TRANSACTION_JSON.replace(PayTestKit.MCH_ID, TICKET_MCH).replace(PayTestKit.APP_ID, TICKET_APP);
        String mine = kit.notificationBody("EV-TICKET", "TRANSACTION.SUCCESS", "transaction", json);
        // Same envelope, resource re-encrypted under the ticket merchant's own APIv3 key.
        String ct = ResourceCipher.aes256Gcm(TICKET_KEY).encrypt("transaction", "fdasflkja484", json);
        return mine.replaceFirst("\"ciphertext\":\"[^\"]*\"", "\"ciphertext\":\"" + ct + "\"");
    }

    @Test
    void merchantsAreLookedUpByMchIdAndAppId() {
        assertThat(registry.mchIds()).containsExactly(PayTestKit.MCH_ID, TICKET_MCH);
        assertThat(registry.get(TICKET_MCH)).isSameAs(ticket);
        assertThat(registry.forAppId(PayTestKit.APP_ID)).isSameAs(shop);
        registry.registerAppId(TICKET_MCH, "wx00000000miniprog");
        assertThat(registry.forAppId("wx00000000miniprog").mchId()).isEqualTo(TICKET_MCH);
        assertThat(registry.find("1234567890")).isEmpty();
    }

    @Test
    void notificationsAreRoutedByTheirNotifyPath() {
        String body = ticketPayment();
        RoutedNotification r = registry.parse(TICKET_PATH, kit.notificationHeaders(body), body);
        assertThat(r.merchant()).isSameAs(ticket);
        assertThat(((PaymentNotification) r.notification()).transaction().mchId()).isEqualTo(TICKET_MCH);
    }

    @Test
    void notificationsOnASharedPathAreRoutedByTheDecryptedMchid() {
        String shopBody = shopPayment();
        String ticketBody = ticketPayment();
        assertThat(registry.parse("/pay/notify", kit.notificationHeaders(shopBody), shopBody).merchant()).isSameAs(shop);
        assertThat(registry.parse(kit.notificationHeaders(ticketBody), ticketBody).merchant()).isSameAs(ticket);
    }

    @Test
    void aNotificationArrivingAtAnotherMerchantsPathIsRefused() {
        String body = ticketPayment();
        Map<String, String> headers = kit.notificationHeaders(body);
        assertThatThrownBy(() -> registry.parse(SHOP_PATH, headers, body)).isInstanceOf(WxPayException.class);
    }

    @Test
    void aNotificationNoMerchantCanDecryptIsRefused() {
        String json = PayTestKit.TRANSACTION_JSON.replace(PayTestKit.MCH_ID, "1234567890");
        String ct = ResourceCipher.aes256Gcm("someoneElsesApiV3Key0123456789ab").encrypt("transaction", "fdasflkja484", json);
        String body = shopPayment().replaceFirst("\"ciphertext\":\"[^\"]*\"", "\"ciphertext\":\"" + ct + "\"");
        assertThatThrownBy(() -> registry.parse(kit.notificationHeaders(body), body))
                .isInstanceOfSatisfying(WxPayException.class,
                        e -> assertThat(e.code()).isEqualTo(WxPayRegistry.NO_MATCHING_MERCHANT));
    }
}
